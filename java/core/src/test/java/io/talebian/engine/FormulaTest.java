package io.talebian.engine;

import io.talebian.kernels.TanhTable;
import io.talebian.kernels.JavaKernels;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One hand-checkable input per spec formula (the numbers in the comments are worked by hand). */
class FormulaTest {

    /** Tiny windows so each formula can be followed by hand. */
    private static RiskConfig.Builder tiny(final int window) {
        return RiskConfig.builder().window(window).momentumWindow(2).minObservations(2).swanMinLosses(2)
                .kernels(JavaKernels.INSTANCE);
    }

    /** Feeds prices exp(c_t) so that the log returns are the given r (to ~1e-16). */
    private static Assessment feedReturns(final RiskEngine e, final double... r) {
        double c = 0;
        Assessment a = e.assess(new Tick().set(0, 1.0));
        for (int i = 0; i < r.length; i++) {
            c += r[i];
            a = e.assess(new Tick().set(i + 1, Math.exp(c)));
        }
        return a;
    }

    @Test
    void kellyClosedForms() {
        assertEquals(0.2, TradeOutcomes.kelly(0.6, 1.0), 1e-15);
        assertEquals(0.25, TradeOutcomes.kelly(0.5, 2.0), 1e-15);
        final RiskEngine e = new RiskEngine(tiny(4).build());
        for (double x : new double[] {1, 1, 1, -1, -1}) { // p = 0.6, b = 1
            e.recordTradeOutcome(x);
        }
        Assessment a = feedReturns(e, 0.01);
        assertEquals(0.6, a.winRate(), 1e-15);
        assertEquals(1.0, a.payoffRatio(), 1e-15);
        assertEquals(0.2, a.discreteKelly(), 1e-15);
        final RiskEngine e2 = new RiskEngine(tiny(4).build());
        e2.recordTradeOutcome(2.0); // p = 0.5, b = 2
        e2.recordTradeOutcome(-1.0);
        a = feedReturns(e2, 0.01);
        assertEquals(0.25, a.discreteKelly(), 1e-15);
        assertEquals(2, a.tradeCount());
        final RiskEngine e3 = new RiskEngine(tiny(4).build());
        e3.recordTradeOutcome(-1.0);
        assertFalse(feedReturns(e3, 0.01).isDiscreteKellyAvailable(), "no win: b = 0, undefined");
    }

    @Test
    void continuousKellyWithShrink() {
        // r = .03 .01 .02 .04: mu = .025, var = 5e-4/3, se = sd/2
        final Assessment a = feedReturns(new RiskEngine(tiny(4).build()), 0.03, 0.01, 0.02, 0.04);
        final double var = 5e-4 / 3;
        final double adj = 0.025 - Math.sqrt(var) / 2;
        assertEquals(0.025, a.mean(), 1e-15);
        assertEquals(Math.sqrt(var), a.sd(), 1e-15);
        assertEquals(adj, a.adjustedMean(), 1e-15);
        assertEquals(adj / var, a.fullKelly(), 1e-9);
        assertEquals(0.75, a.kellyFraction(), 0.0); // 0.55 * 111.3 clamped to kelly_max_fraction
        // a negative mean shrinks towards 0 and gives no bet
        final Assessment b = feedReturns(new RiskEngine(tiny(4).build()), -0.03, -0.01, -0.02, -0.04);
        assertEquals(-adj, b.adjustedMean(), 1e-15);
        assertEquals(0.0, b.kellyFraction(), 0.0);
    }

    @Test
    void fragilityHeuristicReferenceValues() {
        final double s = 0.3;
        final double d = 0.05;
        // linear payoff: 0
        assertEquals(0.0, FragilityHeuristic.secondDifference(2 * (s - d) + 1, 2 * s + 1, 2 * (s + d) + 1), 1e-15);
        // f = -x^2: [-(s+d)^2 - (s-d)^2]/2 + s^2 = -d^2
        assertEquals(-d * d, FragilityHeuristic.secondDifference(-(s - d) * (s - d), -s * s, -(s + d) * (s + d)), 1e-15);
        // the spec's xi for one z = -1.6, sigma = 1, k = 1.5, d = 0.25:
        // xi(1.25) = 2.0 - 1.5 = 0.5, xi(1) = 0.1, xi(0.75) = 0 -> H = 0.25 - 0.1 = 0.15
        final double[] z = {-1.6};
        assertEquals(0.5, FragilityHeuristic.xi(z, 1, 1.5, 1, 1.25), 1e-15);
        assertEquals(0.15, FragilityHeuristic.secondDifference(FragilityHeuristic.xi(z, 1, 1.5, 1, 0.75),
                FragilityHeuristic.xi(z, 1, 1.5, 1, 1.0), FragilityHeuristic.xi(z, 1, 1.5, 1, 1.25)), 1e-15);
        // a kink outside [s-d, s+d] leaves xi linear there: H = 0
        assertEquals(0.0, FragilityHeuristic.secondDifference(FragilityHeuristic.xi(new double[] {-3}, 1, 1.5, 1, 0.75),
                FragilityHeuristic.xi(new double[] {-3}, 1, 1.5, 1, 1), FragilityHeuristic.xi(new double[] {-3}, 1, 1.5, 1,
                        1.25)), 1e-15);
    }

