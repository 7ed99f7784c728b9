package io.talebian.data;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link LogReturn} against ln(p/p0) computed to 40 digits from the exact doubles. */
class LogReturnTest {
    private static final MathContext MC = new MathContext(40);

    /** ln(p/p0) = 2 atanh(d/(p + p0)), d = p - p0, summed in BigDecimal (|d/(p + p0)| &lt; 1/3 here). */
    private static double exact(final double p, final double p0) {
        final BigDecimal bp = new BigDecimal(p);
        final BigDecimal bp0 = new BigDecimal(p0);
        final BigDecimal x = bp.subtract(bp0).divide(bp.add(bp0), MC);
        final BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = x;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 1; k < 200; k += 2) {
            final BigDecimal add = term.divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(add, MC);
            if (add.abs().compareTo(sum.abs().movePointLeft(38)) < 0) {
                break;
            }
            term = term.multiply(x2, MC);
        }
        return sum.multiply(BigDecimal.valueOf(2), MC).doubleValue();
    }

    private static double relativeError(final double got, final double want) {
        return Math.abs(got - want) / Math.abs(want);
    }

    @Test
    void smallMovesAreAccurateToAFewUlps() {
        final SplittableRandom rnd = new SplittableRandom(5);
        double worst = 0;
        double worstPlainLog = 0;
        for (int i = 0; i < 20_000; i++) {
            final double p0 = Math.exp(rnd.nextDouble(-5, 12));
            // moves from 1e-9 to just under the series limit, both signs (trade-to-trade returns)
            final double u = Math.pow(10, rnd.nextDouble(-9, Math.log10(LogReturn.SERIES_LIMIT)))
                    * (rnd.nextBoolean() ? 1 : -1);
            final double p = p0 * (1 + u);
            if (p == p0) {
                continue;
            }
            final double want = exact(p, p0);
            worst = Math.max(worst, relativeError(LogReturn.of(p, p0), want));
            worstPlainLog = Math.max(worstPlainLog, relativeError(Math.log(p / p0), want));
        }
        assertTrue(worst < 1e-15, "worst relative error " + worst);
        // the reason for the series: Math.log(p/p0) loses ~1e-16/|u| relative on small moves
        assertTrue(worstPlainLog > 1e-9, "Math.log(p/p0) worst relative error " + worstPlainLog);
    }

    @Test
    void largeMovesMatchTheLogToRounding() {
        final SplittableRandom rnd = new SplittableRandom(6);
        for (int i = 0; i < 5_000; i++) {
            final double p0 = Math.exp(rnd.nextDouble(-5, 12));
            final double u = rnd.nextDouble(LogReturn.SERIES_LIMIT, 0.5) * (rnd.nextBoolean() ? 1 : -1);
            final double p = p0 * (1 + u);
            final double want = exact(p, p0);
            assertEquals(want, LogReturn.of(p, p0), 3e-13 * Math.abs(want), "p=" + p + " p0=" + p0);
        }
    }

    @Test
    void equalPricesGivePositiveZeroAndTheSwitchIsContinuous() {
        assertEquals(0L, Double.doubleToRawLongBits(LogReturn.of(101.25, 101.25)));
        // no branch of their own: the series (u = +0) or, where 1/p0 overflows (u = NaN), log(1)
        for (final double p : new double[] {Double.MIN_VALUE, 1e-310, Double.MIN_NORMAL, 1e-300, 1.0, 7e300,
                Double.MAX_VALUE}) {
            assertEquals(0L, Double.doubleToRawLongBits(LogReturn.of(p, p)), "p = p0 = " + p);
            assertEquals(0L, Double.doubleToRawLongBits(LogReturn.of(p, p, 1.0 / p)), "p = p0 = " + p);
        }
        final double p0 = 1234.5;
        final double below = p0 * (1 + Math.nextDown(LogReturn.SERIES_LIMIT));
        final double above = p0 * (1 + Math.nextUp(LogReturn.SERIES_LIMIT) * 1.0000001);
        assertEquals(exact(below, p0), LogReturn.of(below, p0), 1e-15 * exact(below, p0));
        assertEquals(exact(above, p0), LogReturn.of(above, p0), 3e-13 * exact(above, p0));
        assertEquals(Math.log(2.0), LogReturn.of(2.0, 1.0), 1e-16);
        final SplittableRandom rnd = new SplittableRandom(8);
        for (int i = 0; i < 1_000; i++) {
            final double q0 = rnd.nextDouble(1, 1e5);
            final double q = q0 * (1 + rnd.nextDouble(-1e-2, 1e-2));
            assertEquals(Double.doubleToRawLongBits(LogReturn.of(q, q0)),
                    Double.doubleToRawLongBits(LogReturn.of(q, q0, 1.0 / q0)), "the two forms agree bit for bit");
        }
    }
}
