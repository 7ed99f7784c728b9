package io.talebian.engine;

import io.talebian.kernels.Backend;
import io.talebian.kernels.Backends;
import io.talebian.kernels.JavaKernels;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Whichever kernels backend runs the engine, and whichever way the tail sums are formed (sorted
 * tails or the kernel), every field agrees within 1e-9 relative with Java kernels in KERNEL mode
 * (the regime similarity too: every backend encodes with the same tanh table, {@code TanhTable}).
 */
class BackendEquivalenceTest {

    @Test
    void everyAvailableBackendMatchesJava() {
        final List<Tick> ticks = Streams.generate(77, 800, true, true);
        for (Backend b : Backends.available()) {
          for (TailSumsMode mode : TailSumsMode.values()) {
            for (int window : new int[] {16, 256}) {
                final RiskConfig base = RiskConfig.builder().window(window).numQubits(window == 16 ? 4 : 8)
                        .minObservations(16).swanMinLosses(16).momentumWindow(8).build();
                final RiskEngine ref = new RiskEngine(base.toBuilder().kernels(JavaKernels.INSTANCE)
                        .tailSums(TailSumsMode.KERNEL).build());
                final RiskEngine got = new RiskEngine(base.toBuilder().kernels(Backends.get(b)).tailSums(mode).build());
                final double[] amp = new double[base.amplitudes()];
                for (int i = 0; i < amp.length; i++) {
                    amp[i] = Math.cos(0.3 * i);
                }
                ref.registerReferenceState("cos", amp);
                got.registerReferenceState("cos", amp);
                final Assessment x = new Assessment();
                final Assessment y = new Assessment();
                for (int i = 0; i < ticks.size(); i++) {
                    ref.assess(ticks.get(i), x);
                    got.assess(ticks.get(i), y);
                    final String where = b.id() + " " + mode + " W=" + window + " tick " + i;
                    Streams.assertSame(where, x, y, 1e-9, 1e-15);
                }
            }
          }
        }
    }
}
