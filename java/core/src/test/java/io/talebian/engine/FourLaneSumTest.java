package io.talebian.engine;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sums that take the slice's last element as an argument against the plain four-lane loops,
 * bit for bit: every length from 0 to 41 (each remainder of the four lanes), every offset mod 4,
 * values of mixed scale and sign, zeros of both signs.
 */
class FourLaneSumTest {

    @Test
    void sumEndingWithIsTheFourLaneSumBitForBit() {
        final SplittableRandom rnd = new SplittableRandom(41);
        for (int trial = 0; trial < 400; trial++) {
            final double[] a = values(rnd, 64);
            final int from = rnd.nextInt(4);
            for (int n = 0; n <= 41 && from + n <= a.length; n++) {
                final int to = from + n;
                final double last = n > 0 ? a[to - 1] : 0.0;
                assertEquals(Double.doubleToRawLongBits(FourLaneSum.sum(a, from, to)),
                        Double.doubleToRawLongBits(FourLaneSum.sumEndingWith(a, from, to, last)),
                        "from=" + from + " n=" + n);
            }
        }
    }

    @Test
    void squaredDeviationsEndingWithAreTheFourLaneLoopBitForBit() {
        final SplittableRandom rnd = new SplittableRandom(43);
        for (int trial = 0; trial < 400; trial++) {
            final double[] a = values(rnd, 64);
            final int from = rnd.nextInt(4);
            for (int n = 0; n <= 41 && from + n <= a.length; n++) {
                final int to = from + n;
                final double c = n > 0 ? FourLaneSum.sum(a, from, to) / n : 0.0;
                final double last = n > 0 ? a[to - 1] : 0.0;
                assertEquals(Double.doubleToRawLongBits(squaredDeviations(a, from, to, c)),
                        Double.doubleToRawLongBits(FourLaneSum.sumOfSquaredDeviationsEndingWith(a, from, to, c, last)),
                        "from=" + from + " n=" + n);
            }
        }
    }

    /** The loop the engine used before: (a[i] - c)^2 into lanes i mod 4 of each block, the remainder into lane 0. */
    private static double squaredDeviations(final double[] a, final int from, final int to, final double c) {
        final double[] q = new double[4];
        int i = from;
        for (; i + 3 < to; i += 4) {
            for (int k = 0; k < 4; k++) {
                final double d = a[i + k] - c;
                q[k] += d * d;
            }
        }
        for (; i < to; i++) {
            final double d = a[i] - c;
            q[0] += d * d;
        }
        return (q[0] + q[1]) + (q[2] + q[3]);
    }

    private static double[] values(final SplittableRandom rnd, final int n) {
        final double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            final int kind = rnd.nextInt(5);
            a[i] = kind == 0 ? 0.0 : kind == 1 ? -0.0 : rnd.nextDouble(-1, 1) * Math.pow(10, rnd.nextInt(-12, 4));
        }
        return a;
    }
}
