package io.talebian.offheap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Java ({@link BlockPool}) and C ({@code tlb_pool_*} through FFM) on one pool: same sizes, same
 * header, the same LIFO order, shared double-release detection, and a mixed multi-thread stress
 * with ownership marks. Skipped where {@link OffheapNative} is unavailable.
 */
class PoolInteropTest {

    private OffheapNative c;

    @BeforeEach
    void nativeSide() {
        c = OffheapNative.find().orElse(null);
        assumeTrue(c != null, "offheap native unavailable (JDK < 22 or native library not loaded)");
    }

    @Test
    void sizesHeadersAndAddressesAgree() {
        for (int bs : new int[] {0, 4, 8, 12, 64, 4096}) {
            for (int n : new int[] {-1, 0, 1, 15, 16, 17, 1000}) {
                assertEquals(c.poolBytes(bs, n), PoolDescriptor.bytes(bs, n), "blockSize=" + bs + " blockCount=" + n);
            }
        }
        final BlockPool javaInit = BlockPool.allocate(40, 17);
        final ByteBuffer cMem = OffheapBuffers.allocateAligned((int) PoolDescriptor.bytes(40, 17), 128);
        assertEquals(0, c.poolInit(cMem, 40, 17));
        for (int off = 0; off < javaInit.blockOffset(0); off += 4) {
            assertEquals(javaInit.memory().getInt(off), cMem.getInt(off), "header/links byte offset=" + off);
        }
        final BlockPool attached = BlockPool.attach(cMem);
        for (int i = -1; i <= 17; i++) {
            assertEquals(c.poolBlockOffset(cMem, i), attached.blockOffset(i), "index=" + i);
        }
    }

    @Test
    void javaAndCInterleaveOnOneThread() {
        final BlockPool pool = BlockPool.allocate(8, 4);
        final ByteBuffer mem = pool.memory();
        assertEquals(0, pool.acquire());
        assertEquals(1, c.poolAcquire(mem));
        assertEquals(2, pool.acquire());
        assertEquals(0, c.poolRelease(mem, 0), "C releases a block Java acquired");
        assertTrue(pool.release(1), "Java releases a block C acquired");
        assertEquals(-4, c.poolRelease(mem, 1), "TLB_ERR_STATE: C sees Java's release");
        assertFalse(pool.release(0), "Java sees C's release");
        assertEquals(3, c.poolAvailable(mem));
        assertEquals(3, pool.available());
        assertEquals(1, c.poolAcquire(mem), "LIFO across languages");
        assertEquals(0, pool.acquire());
        assertEquals(3, c.poolAcquire(mem));
        assertEquals(-1, pool.acquire());
        assertEquals(-1, c.poolAcquire(mem));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void javaAndCThreadsShareOnePool() throws Exception {
        final ByteBuffer mem = OffheapBuffers.allocateAligned((int) PoolDescriptor.bytes(16, 3), 128);
        assertEquals(0, c.poolInit(mem, 16, 3));
        final BlockPool pool = BlockPool.attach(mem);
        final AtomicIntegerArray owner = new AtomicIntegerArray(3);
        final int rounds = BlockPoolConcurrencyTest.ROUNDS / 4;
        final Thread[] workers = {
            SpscRingConcurrencyTest.start("java-1", () -> BlockPoolConcurrencyTest.churn(pool, owner, 1, rounds)),
            SpscRingConcurrencyTest.start("java-2", () -> BlockPoolConcurrencyTest.churn(pool, owner, 2, rounds)),
            SpscRingConcurrencyTest.start("c-3", () -> churnC(mem, pool, owner, 3, rounds)),
            SpscRingConcurrencyTest.start("c-4", () -> churnC(mem, pool, owner, 4, rounds)),
        };
        for (Thread w : workers) {
            Backoff.join(w);
        }
        assertEquals(3, c.poolAvailable(mem));
        assertEquals(3, pool.available());
    }

    /** {@link BlockPoolConcurrencyTest#churn} with acquire/release done in C. */
    private void churnC(final ByteBuffer mem, final BlockPool pool, final AtomicIntegerArray owner, final int id,
                        final int rounds) {
        for (int r = 0; r < rounds; r++) {
            final int b = c.poolAcquire(mem);
            if (b < 0) {
                Backoff.idle();
                continue;
            }
            if (!owner.compareAndSet(b, 0, id)) {
                throw new AssertionError("block=" + b + " acquired by id=" + id + " while owned by id=" + owner.get(b));
            }
            mem.putLong(pool.blockOffset(b), id);
            if (mem.getLong(pool.blockOffset(b)) != id) {
                throw new AssertionError("block=" + b + " overwritten while owned by id=" + id);
            }
            owner.set(b, 0);
            final int rc = c.poolRelease(mem, b);
            if (rc != 0) {
                throw new AssertionError("tlb_pool_release(" + b + ") = " + rc);
            }
        }
    }
}
