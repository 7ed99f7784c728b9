package io.talebian.offheap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * {@code OffheapSegments} (JDK 22 part), reached by reflection since tests compile for 17: a ring
 * and a pool in a shared {@code Arena}, used by Java and C, and closed safely (access after
 * {@code close()} throws instead of touching freed memory). Skipped on JDK &lt; 22.
 */
class SegmentRingTest {

    @Test
    void ringAndPoolInASharedArena() throws Exception {
        assumeTrue(Runtime.version().feature() >= 22, "needs JDK 22+ (FFM)");
        final Class<?> arenaClass = Class.forName("java.lang.foreign.Arena");
        final Class<?> segments = Class.forName("io.talebian.offheap.OffheapSegments");
        final Object arena = arenaClass.getMethod("ofShared").invoke(null);
        final SpscRing ring;
        try {
            ring = (SpscRing) segments.getMethod("allocateRing", arenaClass, long.class, int.class)
                .invoke(null, arena, 16L, 8);
            final BlockPool pool = (BlockPool) segments.getMethod("allocatePool", arenaClass, int.class, int.class)
                .invoke(null, arena, 32, 4);
            assertEquals(0, ring.memory().alignmentOffset(0, RingDescriptor.ALIGNMENT));
            assertTrue(ring.offer(7L));
            final Object segment = segments.getMethod("segment", ByteBuffer.class).invoke(null, ring.memory());
            final Class<?> segmentClass = Class.forName("java.lang.foreign.MemorySegment");
            final long address = (long) segmentClass.getMethod("address").invoke(segment);
            assertEquals(0, address % RingDescriptor.ALIGNMENT, "C gets an aligned tlb_ring_t *");
            final OffheapNative c = OffheapNative.find().orElse(null);
            if (c != null) {
                final ByteBuffer out = ByteBuffer.allocateDirect(8).order(ByteOrder.LITTLE_ENDIAN);
                assertEquals(1, c.ringPop(ring.memory(), out, 0));
                assertEquals(7L, out.getLong(0));
                final int b = c.poolAcquire(pool.memory());
                assertTrue(pool.release(b), "a block C acquired is released by Java");
            } else {
                assertEquals(7L, ring.poll(-1));
            }
            final SpscRing attached = (SpscRing) segments.getMethod("attachRing", segmentClass)
                .invoke(null, segment);
            assertTrue(attached.offer(8L));
            assertEquals(8L, ring.poll(-1));
            assertEquals(4, pool.available());
        } finally {
            ((AutoCloseable) arena).close();
        }
        assertThrows(IllegalStateException.class, () -> ring.offer(1L), "the arena is closed");
    }
}