    @Test
    void antifragilityTailVegas() {
        // nine 0 returns and one -0.1: mu = -0.01, sd = sqrt(0.001); the loss has z = -0.09/sqrt(.001)
        final double[] r = new double[10];
        r[9] = -0.1;
        final Assessment a = feedReturns(new RiskEngine(tiny(10).build()), r);
        final double sd = Math.sqrt(0.001);
        final double zLoss = -0.09 / sd;
        assertEquals(-zLoss / 10, a.tailVegaLeft(), 1e-12);
        assertEquals(0.0, a.tailVegaRight(), 0.0);
        assertEquals(0.0, a.antifragilityScore(), 1e-9); // A = -1: fragile
        // the other nine have z = 0.316 > -k: no left tail; the loss's kink s* = 1.5 sd/2.85 lies
        // below s - d = 0.75 sd, so xi is linear over [s-d, s+d]: H = 0
        assertEquals(0.0, a.fragility(), 1e-15);
        assertEquals(10 / 60.0, a.antifragilityConfidence(), 1e-15);
        // mirrored: antifragile
        final double[] up = new double[10];
        up[9] = 0.1;
        final Assessment b = feedReturns(new RiskEngine(tiny(10).build()), up);
        assertEquals(1.0, b.antifragilityScore(), 1e-9);
        assertEquals(-zLoss / 10, b.tailVegaRight(), 1e-12);
        // constant window: sigma = 0 gives 0.5
        assertEquals(0.5, feedReturns(new RiskEngine(tiny(10).build()), 0, 0, 0).antifragilityScore());
    }

    @Test
    void hillEstimatorByHand() {
        // l = 1..20 -> l(1..10) = 20..11, l(11) = 10: gamma = (1/10) sum ln(l(i)/10)
        final SortedWindow ln = new SortedWindow(32);
        for (int i = 1; i <= 20; i++) {
            ln.insert(i);
        }
        double hand = 0;
        for (int i = 11; i <= 20; i++) {
            hand += Math.log(i / 10.0);
        }
        hand /= 10; // = ln(20!/(10! 10^10))/10 = ln(67.044...)/10 = 0.42053...
        assertEquals(Math.log(670442572800.0 / 1e10) / 10, hand, 1e-14);
        assertEquals(hand, BlackSwanEstimator.hillGamma(ln, 10), 1e-14);
        final double[] desc = new double[20];
        for (int i = 0; i < 20; i++) {
            desc[i] = 20 - i;
        }
        assertEquals(JavaKernels.hillGamma(desc, 10), BlackSwanEstimator.hillGamma(ln, 10), 1e-14);
    }

    @Test
    void horizonProbabilityAgreesWithExpm1Log1pEverywhere() {
        for (double p = 1e-300; p < 1; p *= 1.37) {
            for (int h : new int[] {1, 5, 20, 250}) {
                final double want = -Math.expm1(h * Math.log1p(-p));
                final double got = BlackSwanEstimator.overHorizon(p, h);
                assertEquals(want, got, 1e-13 * want, "p=" + p + " h=" + h);
            }
        }
    }

    @Test
    void horizonProbability() {
        // 1 - (1 - 0.01)^20 = 0.18209306240276923
        assertEquals(1 - Math.pow(0.99, 20), BlackSwanEstimator.overHorizon(0.01, 20), 1e-15);
        // 20p - 190p^2 + ...: the naive 1 - (1-p)^h would lose ~1e-5 relative here
        assertEquals(20e-12 - 190e-24, BlackSwanEstimator.overHorizon(1e-12, 20), 1e-26);
    }

