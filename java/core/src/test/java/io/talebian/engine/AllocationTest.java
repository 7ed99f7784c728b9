package io.talebian.engine;

import io.talebian.kernels.Backend;
import io.talebian.kernels.Backends;
import io.talebian.kernels.Kernels;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Zero allocation per tick in steady state (a correctness check of the property, not a timing):
 * the thread's allocated bytes over 100k ticks after warm-up must not move, with every kernels
 * backend available here. The JIT may allocate a few hundred bytes once while it (re)compiles,
 * so up to three consecutive 100k-tick rounds are measured and the last must be exactly 0; an
 * engine that allocated per tick would show in every round.
 */
class AllocationTest {
    private static final int ROUND = 100_000;

    /** Bytes allocated by the calling thread in the last measured round. */
    static long steadyStateBytes(final Kernels kernels) {
        final java.lang.management.ThreadMXBean base = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(base instanceof com.sun.management.ThreadMXBean, "no allocation counter here");
        final com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) base;
        Assumptions.assumeTrue(mx.isThreadAllocatedMemorySupported(), "no allocation counter here");
        mx.setThreadAllocatedMemoryEnabled(true);
        final RiskConfig c = RiskConfig.builder().window(1024).numQubits(6).kernels(kernels).historySize(32).build();
        final RiskEngine e = new RiskEngine(c);
        final double[] amp = new double[c.amplitudes()];
        java.util.Arrays.fill(amp, 1.0);
        e.registerReferenceState("flat", amp);
        e.recordTradeOutcome(0.01);
        final List<Tick> ticks = Streams.generate(42, 4096, true, true);
        final int n = ticks.size();
        final double[][] f = new double[6][n];
        for (int i = 0; i < n; i++) {
            final Tick t = ticks.get(i);
            f[0][i] = t.price;
            f[1][i] = t.volume;
            f[2][i] = t.bid;
            f[3][i] = t.bidSize;
            f[4][i] = t.ask;
            f[5][i] = t.askSize;
        }
        final Tick tick = new Tick();
        final Assessment out = new Assessment(c.maxReferenceStates());
        long time = 0;
        mx.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 30_000; i++) { // warm-up
            final int j = i % n;
            e.assess(tick.set(++time, f[0][j], f[1][j]).quote(f[2][j], f[3][j], f[4][j], f[5][j]), out);
        }
        long bytes = -1;
        for (int round = 0; round < 3 && bytes != 0; round++) {
            final long before = mx.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < ROUND; i++) {
                final int j = i % n;
                e.assess(tick.set(++time, f[0][j], f[1][j]).quote(f[2][j], f[3][j], f[4][j], f[5][j]), out);
            }
            bytes = mx.getCurrentThreadAllocatedBytes() - before;
        }
        return bytes;
    }

    @Test
    void noAllocationPerTickWithJavaKernels() {
        assertEquals(0L, steadyStateBytes(Backends.get(Backend.JAVA)), "bytes allocated over " + ROUND
                + " ticks at W=1024 with the java kernels");
    }

    /** The native and vector backends too (long: only in the first suite run). */
    @Tag("long")
    @TestFactory
    List<DynamicTest> noAllocationPerTickOnEveryOtherBackend() {
        final List<DynamicTest> tests = new ArrayList<>();
        for (Backend b : Backends.available()) {
            if (b == Backend.JAVA) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(b.id(), () -> {
                final long bytes = steadyStateBytes(Backends.get(b));
                assertEquals(0L, bytes, "bytes allocated over " + ROUND + " ticks at W=1024 with the " + b.id()
                        + " kernels");
            }));
        }
        return tests;
    }
}
