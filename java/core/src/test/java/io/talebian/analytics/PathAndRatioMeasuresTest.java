package io.talebian.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talebian.data.PriceSeries;
import org.junit.jupiter.api.Test;

/** Maximum drawdown, Sortino, Omega, Kelly and the fragility heuristic on hand-checkable inputs. */
class PathAndRatioMeasuresTest {

    @Test
    void drawdownByHand() {
        // Peak 130 (index 4), trough 65 (index 5): 1 - 65/130 = 0.5, never recovered.
        DrawdownResult d = Drawdown.ofPrices(new double[] {100, 120, 90, 95, 130, 65, 70});
        assertEquals(0.5, d.maxDrawdown(), 1e-15);
        assertEquals(4, d.peakIndex());
        assertEquals(5, d.troughIndex());
        assertEquals(-1, d.recoveryIndex());
        // 100 -> 50 -> 100: drawdown 0.5 from 0 to 1, recovered at 2.
        d = Drawdown.ofPrices(new double[] {100, 50, 80, 100});
        assertEquals(0.5, d.maxDrawdown(), 1e-15);
        assertEquals(3, d.recoveryIndex());
        assertEquals(3, d.durationToRecovery());
        // The same path as log returns gives the same indices (level i = after return i-1).
        final DrawdownResult r = Drawdown.ofLogReturns(PriceSeries.logReturns(new double[] {100, 50, 80, 100}));
        assertEquals(d.peakIndex(), r.peakIndex());
        assertEquals(d.troughIndex(), r.troughIndex());
        assertEquals(d.recoveryIndex(), r.recoveryIndex());
        assertEquals(0.5, r.maxDrawdown(), 1e-15);
        assertEquals(0.0, Drawdown.ofPrices(new double[] {1, 2, 3}).maxDrawdown());
    }

    @Test
    void sortinoAndOmegaByHand() {
        // r = 0.02, -0.01, 0.03, -0.02, tau = 0: mean 0.005, DD = sqrt((1e-4 + 4e-4)/4) = 0.0111803,
        // Sortino = 0.005/0.0111803 = 0.4472136, Omega = 0.05/0.03 = 5/3.
        final double[] r = {0.02, -0.01, 0.03, -0.02};
        assertEquals(Math.sqrt(0.000125), DownsideRatios.downsideDeviation(r, 0), 1e-15);
        assertEquals(0.005 / Math.sqrt(0.000125), DownsideRatios.sortino(r, 0.005, 0), 1e-12);
        assertEquals(5.0 / 3.0, DownsideRatios.omega(r, 0), 1e-12);
        // tau = 0.01: gains above 0.01: 0.01 + 0.02 = 0.03; shortfalls: 0.02 + 0.03 = 0.05 -> 0.6.
        assertEquals(0.6, DownsideRatios.omega(r, 0.01), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, DownsideRatios.omega(new double[] {0.01, 0.02}, 0));
    }

    @Test
    void kellyClosedForms() {
        assertEquals(0.2, Kelly.discrete(0.6, 1.0), 1e-15);
        assertEquals(0.25, Kelly.discrete(0.5, 2.0), 1e-15);
        // mu = 0.01, sigma = 0.1, n = 10,000: mu_adj = 0.01 - 0.001 = 0.009, f* = 0.9,
        // fractional 0.55 * 0.9 = 0.495 under the 0.75 cap.
        assertEquals(0.009, Kelly.shrunkMean(0.01, 0.1, 10_000), 1e-15);
        assertEquals(0.9, Kelly.continuous(0.009, 0.1, 0.0), 1e-12);
        assertEquals(0.495, Kelly.fractional(0.9, 0.55, 0.75), 1e-12);
        assertEquals(0.75, Kelly.fractional(3.0, 0.55, 0.75));
        assertEquals(0.0, Kelly.fractional(-1.0, 0.55, 0.75));
        // Shrinkage to 0 when the mean is within one standard error; the sign is kept.
        assertEquals(0.0, Kelly.shrunkMean(0.0005, 0.1, 10_000));
        assertEquals(-0.009, Kelly.shrunkMean(-0.01, 0.1, 10_000), 1e-15);
        // rf: (0.009 - 0.004)/0.01 = 0.5.
        assertEquals(0.5, Kelly.continuous(0.009, 0.1, 0.004), 1e-12);
    }

