package io.talebian.bench;

import io.talebian.engine.Assessment;
import io.talebian.engine.RiskConfig;
import io.talebian.engine.RiskEngine;
import io.talebian.engine.TailSumsMode;
import io.talebian.engine.Tick;
import io.talebian.kernels.Kernels;

/** Builds warmed-up engines for the engine benchmarks. */
final class EngineFixture {

    private EngineFixture() {
    }

    /**
     * The aggressive (default) preset with {@code window}, on {@code kernels}: {@code auto} leaves
     * the engine's own choice ({@code Backends.forSize(window)}); any other name is a backend of
     * {@link KernelChoice}.
     */
    static RiskConfig config(final int window, final String kernels) {
        return config(window, kernels, "sorted");
    }

    /** As {@link #config(int, String)}, with the tail-sums mode {@code sorted} (the default) or {@code kernel}. */
    static RiskConfig config(final int window, final String kernels, final String tailSums) {
        final RiskConfig.Builder b = RiskConfig.builder().window(window).tailSums(TailSumsMode.parse(tailSums));
        if (!"auto".equals(kernels)) {
            final Kernels k = KernelChoice.kernels(kernels);
            b.kernels(k);
        }
        return b.build();
    }

    /**
     * Feeds {@code engine} ticks from {@code replay} until the window is full and warm-up is over
     * (at least 2 windows + 1,000 ticks), so measured ticks are steady-state ticks.
     */
    static void warm(final RiskEngine engine, final TickReplay replay, final int window) {
        final Tick t = new Tick();
        final Assessment a = new Assessment(engine.config().maxReferenceStates());
        final int n = 2 * window + 1_000;
        for (int k = 0; k < n || a.isWarmingUp() && k < 100 * window + 100_000; k++) {
            engine.assess(replay.next(t), a);
        }
        if (a.isWarmingUp()) {
            throw new IllegalStateException("engine still warming up after " + engine.tickCount() + " ticks");
        }
    }

    /** Registers {@code count} reference states (the current encoding, then shifted copies). */
    static void registerStates(final RiskEngine engine, final int count) {
        final int q = engine.config().amplitudes();
        final double[] amp = engine.currentRegimeState(new double[q]);
        for (int s = 0; s < count; s++) {
            final double[] shifted = new double[q];
            for (int i = 0; i < q; i++) {
                shifted[i] = amp[(i + s) % q] + 1e-3 * (s + 1);
            }
            engine.registerReferenceState("state-" + s, shifted);
        }
    }
}
