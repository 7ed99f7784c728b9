package io.talebian.offheap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** Single-thread behaviour of {@link SpscRing}: sentinels, wraparound, batches, records, header. */
class SpscRingTest {

    private static final long EMPTY = Long.MIN_VALUE;

    @Test
    void emptyAndFullAreSentinels() {
        final SpscRing ring = SpscRing.allocate(4, 8);
        assertEquals(EMPTY, ring.poll(EMPTY));
        for (int i = 0; i < 4; i++) {
            assertTrue(ring.offer(i));
        }
        assertFalse(ring.offer(99));
        assertEquals(4, ring.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(i, ring.poll(EMPTY));
        }
        assertEquals(EMPTY, ring.poll(EMPTY));
        assertEquals(0, ring.size());
    }

    @Test
    void wrapsAroundTheSlotsManyTimes() {
        final SpscRing ring = SpscRing.allocate(8, 8);
        long next = 0;
        long expected = 0;
        for (int round = 0; round < 1000; round++) {
            final int burst = 1 + round % 8;
            for (int i = 0; i < burst; i++) {
                assertTrue(ring.offer(next++));
            }
            for (int i = 0; i < burst; i++) {
                assertEquals(expected++, ring.poll(EMPTY));
            }
        }
        assertEquals(next, cursor(ring, RingDescriptor.TAIL_OFFSET));
        assertEquals(next, cursor(ring, RingDescriptor.HEAD_OFFSET));
    }

    @Test
    void cursorsWrapModTwoToThe64() {
        final SpscRing fresh = SpscRing.allocate(8, 8);
        final ByteBuffer mem = fresh.memory();
        final long start = -5; // 2^64 - 5 as uint64: the cursors cross zero below
        mem.putLong(RingDescriptor.HEAD_OFFSET, start).putLong(RingDescriptor.TAIL_OFFSET, start);
        final SpscRing ring = SpscRing.attach(mem);
        for (long v = 0; v < 100; v++) {
            assertTrue(ring.offer(v));
            assertTrue(ring.offer(v + 1000));
            assertEquals(2, ring.size());
            assertEquals(v, ring.poll(EMPTY));
            assertEquals(v + 1000, ring.poll(EMPTY));
        }
        for (int i = 0; i < 8; i++) {
            assertTrue(ring.offer(i));
        }
        assertFalse(ring.offer(8));
        assertEquals(start + 208, cursor(ring, RingDescriptor.TAIL_OFFSET));
    }

    @Test
    void batchesStopAtFullAndEmpty() {
        final SpscRing ring = SpscRing.allocate(16, 8);
        final long[] src = new long[40];
        for (int i = 0; i < src.length; i++) {
            src[i] = i * 7L;
        }
        assertEquals(16, ring.offer(src, 0, 40));
        assertEquals(0, ring.offer(src, 16, 24));
        final long[] dst = new long[40];
        assertEquals(10, ring.poll(dst, 0, 10));
        assertEquals(10, ring.offer(src, 16, 24));
        assertEquals(16, ring.poll(dst, 10, 30));
        assertEquals(0, ring.poll(dst, 26, 14));
        for (int i = 0; i < 26; i++) {
            assertEquals(src[i], dst[i]);
        }
    }

    @Test
    void doubleRecordsAndByteBufferElements() {
        final SpscRing ring = SpscRing.allocate(4, 24);
        final double[] rec = {1.5, -2.25, Double.NaN};
        for (int i = 0; i < 4; i++) {
            rec[0] = i;
            assertTrue(ring.offer(rec, 0));
        }
        assertFalse(ring.offer(rec, 0));
        final double[] out = new double[4];
        assertTrue(ring.poll(out, 1));
        assertArrayEquals(new double[] {0, 0, -2.25, Double.NaN}, out);
        final ByteBuffer el = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        assertTrue(ring.poll(el, 8));
        assertEquals(1.0, el.getDouble(8));
        el.putDouble(8, 42.0);
        assertTrue(ring.offer(el, 8));
        assertTrue(ring.poll(out, 0));
        assertTrue(ring.poll(out, 0));
        assertTrue(ring.poll(out, 0));
        assertEquals(42.0, out[0]);
        assertFalse(ring.poll(out, 0));
    }

    @Test
    void initWritesTheCHeader() {
        final SpscRing ring = SpscRing.allocate(64, 16);
        final ByteBuffer m = ring.memory();
        assertEquals(RingDescriptor.bytes(64, 16), m.capacity());
        assertEquals(64, m.getLong(RingDescriptor.CAPACITY_OFFSET));
        assertEquals(63, m.getLong(RingDescriptor.MASK_OFFSET));
        assertEquals(16, m.getInt(RingDescriptor.ELEM_SIZE_OFFSET));
        assertEquals(RingDescriptor.MAGIC, m.getInt(RingDescriptor.MAGIC_OFFSET));
        assertEquals(0, m.alignmentOffset(0, RingDescriptor.ALIGNMENT));
    }

    @Test
    void rejectsBadGeometryAndMemory() {
        assertEquals(0, RingDescriptor.bytes(3, 8));
        assertEquals(0, RingDescriptor.bytes(1, 8));
        assertEquals(0, RingDescriptor.bytes(4, 12));
        assertEquals(0, RingDescriptor.bytes(4, 0));
        assertEquals(384 + 4 * 8, RingDescriptor.bytes(4, 8));
        assertThrows(IllegalArgumentException.class, () -> SpscRing.allocate(6, 8));
        final ByteBuffer small = OffheapBuffers.allocateAligned(384 + 16, 128);
        assertThrows(IllegalArgumentException.class, () -> SpscRing.init(small, 4, 8));
        assertThrows(IllegalArgumentException.class, () -> SpscRing.attach(small));
        final ByteBuffer heap = ByteBuffer.allocate(1024);
        assertThrows(IllegalArgumentException.class, () -> SpscRing.init(heap, 4, 8));
        final ByteBuffer misaligned = OffheapBuffers.allocateAligned(2048, 128).slice(8, 1024);
        assertThrows(IllegalArgumentException.class, () -> SpscRing.init(misaligned, 4, 8));
        final SpscRing wide = SpscRing.allocate(4, 16);
        assertThrows(IllegalStateException.class, () -> wide.offer(1L));
    }

    private static long cursor(final SpscRing ring, final int offset) {
        return ring.memory().getLong(offset);
    }
}
