package io.talebian.engine;

import io.talebian.kernels.JavaKernels;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** snapshot()/restore(): a resumed engine gives the same assessments as one that never stopped. */
class SnapshotTest {

    @Test
    void resumesIdentically() {
        final RiskConfig c = RiskConfig.builder(Preset.EXTREME).window(128).numQubits(6).historySize(8)
                .kernels(JavaKernels.INSTANCE).build();
        final List<Tick> ticks = Streams.generate(21, 1200, true, true);
        final RiskEngine a = new RiskEngine(c);
        final double[] amp = new double[64];
        for (int i = 0; i < 64; i++) {
            amp[i] = Math.sin(i);
        }
        a.registerReferenceState("sine", amp);
        final Assessment x = new Assessment();
        final Assessment y = new Assessment();
        for (int i = 0; i < 500; i++) {
            if (i % 50 == 7) {
                a.recordTradeOutcome(i % 3 == 0 ? -0.01 : 0.02);
            }
            a.assess(ticks.get(i), x);
        }
        final byte[] snap = a.snapshot();
        final RiskEngine b = RiskEngine.restore(snap, JavaKernels.INSTANCE);
        assertArrayEquals(snap, b.snapshot());
        assertEquals(a.tickCount(), b.tickCount());
        assertEquals(a.referenceStateNames(), b.referenceStateNames());
        assertEquals(a.config().toString(), b.config().toString());
        for (int ago = 0; ago < a.historySize(); ago++) {
            Streams.assertSame("history " + ago, a.history(ago, x), b.history(ago, y), 0, 0);
        }
        for (int i = 500; i < ticks.size(); i++) {
            if (i % 50 == 7) {
                a.recordTradeOutcome(0.01);
                b.recordTradeOutcome(0.01);
            }
            a.assess(ticks.get(i), x);
            b.assess(ticks.get(i), y);
            Streams.assertSame("tick " + i, x, y, 0, 0);
        }
        assertArrayEquals(a.snapshot(), b.snapshot());
    }

    @Test
    void corruptSnapshotsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RiskEngine.restore(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        final byte[] snap = new RiskEngine(RiskConfig.builder().window(32).build()).snapshot();
        assertThrows(IllegalArgumentException.class,
                () -> RiskEngine.restore(java.util.Arrays.copyOf(snap, snap.length - 3)));
    }
}
