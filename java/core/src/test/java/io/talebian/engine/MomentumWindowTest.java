package io.talebian.engine;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@link MomentumWindow} against exact arithmetic (BigDecimal) over the same last m values, on
 * every update of random, fat-tailed and adversarial streams: the running sum to 1e-12 relative
 * of the sum of absolute values, the squared deviations to 1e-9 relative (a window of equal
 * values: exactly 0).
 */
class MomentumWindowTest {
    /** Enough digits that the exact mean of doubles near 1 (or 1e-6) is exact, or off by 1e-200 relative. */
    private static final MathContext MC = new MathContext(200);

    /** Feeds {@code ticks} values to a window over the last m, checking every update against exact sums. */
    private static MomentumWindow check(final int m, final int period, final int ticks, final DoubleSupplier next) {
        final MomentumWindow w = new MomentumWindow(m, period);
        final MirroredRing ring = new MirroredRing(Math.max(m, 64));
        for (int t = 0; t < ticks; t++) {
            final double x = next.getAsDouble();
            final boolean full = ring.size() >= m;
            final double leaving = full ? ring.last(m - 1) : 0.0;
            ring.push(x);
            w.slide(x, full, leaving, ring.array(), full ? ring.start(m) + m : 0);
            assertEquals(full, w.valid(), "valid at update " + t);
            if (w.valid()) {
                assertMatchesExact(m, ring, w, t);
            }
        }
        return w;
    }

    private static void assertMatchesExact(final int m, final MirroredRing ring, final MomentumWindow w, final int t) {
        final double[] a = ring.array();
        final int from = ring.start(m);
        BigDecimal sum = BigDecimal.ZERO;
        double absSum = 0.0;
        for (int i = from; i < from + m; i++) {
            sum = sum.add(new BigDecimal(a[i]));
            absSum += Math.abs(a[i]);
        }
        final BigDecimal mean = sum.divide(BigDecimal.valueOf(m), MC);
        BigDecimal squares = BigDecimal.ZERO;
        for (int i = from; i < from + m; i++) {
            final BigDecimal d = new BigDecimal(a[i]).subtract(mean);
            squares = squares.add(d.multiply(d, MC), MC);
        }
        final double wantSum = sum.doubleValue();
        final double wantSquares = squares.doubleValue();
        if (Math.abs(w.sum() - wantSum) > 1e-12 * absSum) {
            fail("update " + t + ": sum " + w.sum() + ", exact " + wantSum);
        }
        // the exact squares of a window of equal values are 0: the running ones must be 0 too,
        // not a residue of the values that left
        final double tol = 1e-9 * wantSquares;
        if (!(Math.abs(w.squares() - wantSquares) <= tol)) {
            fail("update " + t + ": squares " + w.squares() + ", exact " + wantSquares);
        }
    }

    @Test
    void gaussianReturnsMatchExactSumsAtEveryUpdate() {
        final SplittableRandom rnd = new SplittableRandom(1);
        for (int m : new int[] {1, 2, 3, 5, 20, 64}) {
            check(m, 1024, 5_000, () -> 1e-3 * Streams.gaussian(rnd));
        }
    }

    @Test
    void fatTailedReturnsWithAMeanMatchExactSums() {
        final SplittableRandom rnd = new SplittableRandom(2);
        // Student-t-like tails (a Gaussian over a random scale spanning 6 orders of magnitude) and a
        // mean far from 0 (a trend): the sum's and the deviations' cancellation is real
        check(20, 1024, 20_000, () -> 5e-4 + Streams.gaussian(rnd) * Math.pow(10, -6 + 6 * rnd.nextDouble()));
    }

    @Test
    void aLargeReturnLeavingAQuietWindowLeavesNoResidue() {
        // one 1e6 among values of 1e-6: when it leaves, the squares drop by 24 orders of
        // magnitude and the running update alone would keep its rounding; the drift bound anchors
        final SplittableRandom rnd = new SplittableRandom(3);
        final int[] t = {0};
        check(20, 1024, 2_000, () -> t[0]++ % 97 == 0 ? 1e6 : 1e-6 * (1 + rnd.nextDouble()));
    }

    @Test
    void aWindowOfZerosOrOfOneRepeatedValueHasZeroSquares() {
        // a trade stream: bursts of one nonzero return among runs of zeros longer than m
        final SplittableRandom rnd = new SplittableRandom(4);
        final int[] t = {0};
        final MomentumWindow w = check(20, 1024, 3_000, () -> (t[0]++ / 25) % 3 == 0 ? 3e-4 * Streams.gaussian(rnd) : 0.0);
        assertEquals(0.0, w.squares(), "the last 20 values are zeros");
        t[0] = 0;
        final MomentumWindow c = check(8, 1024, 200, () -> t[0]++ < 50 ? Streams.gaussian(rnd) : 1.25e-4);
        assertEquals(0.0, c.squares(), "the last 8 values are equal");
        assertEquals(8 * 1.25e-4, c.sum(), 1e-19);
    }

    @Test
    void anchorsEveryPeriodAndOnDriftOnly() {
        final SplittableRandom rnd = new SplittableRandom(5);
        final int m = 20;
        final int ticks = 10_020;
        final MomentumWindow w = check(m, 100, ticks, () -> Streams.gaussian(rnd));
        // the first anchor on the update after the window filled (value m + 1), then one per 100
        // updates (a Gaussian stream never moves the squares by the factor of ~1e3 or so that
        // would trip the drift bound)
        assertEquals(1 + (ticks - m - 1) / 100, w.anchors());
    }

    @Test
    void aShortStreamIsNotValidAndRefusesMZero() {
        final MomentumWindow w = check(20, 1024, 20, () -> 1.0);
        assertFalse(w.valid(), "20 values: the window filled only with the last one");
        assertThrows(IllegalArgumentException.class, () -> new MomentumWindow(0, 10));
    }

    @Test
    void snapshotRoundTripsAndRejectsCorruptState() throws IOException {
        final SplittableRandom rnd = new SplittableRandom(6);
        final MomentumWindow w = check(5, 64, 333, () -> Streams.gaussian(rnd));
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        w.write(new DataOutputStream(bytes));
        final MomentumWindow r = new MomentumWindow(5, 64);
        r.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertTrue(r.valid());
        assertEquals(Double.doubleToRawLongBits(w.sum()), Double.doubleToRawLongBits(r.sum()));
        assertEquals(Double.doubleToRawLongBits(w.squares()), Double.doubleToRawLongBits(r.squares()));
        final byte[] corrupt = bytes.toByteArray();
        // squares (after valid, sum, comp) set to -1.0
        final long minusOne = Double.doubleToRawLongBits(-1.0);
        for (int i = 0; i < 8; i++) {
            corrupt[1 + 16 + i] = (byte) (minusOne >>> (56 - 8 * i));
        }
        assertThrows(IOException.class,
                () -> new MomentumWindow(5, 64).read(new DataInputStream(new ByteArrayInputStream(corrupt))));
    }
}