    @Test
    void warmUpEwmaSeedAndFirstLoss() {
        final List<Tick> ticks = Streams.generate(11, 120, false, false);
        final RiskEngine e = new RiskEngine(RiskConfig.builder().window(252).kernels(JavaKernels.INSTANCE).build());
        final double[] r = new double[ticks.size()];
        double seedVar = 0;
        for (int i = 0; i < ticks.size(); i++) {
            final Assessment a = e.assess(ticks.get(i));
            if (i > 0) {
                r[i - 1] = Math.log(ticks.get(i).price / ticks.get(i - 1).price);
            }
            // tick i carries return number i (1-based): warming up until return 60
            assertEquals(i < 60, a.isWarmingUp(), "tick " + i);
            if (a.isWarmingUp()) {
                assertEquals(0.0, a.recommendedPositionSize());
            }
            if (i < 30) {
                assertTrue(Double.isNaN(a.conditionalVolatility()), "undefined before r_29");
            }
            if (i == 30) { // r_29 seeds: sample variance of r_0..r_29
                final double[] m = ReferenceModel.moments(java.util.Arrays.copyOf(r, 30));
                seedVar = m[1] * m[1];
                assertEquals(Math.sqrt(seedVar), a.conditionalVolatility(), 1e-15);
                assertEquals(0, a.standardizedLosses());
            }
            if (i == 31) { // r_30: first standardized loss, then the EWMA update
                assertEquals(1, a.standardizedLosses());
                assertEquals(Math.sqrt(0.94 * seedVar + 0.06 * r[30] * r[30]), a.conditionalVolatility(), 1e-15);
            }
            if (i == 59) {
                assertEquals(29, a.standardizedLosses());
                assertFalse(a.isBlackSwanAvailable());
            }
            if (i == 60) {
                assertEquals(30, a.standardizedLosses());
                assertTrue(a.isBlackSwanAvailable());
            }
        }
    }

    @Test
    void swanEventUsesTheWindowBeforeTheReturn() {
        final RiskEngine e = new RiskEngine(tiny(50).build());
        final double[] r = new double[41];
        for (int i = 0; i < 40; i++) {
            r[i] = i % 2 == 0 ? 0.01 : -0.01;
        }
        r[40] = 0.1;
        final Assessment a = feedReturns(e, r);
        final double[] before = ReferenceModel.moments(java.util.Arrays.copyOf(r, 40));
        assertEquals(Math.abs(0.1 - before[0]) / before[1], a.swanEventScore(), 1e-9);
        assertTrue(a.isSwanEvent());
        // the next ordinary return is no event although the spike now inflates nothing before it
        final Assessment b = e.assess(new Tick().set(100, Math.exp(0.1 + 0.005)));
        assertFalse(b.isSwanEvent());
    }

    /** The direction at and around spec 3.1's thresholds: buying above +0.1, selling below -0.1. */
    @Test
    void directionSignMatchesTheEnum() {
        final double[] flows = {-1, -0.5, Math.nextDown(-0.1), -0.1, Math.nextUp(-0.1), -0.0, 0.0,
            Math.nextDown(0.1), 0.1, Math.nextUp(0.1), 1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NaN};
        final int[] signs = {-1, -1, -1, 0, 0, 0, 0, 0, 0, 1, 1, -1, 1, 0};
        for (int i = 0; i < flows.length; i++) {
            assertEquals(signs[i], Direction.signOf(flows[i]), "flow=" + flows[i]);
            assertEquals(Direction.of(flows[i]).sign(), Direction.signOf(flows[i]), "flow=" + flows[i]);
        }
    }

    /**
     * A repeated price contributes exactly 0 to Amihud, also when price * volume underflows to 0
     * (where |r| / (P V) would be 0/0): the sum stays finite.
     */
    @Test
    void amihudOfARepeatedPriceIsZeroWhenPriceTimesVolumeUnderflows() {
        final RiskEngine e = new RiskEngine(tiny(8).build());
        final Tick t = new Tick();
        Assessment a = null;
        for (int i = 0; i < 6; i++) {
            a = e.assess(t.set(i, 1e-200, 1e-200));
        }
        assertTrue(a.isAmihudAvailable());
        assertEquals(0L, Double.doubleToRawLongBits(a.amihud()));
    }

