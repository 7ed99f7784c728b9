package io.talebian.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talebian.kernels.Backend;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link QuantumStatePool}: distinct pre-allocated states, exhaustion, double release, threads. */
class QuantumStatePoolTest {

    @Test
    void handsOutDistinctPreallocatedStates() {
        final QuantumStatePool pool = new QuantumStatePool(256, 5);
        assertEquals(5, pool.available());
        final Map<double[], Integer> seen = new IdentityHashMap<>();
        for (int i = 0; i < 5; i++) {
            final int h = pool.acquire();
            final double[] s = pool.state(h);
            assertEquals(256, s.length);
            assertNull(seen.put(s, h), "state handed out twice");
        }
        assertEquals(-1, pool.acquire());
        assertTrue(pool.release(2));
        assertFalse(pool.release(2), "double release");
        assertFalse(pool.release(5));
        final int again = pool.acquire();
        assertEquals(2, again);
        assertEquals(seen.entrySet().stream().filter(e -> e.getValue() == 2).findFirst().get().getKey(),
            pool.state(again), "the same array comes back: nothing is allocated per use");
        assertNotSame(pool.state(0), pool.state(1));
        assertThrows(IllegalArgumentException.class, () -> new QuantumStatePool(0, 1));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void threadsEncodeIntoPooledStatesWithoutSharing() throws Exception {
        final QuantumStatePool pool = new QuantumStatePool(16, 3);
        final AmplitudeEncoder enc = AmplitudeEncoder.of(Backend.JAVA);
        final AtomicIntegerArray owner = new AtomicIntegerArray(3);
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            final int id = t + 1;
            ts[t] = new Thread(() -> {
                try {
                    final double[] z = new double[16];
                    for (int r = 0; r < 20_000; r++) {
                        final int h = pool.acquire();
                        if (h < 0) {
                            Thread.yield();
                            continue;
                        }
                        if (!owner.compareAndSet(h, 0, id)) {
                            throw new AssertionError("handle=" + h + " given to id=" + id + " and id=" + owner.get(h));
                        }
                        z[0] = id;
                        final double[] s = pool.state(h);
                        enc.encode(z, s);
                        if (s[0] != 1.0) {
                            throw new AssertionError("state " + h + " changed under its owner: " + s[0]);
                        }
                        owner.set(h, 0);
                        pool.release(h);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertEquals(3, pool.available());
    }
}
