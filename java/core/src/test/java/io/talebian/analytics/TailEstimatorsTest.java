package io.talebian.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

/** Hill and the GPD fit by probability-weighted moments. */
class TailEstimatorsTest {

    @Test
    void hillByHand() {
        // Descending e^3, e^2, e, 1, then small values: k = 3, u = 1, gamma = (3+2+1)/3 = 2, alpha = 0.5.
        final double[] x = {Math.E, 1.0, Math.exp(3), 0.5, Math.exp(2), 0.25, -1.0};
        final HillEstimate h = HillEstimator.estimate("right", x, 3);
        assertEquals(3, h.k());
        assertEquals(1.0, h.threshold());
        assertEquals(2.0, h.gamma(), 1e-14);
        assertEquals(0.5, h.alpha(), 1e-14);
        assertEquals(0.5 / Math.sqrt(3), h.alphaStdErr(), 1e-14);
    }

    @Test
    void hillDefaultKFollowsSpec33() {
        assertEquals(10, HillEstimator.defaultK(100, 50));
        assertEquals(20, HillEstimator.defaultK(400, 300));
        assertEquals(15, HillEstimator.defaultK(400, 16));
        assertEquals(0, HillEstimator.defaultK(400, 10));
        assertFalse(HillEstimator.leftTail(new double[] {-1, -2, -3, 1}, 0).available());
    }

    @Test
    void hillOnExactParetoQuantilesMatchesTheClosedForm() {
        // x_(j) = (j/(N+1))^(-1/alpha), the j-th largest of N exact Pareto(alpha, x_m = 1) quantiles:
        // ln(x_(i)/x_(k+1)) = (1/alpha) ln((k+1)/i), so gamma = (1/alpha) * (ln(k+1) - ln(k!)/k),
        // with ln(k!) from Commons Math's logGamma(k+1): an independent computation.
        final double alpha = 3.0;
        final int n = 200_000;
        final double[] x = new double[n];
        for (int j = 1; j <= n; j++) {
            x[j - 1] = Math.pow((double) j / (n + 1), -1.0 / alpha);
        }
        for (int k : new int[] {10, 100, 1000, 10000}) {
            final HillEstimate h = HillEstimator.estimate("right", x.clone(), k);
            final double want = (Math.log(k + 1.0) - Gamma.logGamma(k + 1.0) / k) / alpha;
            assertEquals(want, h.gamma(), 1e-12 * want, "k=" + k);
        }
        // ... and converges to the true index: at k = 10,000 the bias is (1 - ln(2 pi k)/2)/k ~ 5e-4.
        assertEquals(alpha, HillEstimator.estimate("right", x.clone(), 10000).alpha(), 2e-3);
        // Weissman quantile: VaR at 1 - 1e-5 of Pareto(3) is (1e-5)^(-1/3) = 46.416.
        final TailRisk t = HillEstimator.estimate("right", x.clone(), 10000).tailRisk(1 - 1e-5);
        assertEquals(Math.pow(1e-5, -1 / 3.0), t.var(), 0.01 * t.var());
        assertEquals(t.var() * 1.5, t.es(), 0.01 * t.es());
    }

    @Test
    void hillTailRiskByHand() {
        // u = 1, n = 100, k = 10, alpha = 2, p = 0.99: VaR = (10 * 0.01)^(-1/2) = 3.16228, ES = 2 VaR.
        final HillEstimate h = new HillEstimate("left", 100, 10, 1.0, 0.5, 2.0, 2 / Math.sqrt(10));
        assertEquals(Math.sqrt(10), h.tailRisk(0.99).var(), 1e-12);
        assertEquals(2 * Math.sqrt(10), h.tailRisk(0.99).es(), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY,
                new HillEstimate("left", 100, 10, 1.0, 1.25, 0.8, 0.1).tailRisk(0.99).es());
        // 1 - p = 0.2 > k/n = 0.1: inside the threshold, where no power law was fitted.
        assertTrue(Double.isNaN(h.tailRisk(0.8).var()));
        assertEquals(1.0, h.tailRisk(0.9).var(), 1e-12);
    }

    @Test
    void pwmByHandOnAUniformSample() {
        // y = 1, 2, 3, 4: a0 = 2.5, b1 = (0 + 2/3 + 6/3 + 12/3)/4 = 5/3, a1 = 5/6,
        // xi = 2 - a0/(a0 - 2a1) = 2 - 2.5/(5/6) = -1, beta = 2 a0 a1/(a0 - 2a1) = 5:
        // the uniform law on (0, 5) is the GPD with xi = -1, beta = 5.
        final double[] xb = GpdPwmEstimator.fitExcesses(new double[] {3, 1, 4, 2});
        assertEquals(-1.0, xb[0], 1e-14);
        assertEquals(5.0, xb[1], 1e-14);
    }

