package io.talebian.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Outputs stay in their documented ranges (docs/engine.md) for arbitrary valid streams. */
class RangePropertiesTest {

    /** Valid streams of several shapes: fat-tailed, tied prices, huge jumps, mostly flat. */
    static List<Tick> stream(final long seed, final int mode, final int count) {
        if (mode == 0) {
            return Streams.generate(seed, count, true, true);
        }
        final SplittableRandom rnd = new SplittableRandom(seed);
        final List<Tick> out = new ArrayList<>();
        double p = 100;
        for (int i = 0; i < count; i++) {
            switch (mode) {
                case 1: p = 100 + 0.5 * rnd.nextInt(-2, 3); break;
                case 2: p = Math.min(1e200, Math.max(1e-200, p * Math.exp(rnd.nextDouble(-5, 5)))); break;
                default: if (rnd.nextDouble() < 0.05) { p *= Math.exp(rnd.nextDouble(-0.1, 0.1)); } break;
            }
            final Tick t = new Tick().set(i / 3, p);
            if (rnd.nextBoolean()) {
                t.volume = rnd.nextDouble() < 0.2 ? 0 : rnd.nextDouble(0, 1e6);
            }
            if (rnd.nextInt(4) == 0) {
                t.quote(p * 0.999, rnd.nextInt(0, 50), p * 1.001, rnd.nextInt(0, 50));
            }
            out.add(t);
        }
        return out;
    }

    private static void in(final Assessment a, final AssessmentField f, final double lo, final double hi) {
        final double v = a.get(f);
        if (!a.isDefined(f)) {
            return;
        }
        if (!(v >= lo && v <= hi)) {
            fail(f.id() + " = " + v + " outside [" + lo + ", " + hi + "] in " + a);
        }
    }

    @Property(tries = 40)
    void outputsStayInTheirRanges(@ForAll final long seed, @ForAll @IntRange(min = 0, max = 3) final int mode) {
        final RiskConfig c = RiskConfig.builder(Preset.values()[(int) Math.floorMod(seed, 3L)]).window(64)
                .numQubits(4).build();
        final RiskEngine e = new RiskEngine(c);
        final double[] amp = new double[16];
        amp[3] = 1;
        e.registerReferenceState("spike", amp);
        final double inf = Double.POSITIVE_INFINITY;
        final double kmax = c.kellyMaxFraction();
        for (Tick t : stream(seed, mode, 250)) {
            if (t.timestamp % 17 == 0) {
                e.recordTradeOutcome(t.price % 2 - 1);
            }
            final Assessment a = e.assess(t);
            for (AssessmentField f : new AssessmentField[] {AssessmentField.ANTIFRAGILITY_SCORE,
                    AssessmentField.BLACK_SWAN_PROBABILITY, AssessmentField.SWAN_PROBABILITY_PER_TICK,
                    AssessmentField.GAUSSIAN_SWAN_PROBABILITY, AssessmentField.ANTIFRAGILITY_CONFIDENCE,
                    AssessmentField.BLACK_SWAN_CONFIDENCE, AssessmentField.MOMENTUM_FACTOR,
                    AssessmentField.VOLATILITY_FACTOR, AssessmentField.WHALE_ALIGNMENT, AssessmentField.REGIME_FACTOR,
                    AssessmentField.OPPORTUNITY_SCORE, AssessmentField.OPPORTUNITY_CONFIDENCE,
                    AssessmentField.BARBELL_SAFE, AssessmentField.BARBELL_RISKY, AssessmentField.OVERALL_RISK_SCORE,
                    AssessmentField.WIN_RATE}) {
                in(a, f, 0, 1);
            }
            in(a, AssessmentField.MAX_REGIME_SIMILARITY, 0, 1 + 1e-12);
            in(a, AssessmentField.WHALE_CONFIDENCE, 0, 0.95);
            in(a, AssessmentField.CONFIDENCE, 0.1, 0.95);
            in(a, AssessmentField.KELLY_FRACTION, 0, kmax);
            in(a, AssessmentField.RECOMMENDED_ALLOCATION, 0, kmax);
            in(a, AssessmentField.RECOMMENDED_POSITION_SIZE, 0, kmax);
            in(a, AssessmentField.SIGNED_FLOW, -1, 1);
            for (AssessmentField f : new AssessmentField[] {AssessmentField.TAIL_VEGA_LEFT,
                    AssessmentField.TAIL_VEGA_RIGHT, AssessmentField.VOLUME_RATIO, AssessmentField.AMIHUD,
                    AssessmentField.SD, AssessmentField.VAR_99, AssessmentField.FAT_TAIL_RATIO,
                    AssessmentField.SWAN_LEVEL, AssessmentField.SWAN_LEVEL_SIGMAS,
                    AssessmentField.CONDITIONAL_VOLATILITY, AssessmentField.SWAN_EVENT_SCORE,
                    AssessmentField.TAIL_INDEX, AssessmentField.TAIL_THRESHOLD, AssessmentField.HILL_K,
                    AssessmentField.PAYOFF_RATIO}) {
                in(a, f, 0, inf);
            }
            // xi is convex in s, so its second difference is >= 0 up to rounding
            in(a, AssessmentField.FRAGILITY, -1e-12 * (a.sd() + 1e-300), inf);
            in(a, AssessmentField.OBSERVATIONS, 0, 64);
            if (a.isTailFitAvailable()) {
                assertTrue(a.es99() >= a.var99(), "ES >= VaR");
                assertTrue(a.hillK() >= 10);
            }
            if (a.observations() > 0) {
                assertTrue(a.min() <= a.mean() + 1e-12 * Math.abs(a.mean()) && a.mean() <= a.max() + 1e-12
                        * Math.abs(a.mean()), "min <= mean <= max");
            }
            assertTrue(Math.abs(a.barbellSafe() + a.barbellRisky() - 1) < 1e-15);
            if (a.isWarmingUp()) {
                assertTrue(a.recommendedPositionSize() == 0.0);
            } else {
                for (AssessmentField f : AssessmentField.values()) {
                    final AssessmentField flag = f.availability();
                    if (flag == null || a.get(flag) != 0.0) {
                        assertFalse(Double.isNaN(a.get(f)), f.id() + " NaN after warm-up");
                    }
                }
            }
        }
    }
}
