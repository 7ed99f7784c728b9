package io.talebian.analytics;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Gaussian tail of spec 3.3 against Commons Math's erfc (an independent implementation). */
class GaussianUpperTailTest {

    @Test
    void relativeErrorBelow1e12UpTo20Sigma() {
        double worst = 0;
        for (double y = -8; y < 20; y += 0.0007) {
            final double want = 0.5 * Erf.erfc(y / Math.sqrt(2));
            worst = Math.max(worst, Math.abs(Gaussian.upperTail(y) - want) / want);
        }
        assertTrue(worst < 2e-12, "worst relative error " + worst);
    }

    /** The power series used for |y| &lt; 1/2: against Commons Math's erf, and continuous at the switch. */
    @Test
    void centralSeriesIsAccurateAndContinuous() {
        double worst = 0;
        for (double y = -0.5; y <= 0.5; y += 1.3e-5) {
            final double want = 0.5 - 0.5 * Erf.erf(y / Math.sqrt(2));
            worst = Math.max(worst, Math.abs(Gaussian.upperTail(y) - want) / want);
        }
        assertTrue(worst < 1e-15, "worst relative error " + worst);
        final double limit = Gaussian.SERIES_LIMIT;
        for (final double y : new double[] {limit, -limit}) {
            final double inside = Gaussian.upperTail(y > 0 ? Math.nextDown(y) : Math.nextUp(y));
            final double outside = Gaussian.upperTail(y);
            assertEquals(outside, inside, 1e-14 * outside, "at y=" + y);
        }
        assertEquals(0.5, Gaussian.upperTail(0.0));
        assertEquals(0.5, Gaussian.upperTail(-0.0));
    }

    @Test
    void farTailAndSpecialValues() {
        for (double y = 20; y < 37; y += 0.01) {
            final double want = 0.5 * Erf.erfc(y / Math.sqrt(2));
            // Commons Math itself is only good to ~1e-8 this far out
            assertEquals(want, Gaussian.upperTail(y), 1e-7 * want, "y=" + y);
        }
        assertEquals(0.5, Gaussian.upperTail(0), 1e-16);
        assertEquals(0.0, Gaussian.upperTail(Double.POSITIVE_INFINITY));
        assertEquals(1.0, Gaussian.upperTail(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Gaussian.upperTail(Double.NaN)));
        assertEquals(0.022750131948179195, Gaussian.upperTail(2.0), 1e-14 * 0.0228);
    }
}
