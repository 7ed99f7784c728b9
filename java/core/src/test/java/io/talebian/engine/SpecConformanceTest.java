package io.talebian.engine;

import io.talebian.kernels.JavaKernels;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The engine against {@link ReferenceModel}, a naive from-the-formulas implementation of spec
 * section 3 that recomputes everything from the whole history at every tick: every field of every
 * tick must agree to 1e-9 relative.
 */
class SpecConformanceTest {

    private static void run(final RiskConfig config, final List<Tick> ticks, final boolean trades, final boolean refs) {
        final RiskEngine engine = new RiskEngine(config);
        final ReferenceModel model = new ReferenceModel(config);
        final SplittableRandom rnd = new SplittableRandom(7);
        if (refs) {
            for (int s = 0; s < 3; s++) {
                final double[] amp = new double[config.amplitudes()];
                for (int i = 0; i < amp.length; i++) {
                    amp[i] = Streams.gaussian(rnd);
                }
                engine.registerReferenceState("state" + s, amp);
                model.registerReferenceState(amp);
            }
        }
        final Assessment a = new Assessment(config.maxReferenceStates());
        for (int i = 0; i < ticks.size(); i++) {
            if (trades && i % 7 == 3) {
                final double x = Math.rint(Streams.gaussian(rnd) * 100) / 1000;
                engine.recordTradeOutcome(x);
                model.recordTradeOutcome(x);
            }
            engine.assess(ticks.get(i), a);
            Streams.assertMatches("tick " + i, a, model.assess(ticks.get(i)), 1e-9, 1e-13);
        }
    }

    @Test
    void everyFieldMatchesTheNaiveModelWithVolumeAndQuotes() {
        final RiskConfig c = RiskConfig.builder().window(120).numQubits(5).kernels(JavaKernels.INSTANCE).build();
        run(c, Streams.generate(1, 500, true, true), true, true);
    }

    @Test
    void everyFieldMatchesWithoutVolumeConservative() {
        final RiskConfig c = RiskConfig.builder(Preset.CONSERVATIVE).window(90).numQubits(7)
                .kernels(JavaKernels.INSTANCE).build();
        run(c, Streams.generate(2, 500, false, false), false, true);
    }

    @Test
    void everyFieldMatchesWithTheTailSumsKernel() {
        final RiskConfig c = RiskConfig.builder().window(100).numQubits(5).tailSums(TailSumsMode.KERNEL)
                .kernels(JavaKernels.INSTANCE).build();
        run(c, Streams.generate(4, 400, true, false), false, false);
    }

    @Test
    void everyFieldMatchesExtremeWithVolume() {
        final RiskConfig c = RiskConfig.builder(Preset.EXTREME).window(200).numQubits(6).minObservations(40)
                .kernels(JavaKernels.INSTANCE).build();
        run(c, Streams.generate(3, 600, true, false), true, false);
    }

    /**
     * A trade stream on a price grid where about half the ticks repeat the last price: zero
     * returns leave and enter the window together on many ticks, the case where the engine keeps
     * the sorted window, the moments, the MAD and the tail sums as they were (nothing changed).
     */
    @Test
    void everyFieldMatchesOnATradeStreamWithRepeatedPrices() {
        final SplittableRandom rnd = new SplittableRandom(11);
        final List<Tick> ticks = new ArrayList<>();
        long cents = 10_000;
        for (int i = 0; i < 700; i++) {
            if (rnd.nextDouble() < 0.45) {
                cents += rnd.nextBoolean() ? rnd.nextInt(1, 4) : -rnd.nextInt(1, 4);
            }
            final Tick t = new Tick().set(1_000L * i, cents / 100.0);
            t.volume = rnd.nextInt(1, 1_000) * (rnd.nextDouble() < 0.02 ? 50 : 1);
            ticks.add(t);
        }
        final RiskConfig c = RiskConfig.builder().window(128).numQubits(5).kernels(JavaKernels.INSTANCE).build();
        run(c, ticks, true, false);
    }
}
