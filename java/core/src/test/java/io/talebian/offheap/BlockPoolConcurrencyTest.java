package io.talebian.offheap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several threads acquire and release blocks of one {@link BlockPool}. Each acquired block gets an
 * ownership mark (a CAS from 0 to the thread's id in a side table, which must succeed: a block
 * handed out twice would find the mark taken) and the owner's id written into the block itself,
 * checked again before release. Few blocks and many threads make contention, and ABA windows,
 * frequent.
 */
class BlockPoolConcurrencyTest {

    static final int THREADS = 4;
    static final int ROUNDS = 200_000;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void noBlockIsHandedOutTwice() throws Exception {
        final BlockPool pool = BlockPool.allocate(16, 3);
        final AtomicIntegerArray owner = new AtomicIntegerArray(pool.blockCount());
        final Thread[] workers = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            final int id = t + 1;
            workers[t] = SpscRingConcurrencyTest.start("pool-" + id, () -> churn(pool, owner, id, ROUNDS));
        }
        for (Thread w : workers) {
            Backoff.join(w);
        }
        assertEquals(pool.blockCount(), pool.available());
    }

    /** Acquire up to two blocks, mark, verify, unmark, release; {@code rounds} times. */
    static void churn(final BlockPool pool, final AtomicIntegerArray owner, final int id, final int rounds) {
        final int[] held = new int[2];
        for (int r = 0; r < rounds; r++) {
            int n = 0;
            for (int k = 0; k < 1 + (r & 1); k++) {
                final int b = pool.acquire();
                if (b < 0) {
                    continue;
                }
                if (!owner.compareAndSet(b, 0, id)) {
                    throw new AssertionError("block=" + b + " acquired by id=" + id
                        + " while owned by id=" + owner.get(b));
                }
                pool.memory().putLong(pool.blockOffset(b), id);
                held[n++] = b;
            }
            if (n == 0) {
                Backoff.idle();
            }
            for (int k = 0; k < n; k++) {
                final int b = held[k];
                final long mark = pool.memory().getLong(pool.blockOffset(b));
                if (mark != id) {
                    throw new AssertionError("block=" + b + " content=" + mark
                        + " overwritten while owned by id=" + id);
                }
                owner.set(b, 0);
                if (!pool.release(b)) {
                    throw new AssertionError("release(" + b + ") failed");
                }
            }
        }
    }
}
