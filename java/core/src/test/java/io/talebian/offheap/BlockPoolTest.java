package io.talebian.offheap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** Single-thread behaviour of {@link BlockPool}, its header, and the ABA scenario. */
class BlockPoolTest {

    @Test
    void handsOutEveryBlockOnceThenMinusOne() {
        final BlockPool pool = BlockPool.allocate(64, 10);
        assertEquals(10, pool.available());
        final BitSet seen = new BitSet();
        for (int i = 0; i < 10; i++) {
            final int b = pool.acquire();
            assertTrue(b >= 0 && b < 10, "block=" + b);
            assertFalse(seen.get(b), "block=" + b + " handed out twice");
            seen.set(b);
        }
        assertEquals(-1, pool.acquire());
        assertEquals(0, pool.available());
        assertTrue(pool.release(3));
        assertEquals(1, pool.available());
        assertEquals(3, pool.acquire());
        assertFalse(pool.release(10));
        assertFalse(pool.release(-1));
    }

    @Test
    void doubleReleaseAndNeverAcquiredAreRefused() {
        final BlockPool pool = BlockPool.allocate(8, 4);
        assertFalse(pool.release(2), "block 2 was never handed out");
        final int b = pool.acquire();
        assertEquals(PoolDescriptor.NEXT_ACQUIRED, pool.nextOpaque(b));
        assertTrue(pool.release(b));
        assertFalse(pool.release(b), "double release");
        assertEquals(4, pool.available());
        final BitSet seen = new BitSet();
        for (int i = 0; i < 4; i++) {
            seen.set(pool.acquire());
        }
        assertEquals(4, seen.cardinality(), "the list survived the refused releases");
    }

    @Test
    void lifoOrderAndBlockAddresses() {
        final BlockPool pool = BlockPool.allocate(24, 5);
        assertEquals(0, pool.acquire());
        assertEquals(1, pool.acquire());
        pool.release(0);
        pool.release(1);
        assertEquals(1, pool.acquire());
        assertEquals(0, pool.acquire());
        final long blocks = PoolDescriptor.blocksOffset(5);
        assertEquals(0, blocks % 64);
        assertEquals(blocks, pool.blockOffset(0));
        assertEquals(blocks + 4 * 24, pool.blockOffset(4));
        assertEquals(-1, pool.blockOffset(5));
        assertEquals(PoolDescriptor.bytes(24, 5), pool.memory().capacity());
        pool.memory().putLong(pool.blockOffset(4) + 16, -1L); // the last block's last word is in range
    }

    @Test
    void initWritesTheCHeaderAndAttachReadsIt() {
        final BlockPool pool = BlockPool.allocate(16, 100);
        final ByteBuffer m = pool.memory();
        assertEquals(16, m.getInt(PoolDescriptor.BLOCK_SIZE_OFFSET));
        assertEquals(100, m.getInt(PoolDescriptor.BLOCK_COUNT_OFFSET));
        assertEquals(PoolDescriptor.MAGIC, m.getInt(PoolDescriptor.MAGIC_OFFSET));
        assertEquals(PoolDescriptor.blocksOffset(100), m.getLong(PoolDescriptor.BLOCKS_OFFSET_OFFSET));
        assertEquals(256 + 448, PoolDescriptor.blocksOffset(100));
        final int a = pool.acquire();
        final BlockPool again = BlockPool.attach(m);
        assertEquals(99, again.available());
        assertNotEquals(a, again.acquire());
        m.putInt(PoolDescriptor.MAGIC_OFFSET, 0);
        assertThrows(IllegalArgumentException.class, () -> BlockPool.attach(m));
        assertEquals(0, PoolDescriptor.bytes(12, 4));
        assertEquals(0, PoolDescriptor.bytes(8, 0));
        assertThrows(IllegalArgumentException.class, () -> BlockPool.allocate(0, 4));
    }

    /**
     * ABA: thread T reads head = (tag, A) and link next[A] = B, then stalls. Meanwhile others pop A,
     * pop B and push A back: the top is A again but B is in use. T's CAS, (tag, A) -> (tag+1, B),
     * would hand out B twice; the tag makes it fail.
     */
    @Test
    void staleHeadCasFailsAfterPopPopPush() {
        final BlockPool pool = BlockPool.allocate(8, 4);
        final long staleHead = pool.headAcquire();
        final int a = PoolDescriptor.headIndex(staleHead);
        final int staleNext = pool.nextOpaque(a);
        assertEquals(a, pool.acquire());
        final int b = pool.acquire();
        assertEquals(staleNext, b + 1);
        assertTrue(pool.release(a));
        final long now = pool.headAcquire();
        assertEquals(a, PoolDescriptor.headIndex(now), "the top is A again");
        assertNotEquals(staleHead, now, "but the tag moved on");
        final long staleUpdate = PoolDescriptor.head(PoolDescriptor.headTag(staleHead) + 1, staleNext - 1);
        assertFalse(pool.casHead(staleHead, staleUpdate), "stale CAS must fail");
        assertEquals(a, pool.acquire());
        final int c = pool.acquire();
        assertNotEquals(b, c, "B is still owned and must not be handed out");
    }

    @Test
    void tagWrapsWithoutLosingTheIndex() {
        final BlockPool pool = BlockPool.allocate(8, 2);
        pool.memory().putLong(PoolDescriptor.HEAD_OFFSET, PoolDescriptor.head(-1, 0)); // tag 0xFFFFFFFF
        assertEquals(0, pool.acquire());
        assertEquals(0, PoolDescriptor.headTag(pool.headAcquire()));
        assertEquals(1, pool.acquire());
        assertEquals(-1, pool.acquire());
        assertTrue(pool.release(0));
        assertEquals(0, pool.acquire());
    }
}
