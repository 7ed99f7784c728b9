package io.talebian.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class GaussianTest {
    private final NormalDistribution n = new NormalDistribution(0, 1);

    @Test
    void cdfAndPdfAgreeWithCommonsMath() {
        for (double x = -12; x <= 12; x += 0.01) {
            final double want = n.cumulativeProbability(x);
            assertEquals(want, Gaussian.cdf(x), 1e-14 + 1e-12 * want, "x=" + x);
            assertEquals(n.density(x), Gaussian.pdf(x), 1e-15, "x=" + x);
        }
        assertEquals(0.5, Gaussian.cdf(0.0), 1e-16);
        assertTrue(Double.isNaN(Gaussian.cdf(Double.NaN)));
    }

    @Test
    void quantileAgreesWithCommonsMathAndInvertsCdf() {
        final double[] ps = {1e-4, 0.001, 0.01, 0.02425, 0.025, 0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.95,
            0.975, 0.99, 0.995, 0.999, 1 - 1e-6};
        for (double p : ps) {
            final double want = n.inverseCumulativeProbability(p);
            assertEquals(want, Gaussian.quantile(p), 1e-9 * Math.max(1, Math.abs(want)), "p=" + p);
        }
        // Far tail, where Commons Math's erfInv(2p - 1) loses digits: reference values from Wichura's
        // AS241 (Python's statistics.NormalDist): 1e-12 -> -7.034483825301132, 1e-8 -> -5.61200124417479.
        assertEquals(-7.034483825301132, Gaussian.quantile(1e-12), 1e-9);
        assertEquals(-5.61200124417479, Gaussian.quantile(1e-8), 1e-10);
        for (double p : new double[] {1e-200, 1e-100, 1e-20, 1e-12, 1e-6}) {
            assertEquals(p, Gaussian.cdf(Gaussian.quantile(p)), 1e-9 * p, "p=" + p);
        }
        // Hand values: z_0.975 = 1.959963984540054, z_0.99 = 2.326347874040841.
        assertEquals(1.959963984540054, Gaussian.quantile(0.975), 1e-13);
        assertEquals(2.326347874040841, Gaussian.quantile(0.99), 1e-13);
        assertEquals(-2.326347874040841, Gaussian.quantile(0.01), 1e-13);
        assertEquals(0.0, Gaussian.quantile(0.5), 1e-15);
        assertEquals(Double.NEGATIVE_INFINITY, Gaussian.quantile(0));
        assertTrue(Double.isNaN(Gaussian.quantile(1.5)));
    }
}