    @Test
    void discreteKellyFromOutcomes() {
        // Three wins of 0.1, two losses of 0.1: p = 0.6, b = 1, f = 0.2.
        final double[] r = {0.1, -0.1, 0.1, 0.1, -0.1};
        final KellyReport k = Kelly.analyze(r, 0.02, 0.1095445, 0, 0.55, 0.75);
        assertEquals(0.6, k.winProbability(), 1e-15);
        assertEquals(1.0, k.payoffRatio(), 1e-15);
        assertEquals(0.2, k.discreteKelly(), 1e-15);
        // mu_adj = 0.02 - 0.1095445/sqrt(5) < 0.02 - 0.0489898 < 0 -> 0.
        assertEquals(0.0, k.shrunkMean());
        assertEquals(0.0, k.fractionalKelly());
        assertEquals(0.02 / (0.1095445 * 0.1095445), k.unshrunkFullKelly(), 1e-9);
    }

    @Test
    void fragilitySecondDifference() {
        assertEquals(0.0, Fragility.secondDifference(s -> 3 * s + 1, 0.2, 0.05), 1e-15);
        assertEquals(-0.05 * 0.05, Fragility.secondDifference(s -> -s * s, 0.2, 0.05), 1e-15);
        assertEquals(0.05 * 0.05, Fragility.secondDifference(s -> s * s, 7.0, 0.05), 1e-12);
    }

    @Test
    void fragilityByHand() {
        // r = -2, 0, 0, 2: mu = 0, sigma = sqrt(8/3), z = -2/sigma, 0, 0, 2/sigma; with k = 1 only
        // z_1 and z_4 are beyond the cut: V- = V+ = (2/sigma)/4, A = 0, score 0.5.
        // xi(c*sigma) = (1/4) max(-sigma - c*sigma*z_1, 0) = max(2c - sigma, 0)/4.
        final double sigma = Math.sqrt(8.0 / 3.0);
        final FragilityReport f = Fragility.analyze(new double[] {-2, 0, 0, 2}, 0.0, sigma, 1.0, 0.25);
        assertEquals(2 / sigma / 4, f.leftTailVega(), 1e-15);
        assertEquals(2 / sigma / 4, f.rightTailVega(), 1e-15);
        assertEquals(0.5, f.antifragilityScore(), 1e-12);
        final double xiMid = Math.max(2 - sigma, 0) / 4;
        final double xiPlus = Math.max(2.5 - sigma, 0) / 4;
        final double xiMinus = Math.max(1.5 - sigma, 0) / 4;
        assertEquals(xiMid, f.xiMid(), 1e-15);
        assertEquals(xiPlus, f.xiPlus(), 1e-15);
        assertEquals(0.0, f.xiMinus());
        assertEquals(0.5 * (xiPlus + xiMinus) - xiMid, f.heuristic(), 1e-15);
        assertEquals(0.016624, f.heuristic(), 1e-6);
        assertTrue(f.heuristic() > 0);
        // One-sided: only a left tail -> A = -1 (up to the 1e-12 guard), score 0.
        final FragilityReport left = Fragility.analyze(new double[] {-3, 0, 0, 0, 0, 0, 0, 0, 0, 0.3}, -0.27,
                0.9536, 1.5, 0.25);
        assertEquals(0.0, left.antifragilityScore(), 1e-9);
        assertEquals(0.5, Fragility.analyze(new double[] {1, 1, 1}, 1, 0, 1.5, 0.25).antifragilityScore());
    }
}
