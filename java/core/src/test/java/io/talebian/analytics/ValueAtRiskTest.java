package io.talebian.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class ValueAtRiskTest {

    /** Returns -0.01, -0.02, ..., -1.00: losses 0.01 .. 1.00. */
    private static double[] hundredLosses() {
        final double[] r = new double[100];
        for (int i = 0; i < 100; i++) {
            r[i] = -(i + 1) / 100.0;
        }
        return r;
    }

    @Test
    void historicalByHand() {
        final double[] sorted = ValueAtRisk.sortedLosses(hundredLosses());
        // alpha 0.95: m = 95, VaR = L_(95) = 0.95; ES = mean(0.96..1.00) = 0.98.
        TailRisk t = ValueAtRisk.historical(sorted, 0.95);
        assertEquals(0.95, t.var(), 1e-15);
        assertEquals(0.98, t.es(), 1e-12);
        // alpha 0.975: m = 98, VaR = 0.98; ES = [0.005*0.98 + 0.01*0.99 + 0.01*1.00]/0.025 = 0.992.
        t = ValueAtRisk.historical(sorted, 0.975);
        assertEquals(0.98, t.var(), 1e-15);
        assertEquals(0.992, t.es(), 1e-12);
        // alpha 0.99: m = 99, VaR = 0.99, ES = the worst loss.
        t = ValueAtRisk.historical(sorted, 0.99);
        assertEquals(0.99, t.var(), 1e-15);
        assertEquals(1.00, t.es(), 1e-12);
        assertTrue(Double.isNaN(ValueAtRisk.historical(new double[0], 0.99).var()));
    }

    @Test
    void gaussianAgreesWithCommonsMath() {
        final double mu = 0.0005;
        final double sigma = 0.012;
        final NormalDistribution nd = new NormalDistribution(mu, sigma);
        for (double a : new double[] {0.9, 0.95, 0.99, 0.995, 0.999}) {
            final TailRisk t = ValueAtRisk.gaussian(mu, sigma, a);
            assertEquals(-nd.inverseCumulativeProbability(1 - a), t.var(), 1e-12);
            final double z = new NormalDistribution().inverseCumulativeProbability(a);
            assertEquals(-mu + sigma * new NormalDistribution().density(z) / (1 - a), t.es(), 1e-12);
        }
        // Hand value: mu = 0, sigma = 1, alpha = 0.975: VaR = 1.959964, ES = phi(1.959964)/0.025 = 2.337803.
        assertEquals(2.3378027, ValueAtRisk.gaussian(0, 1, 0.975).es(), 1e-6);
    }

    @Test
    void historicalOnNormalDataApproachesGaussian() {
        final Well19937c rng = new Well19937c(7);
        final double[] r = new double[400_000];
        for (int i = 0; i < r.length; i++) {
            r[i] = 0.001 + 0.02 * rng.nextGaussian();
        }
        final double[] sorted = ValueAtRisk.sortedLosses(r);
        for (double a : new double[] {0.95, 0.99}) {
            final TailRisk h = ValueAtRisk.historical(sorted, a);
            final TailRisk g = ValueAtRisk.gaussian(0.001, 0.02, a);
            assertEquals(g.var(), h.var(), 0.01 * g.var(), "VaR at " + a);
            assertEquals(g.es(), h.es(), 0.01 * g.es(), "ES at " + a);
        }
    }

    @Test
    void cornishFisherReducesToGaussianWithoutSkewOrKurtosis() {
        for (double a : new double[] {0.95, 0.99}) {
            final TailRisk g = ValueAtRisk.gaussian(0.001, 0.02, a);
            final TailRisk c = ValueAtRisk.cornishFisher(0.001, 0.02, 0, 0, a);
            assertEquals(g.var(), c.var(), 1e-14);
            assertEquals(g.es(), c.es(), 1e-14);
        }
    }

    @Test
    void cornishFisherByHand() {
        // z = z_0.01 = -2.326347874; S = -0.5, K = 3:
        // z_cf = z + (z^2-1)S/6 + (z^3-3z)K/24 - (2z^3-5z)S^2/36
        final double z = -2.326347874040841;
        final double s = -0.5;
        final double k = 3.0;
        final double zcf = z + (z * z - 1) * s / 6 + (z * z * z - 3 * z) * k / 24 - (2 * z * z * z - 5 * z) * s * s / 36;
        // by hand: -2.326348 - 0.367658 (skew) - 0.701362 (kurtosis) + 0.094084 (skew^2) = -3.301284
        assertEquals(-3.301284, zcf, 1e-6);
        final TailRisk c = ValueAtRisk.cornishFisher(0.0, 1.0, s, k, 0.99);
        assertEquals(-zcf, c.var(), 1e-12);
    }

    @Test
    void cornishFisherEsEqualsTheIntegralOfItsQuantiles() {
        // ES = (1/p) * integral_0^p VaR_cf(u) du, by the midpoint rule on the CF quantile function.
        final double mu = 0.0003;
        final double sigma = 0.01;
        final double s = -0.3;
        final double k = 1.2;
        assertTrue(ValueAtRisk.cornishFisherMonotone(s, k));
        final NormalDistribution nd = new NormalDistribution();
        for (double a : new double[] {0.95, 0.99}) {
            final double p = 1 - a;
            final int steps = 200_000;
            double sum = 0;
            for (int i = 0; i < steps; i++) {
                final double u = p * (i + 0.5) / steps;
                final double z = nd.inverseCumulativeProbability(u);
                final double zcf = z + (z * z - 1) * s / 6 + (z * z * z - 3 * z) * k / 24
                        - (2 * z * z * z - 5 * z) * s * s / 36;
                sum += -(mu + sigma * zcf);
            }
            assertEquals(sum / steps, ValueAtRisk.cornishFisher(mu, sigma, s, k, a).es(), 2e-5 * sum / steps);
        }
    }

    @Test
    void cornishFisherDomain() {
        assertTrue(ValueAtRisk.cornishFisherMonotone(0, 0));
        assertTrue(ValueAtRisk.cornishFisherMonotone(0, 4));
        assertFalse(ValueAtRisk.cornishFisherMonotone(0, 10));
        assertFalse(ValueAtRisk.cornishFisherMonotone(2, 0));
    }
}