    @Test
    void whaleVolumeRatioDirectionKyleAmihudOfi() {
        final RiskEngine e = new RiskEngine(tiny(64).build());
        final Tick t = new Tick();
        Assessment a = null;
        for (int i = 0; i < 10; i++) {
            a = e.assess(t.set(i, 100, 100));
            assertEquals(1.0, a.volumeRatio(), 0.0, "fewer than 10 past volumes: s = 1");
        }
        a = e.assess(t.set(10, 100, 300)); // s = 300/100 = 3 >= 2: confidence (3-2)/2
        assertEquals(3.0, a.volumeRatio(), 1e-15);
        assertTrue(a.isWhaleDetected());
        assertEquals(0.5, a.whaleConfidence(), 1e-15);
        a = e.assess(t.set(11, 100, 150)); // mean of 10*100 + 300 = 1300/11
        assertEquals(150 / (1300 / 11.0), a.volumeRatio(), 1e-15);
        assertFalse(a.isWhaleDetected());
        assertEquals(0.1, a.whaleConfidence());
        a = e.assess(t.set(12, 100).quote(99.9, 300, 100.1, 100)); // (300-100)/400 = 0.5
        assertEquals(0.5, a.signedFlow(), 1e-15);
        assertEquals(Direction.BUYING, a.whaleDirection());
        assertFalse(a.isVolumeAvailable());
        assertTrue(Double.isNaN(a.volumeRatio()));

        // Kyle and Amihud by hand: P = 100, 101, 100.5, 102; V = 10, 20, 30 -> q = 10, -20, 30
        final RiskEngine k = new RiskEngine(tiny(8).build());
        k.assess(t.set(0, 100, 5));
        k.assess(t.set(1, 101, 10));
        k.assess(t.set(2, 100.5, 20));
        a = k.assess(t.set(3, 102, 30));
        assertEquals(930.0 / 22800.0, a.kyleLambda(), 1e-14);
        final double amihud = (Math.log(101 / 100.0) / (101 * 10) + Math.log(101 / 100.5) / (100.5 * 20)
                + Math.log(102 / 100.5) / (102 * 30)) / 3;
        assertEquals(amihud, a.amihud(), 1e-18);
        assertEquals(1.0, a.signedFlow(), 0.0, "tick rule: up");
        a = k.assess(t.set(4, 102, 1));
        assertEquals(1.0, a.signedFlow(), 0.0, "tick rule carries the last non-zero sign");
        a = k.assess(t.set(5, 101, 1));
        assertEquals(Direction.SELLING, a.whaleDirection());

        // OFI: e1 = +8 - 5 - 7 + 7 = 3; e2 = +2 - 0 - 4 + 7 = 5
        final RiskEngine o = new RiskEngine(tiny(8).build());
        a = o.assess(t.set(0, 10.5).quote(10, 5, 11, 7));
        assertFalse(a.isOfiAvailable());
        a = o.assess(t.set(1, 10.5).quote(10, 8, 11, 7));
        assertEquals(3.0, a.ofi(), 0.0);
        a = o.assess(t.set(2, 10.75).quote(10.5, 2, 11, 4));
        assertEquals(8.0, a.ofi(), 0.0);
        a = o.assess(t.set(3, 10.75));
        assertEquals(8.0, a.ofi(), 0.0, "a tick without quotes adds no update");
    }

    @Test
    void regimeEncodingIsTanhThenUnitNorm() {
        final RiskConfig c = RiskConfig.builder().window(64).numQubits(3).kernels(JavaKernels.INSTANCE).build();
        final RiskEngine e = new RiskEngine(c);
        final List<Tick> ticks = Streams.generate(5, 40, false, false);
        for (Tick t : ticks) {
            e.assess(t);
        }
        final double[] got = e.currentRegimeState(new double[8]);
        final Assessment a = e.assess(ticks.get(39)); // repeat of the last price: r = 0
        final double[] want = new double[8];
        double n2 = 0;
        for (int i = 0; i < 8; i++) {
            final double r = e.returnRing().last(7 - i);
            want[i] = TanhTable.tanh((r - a.mean()) / a.sd());
            n2 += want[i] * want[i];
        }
        final double[] now = e.currentRegimeState(new double[8]);
        for (int i = 0; i < 8; i++) {
            assertEquals(want[i] / Math.sqrt(n2), now[i], 1e-15);
        }
        e.registerReferenceState("now", now);
        e.registerReferenceState("before", got);
        final Assessment b = e.assess(ticks.get(39));
        assertEquals(2, b.regimeStates());
        final double[] cur = e.currentRegimeState(new double[8]);
        final double[][] refs = {now, got};
        for (int j = 0; j < 2; j++) {
            double dot = 0;
            double nr = 0;
            for (int i = 0; i < 8; i++) {
                nr += refs[j][i] * refs[j][i];
            }
            for (int i = 0; i < 8; i++) {
                dot += cur[i] * refs[j][i] / Math.sqrt(nr);
            }
            assertEquals(dot * dot, b.regimeSimilarity(j), 1e-14);
            assertTrue(b.regimeSimilarity(j) >= 0 && b.regimeSimilarity(j) <= 1 + 1e-12);
        }
        assertEquals(Math.max(b.regimeSimilarity(0), b.regimeSimilarity(1)), b.maxRegimeSimilarity(), 0.0);
        assertEquals(List.of("now", "before"), e.referenceStateNames());
        assertTrue(e.removeReferenceState("now"));
        assertEquals(1, e.assess(ticks.get(39)).regimeStates());
    }
}