    private static double gpdQuantile(double u, double xi, double beta) {
        return xi == 0 ? -beta * Math.log1p(-u) : beta / xi * (Math.pow(1 - u, -xi) - 1);
    }

    @Test
    void pwmOnExactGpdQuantilesRecoversTheParameters() {
        for (double xi : new double[] {-0.2, 0.0, 0.2, 0.4}) {
            final int m = 200_000;
            final double[] y = new double[m];
            for (int j = 0; j < m; j++) {
                y[j] = gpdQuantile((j + 0.5) / m, xi, 0.7);
            }
            final double[] xb = GpdPwmEstimator.fitExcesses(y);
            assertEquals(xi, xb[0], 0.01, "xi for xi=" + xi);
            assertEquals(0.7, xb[1], 0.01, "beta for xi=" + xi);
        }
    }

    @Test
    void pwmOnARandomGpdSampleConverges() {
        // Sample by the inverse CDF from Commons Math's Well19937c.
        final Well19937c rng = new Well19937c(42);
        final double xi = 0.25;
        final double beta = 0.01;
        final double[] y = new double[300_000];
        for (int i = 0; i < y.length; i++) {
            y[i] = gpdQuantile(rng.nextDouble(), xi, beta);
        }
        final double[] xb = GpdPwmEstimator.fitExcesses(y);
        assertEquals(xi, xb[0], 0.02);
        assertEquals(beta, xb[1], 0.02 * beta);
    }

    @Test
    void thresholdConventionAndTailFormulasByHand() {
        // 1..100 above the 0.9 quantile: n_u = 10, u = 90 (the 11th largest), excesses 1..10.
        final double[] x = new double[100];
        for (int i = 0; i < 100; i++) {
            x[i] = i + 1;
        }
        final GpdFit f = GpdPwmEstimator.fitAboveQuantile(x, 0.9);
        assertEquals(10, f.exceedances());
        assertEquals(90.0, f.threshold());
        final double[] xb = GpdPwmEstimator.fitExcesses(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        assertEquals(xb[0], f.xi(), 1e-14);
        assertEquals(xb[1], f.beta(), 1e-14);
        // McNeil-Frey: u = 1, beta = 1, xi = 0.5, n = 1000, n_u = 100, p = 0.99: t = 0.1,
        // VaR = 1 + 2 (0.1^-0.5 - 1) = 5.324555, ES = (VaR + 1 - 0.5)/0.5 = 11.649111.
        final GpdFit g = new GpdFit(1000, 100, 1.0, 0.5, 1.0);
        assertEquals(1 + 2 * (Math.sqrt(10) - 1), g.tailRisk(0.99).var(), 1e-12);
        assertEquals(11.649111, g.tailRisk(0.99).es(), 1e-6);
        assertEquals(2.0, g.tailIndex());
        // xi = 0: VaR = u - beta ln(t) = 1 + ln 10, ES = VaR + beta.
        final GpdFit e = new GpdFit(1000, 100, 1.0, 0.0, 1.0);
        assertEquals(1 + Math.log(10), e.tailRisk(0.99).var(), 1e-12);
        assertEquals(2 + Math.log(10), e.tailRisk(0.99).es(), 1e-12);
        // Level inside the threshold (1 - p = 0.2 > n_u/n = 0.1): not defined.
        assertTrue(Double.isNaN(g.tailRisk(0.8).var()));
        assertEquals(Double.POSITIVE_INFINITY, new GpdFit(1000, 100, 1.0, 1.2, 1.0).tailRisk(0.99).es());
        assertFalse(GpdPwmEstimator.fitAboveQuantile(new double[50], 0.9).available());
    }

    @Test
    void gpdTailQuantileMatchesTheTrueQuantileOfAParetoSample() {
        // Losses with an exact Pareto(alpha = 4) tail above 1: P(L > x) = x^-4. The 0.999 quantile is 1000^(1/4).
        final int n = 200_000;
        final double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = Math.pow(1 - (j + 0.5) / n, -0.25);
        }
        final GpdFit f = GpdPwmEstimator.fitAboveQuantile(x, 0.95);
        assertEquals(0.25, f.xi(), 0.01);
        assertEquals(Math.pow(1000, 0.25), f.tailRisk(0.999).var(), 0.01 * Math.pow(1000, 0.25));
    }
}
