package io.talebian.offheap;

import static io.talebian.offheap.RingDescriptor.CAPACITY_OFFSET;
import static io.talebian.offheap.RingDescriptor.ELEM_SIZE_OFFSET;
import static io.talebian.offheap.RingDescriptor.HEADER_BYTES;
import static io.talebian.offheap.RingDescriptor.HEAD_OFFSET;
import static io.talebian.offheap.RingDescriptor.MAGIC;
import static io.talebian.offheap.RingDescriptor.MAGIC_OFFSET;
import static io.talebian.offheap.RingDescriptor.MASK_OFFSET;
import static io.talebian.offheap.RingDescriptor.TAIL_OFFSET;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A single-producer single-consumer ring over native memory laid out exactly as {@code tlb_ring_t}
 * ({@link RingDescriptor}), so a Java producer can feed a C consumer ({@code tlb_ring_pop}) and a
 * C producer ({@code tlb_ring_push}) can feed a Java consumer, on the same bytes at the same time.
 *
 * <p>Threading contract: at any moment one thread produces ({@code offer*}) and one thread
 * consumes ({@code poll*}); {@link #size()} and the getters may be called from either. The roles
 * may move to another thread, another {@code SpscRing} over the same memory, or C, only across a
 * happens-before edge (thread start/join, a volatile hand-off). The object itself (its cursor
 * caches are plain fields) must be published safely to the threads that use it.
 *
 * <p>Memory ordering (the protocol C follows too): the producer writes the slot with plain stores
 * and then publishes it with a <em>release</em> store of {@code tail}; the consumer reads
 * {@code tail} with an <em>acquire</em> load, reads the slot, and frees it with a release store of
 * {@code head}, which the producer reads with an acquire load before overwriting the slot. Each
 * side reads its own cursor plain and caches the other side's cursor (refreshed only when the
 * cached value says full/empty), so the fast path touches no shared line but the slot.
 *
 * <p>No method allocates or throws on the hot path: full and empty are sentinel returns. Argument
 * checks (element size of the call flavour, record bounds) are on unless
 * {@code -Dtalebian.offheap.checks=false}; the ByteBuffer's own bounds checks always remain.
 */
public final class SpscRing extends SpscRingPadding.Pad2 {

    static final boolean CHECKS = !"false".equals(System.getProperty("talebian.offheap.checks"));

    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final ByteBuffer memory;
    private final long capacity;
    private final long mask;
    private final int elemSize;

    private SpscRing(final ByteBuffer memory, final long capacity, final int elemSize) {
        this.memory = memory;
        this.capacity = capacity;
        this.mask = capacity - 1;
        this.elemSize = elemSize;
        headCachePlain(headAcquire());
        tailCachePlain(tailAcquire());
    }

    /**
     * Initialises a ring in {@code mem} (direct, {@value RingDescriptor#ALIGNMENT}-byte aligned at
     * index 0, at least {@link RingDescriptor#bytes} long) as {@code tlb_ring_init} does: empty,
     * cursors 0, magic written last with release. Not thread-safe against users of {@code mem}.
     */
    public static SpscRing init(final ByteBuffer mem, final long capacity, final int elemSize) {
        final int bytes = checkedBytes(mem, capacity, elemSize);
        final ByteBuffer ring = mem.slice(0, bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < HEADER_BYTES; i += 8) {
            LONGS.set(ring, i, 0L);
        }
        LONGS.set(ring, CAPACITY_OFFSET, capacity);
        LONGS.set(ring, MASK_OFFSET, capacity - 1);
        INTS.set(ring, ELEM_SIZE_OFFSET, elemSize);
        INTS.setRelease(ring, MAGIC_OFFSET, MAGIC); // release: publishes the header written above
        return new SpscRing(ring, capacity, elemSize);
    }

    /**
     * Attaches to a ring already initialised in {@code mem} (by Java or by {@code tlb_ring_init}),
     * checking magic and geometry as C does ({@code TLB_ERR_LAYOUT}); the cursors are kept.
     */
    public static SpscRing attach(final ByteBuffer mem) {
        OffheapBuffers.checkDirectAligned(mem, RingDescriptor.ALIGNMENT, "ring");
        if (mem.capacity() < HEADER_BYTES) {
            throw new IllegalArgumentException("ring: memory bytes=" + mem.capacity() + " < header " + HEADER_BYTES);
        }
        final int magic = (int) INTS.getAcquire(mem, MAGIC_OFFSET); // acquire: pairs with init's release
        final long capacity = (long) LONGS.get(mem, CAPACITY_OFFSET);
        final int elemSize = (int) INTS.get(mem, ELEM_SIZE_OFFSET);
        final long mask = (long) LONGS.get(mem, MASK_OFFSET);
        if (magic != MAGIC || mask != capacity - 1) {
            throw new IllegalArgumentException(String.format("ring: bad header magic=0x%08x (expected 0x%08x) "
                + "capacity=%d mask=%d", magic, MAGIC, capacity, mask));
        }
        final int bytes = checkedBytes(mem, capacity, elemSize);
        return new SpscRing(mem.slice(0, bytes).order(ByteOrder.LITTLE_ENDIAN), capacity, elemSize);
    }

    /** A ring over freshly allocated, aligned direct memory (see {@link OffheapBuffers#allocateAligned}). */
    public static SpscRing allocate(final long capacity, final int elemSize) {
        final long bytes = RingDescriptor.bytes(capacity, elemSize);
        if (bytes == 0 || bytes > Integer.MAX_VALUE - RingDescriptor.ALIGNMENT) {
            throw new IllegalArgumentException("ring: capacity=" + capacity + " elemSize=" + elemSize
                + " gives bytes=" + bytes + "; need a power-of-two capacity >= 2, elemSize % 8 == 0, < 2 GiB");
        }
        return init(OffheapBuffers.allocateAligned((int) bytes, RingDescriptor.ALIGNMENT), capacity, elemSize);
    }

    private static int checkedBytes(final ByteBuffer mem, final long capacity, final int elemSize) {
        OffheapBuffers.checkDirectAligned(mem, RingDescriptor.ALIGNMENT, "ring");
        final long bytes = RingDescriptor.bytes(capacity, elemSize);
        if (bytes == 0) {
            throw new IllegalArgumentException("ring: capacity=" + capacity + " elemSize=" + elemSize
                + ": need a power-of-two capacity >= 2 and elemSize a multiple of 8, >= 8");
        }
        if (bytes > mem.capacity()) {
            throw new IllegalArgumentException("ring: needs bytes=" + bytes + " > memory bytes=" + mem.capacity());
        }
        return (int) bytes;
    }

    // ------------------------------------------------------------------ cursor accesses, by ordering

    private long headPlain() {
        return (long) LONGS.get(memory, HEAD_OFFSET);
    }

    private long headAcquire() {
        return (long) LONGS.getAcquire(memory, HEAD_OFFSET);
    }

    private void headRelease(final long value) {
        LONGS.setRelease(memory, HEAD_OFFSET, value);
    }

    private long tailPlain() {
        return (long) LONGS.get(memory, TAIL_OFFSET);
    }

    private long tailAcquire() {
        return (long) LONGS.getAcquire(memory, TAIL_OFFSET);
    }

    private void tailRelease(final long value) {
        LONGS.setRelease(memory, TAIL_OFFSET, value);
    }

    private int slot(final long cursor) {
        return (int) (HEADER_BYTES + (cursor & mask) * elemSize);
    }

    /**
     * Producer: how many of {@code wanted} slots are free from {@code tail}, refreshing the cached
     * head (acquire) only when the cache says fewer than wanted.
     */
    private long freeSlots(final long tail, final long wanted) {
        long free = capacity - (tail - headCachePlain());
        if (free < wanted) {
            headCachePlain(headAcquire()); // acquire: the consumer is done with the slots before head
            free = capacity - (tail - headCachePlain());
        }
        return free;
    }

    /**
     * Consumer: how many elements are readable from {@code head}, refreshing the cached tail
     * (acquire) only when the cache says fewer than wanted.
     */
    private long readable(final long head, final long wanted) {
        long ready = tailCachePlain() - head;
        if (ready < wanted) {
            tailCachePlain(tailAcquire()); // acquire: slot contents before tail are visible
            ready = tailCachePlain() - head;
        }
        return ready;
    }

    // ------------------------------------------------------------------ 8-byte elements

    /** Producer: pushes {@code value} (ring of 8-byte elements). Returns false when full. */
    public boolean offer(final long value) {
        if (CHECKS) {
            checkElemSize(8);
        }
        final long tail = tailPlain();
        if (freeSlots(tail, 1) < 1) {
            return false;
        }
        LONGS.set(memory, slot(tail), value);
        tailRelease(tail + 1); // publishes the slot
        return true;
    }

    /** Producer: pushes up to {@code len} values of {@code src[off..]}; returns how many (0 when full). */
    public int offer(final long[] src, final int off, final int len) {
        if (CHECKS) {
            checkElemSize(8);
            checkRange(src.length, off, len);
        }
        final long tail = tailPlain();
        final int n = (int) Math.min(len, freeSlots(tail, len));
        for (int i = 0; i < n; i++) {
            LONGS.set(memory, slot(tail + i), src[off + i]);
        }
        if (n > 0) {
            tailRelease(tail + n); // publishes the n slots
        }
        return n;
    }

    /**
     * Consumer: pops one value, or returns {@code valueIfEmpty} when the ring is empty. Payloads
     * that may take any value use {@link #poll(long[], int, int)}, whose count is unambiguous.
     */
    public long poll(final long valueIfEmpty) {
        if (CHECKS) {
            checkElemSize(8);
        }
        final long head = headPlain();
        if (readable(head, 1) <= 0) {
            return valueIfEmpty;
        }
        final long value = (long) LONGS.get(memory, slot(head));
        headRelease(head + 1); // frees the slot for the producer
        return value;
    }

    /** Consumer: pops up to {@code max} values into {@code dst[off..]}; returns how many (0 when empty). */
    public int poll(final long[] dst, final int off, final int max) {
        if (CHECKS) {
            checkElemSize(8);
            checkRange(dst.length, off, max);
        }
        final long head = headPlain();
        final int n = (int) Math.min(max, Math.max(0, readable(head, max)));
        for (int i = 0; i < n; i++) {
            dst[off + i] = (long) LONGS.get(memory, slot(head + i));
        }
        if (n > 0) {
            headRelease(head + n); // frees the n slots
        }
        return n;
    }

    // ------------------------------------------------------------------ fixed-size elements

    /** Producer: copies one element of {@link #elementSize()} bytes from {@code src[srcIndex..]}; false when full. */
    public boolean offer(final ByteBuffer src, final int srcIndex) {
        final long tail = tailPlain();
        if (freeSlots(tail, 1) < 1) {
            return false;
        }
        memory.put(slot(tail), src, srcIndex, elemSize);
        tailRelease(tail + 1); // publishes the slot
        return true;
    }

    /** Consumer: copies one element into {@code dst[dstIndex..]}; false when empty. */
    public boolean poll(final ByteBuffer dst, final int dstIndex) {
        final long head = headPlain();
        if (readable(head, 1) <= 0) {
            return false;
        }
        dst.put(dstIndex, memory, slot(head), elemSize);
        headRelease(head + 1); // frees the slot
        return true;
    }

    /** Producer: copies one record of {@code elementSize()/8} doubles from {@code src[off..]}; false when full. */
    public boolean offer(final double[] src, final int off) {
        final int width = elemSize >>> 3;
        if (CHECKS) {
            checkRange(src.length, off, width);
        }
        final long tail = tailPlain();
        if (freeSlots(tail, 1) < 1) {
            return false;
        }
        final int base = slot(tail);
        for (int i = 0; i < width; i++) {
            LONGS.set(memory, base + 8 * i, Double.doubleToRawLongBits(src[off + i]));
        }
        tailRelease(tail + 1); // publishes the record
        return true;
    }

    /** Consumer: copies one record of {@code elementSize()/8} doubles into {@code dst[off..]}; false when empty. */
    public boolean poll(final double[] dst, final int off) {
        final int width = elemSize >>> 3;
        if (CHECKS) {
            checkRange(dst.length, off, width);
        }
        final long head = headPlain();
        if (readable(head, 1) <= 0) {
            return false;
        }
        final int base = slot(head);
        for (int i = 0; i < width; i++) {
            dst[off + i] = Double.longBitsToDouble((long) LONGS.get(memory, base + 8 * i));
        }
        headRelease(head + 1); // frees the slot
        return true;
    }

    // ------------------------------------------------------------------ either thread

    /** Elements in the ring: exact for the producer or the consumer, a snapshot for anyone else. */
    public long size() {
        final long head = headAcquire();
        final long tail = tailAcquire();
        return Math.max(0, Math.min(capacity, tail - head));
    }

    /** Slots in the ring (a power of two). */
    public long capacity() {
        return capacity;
    }

    /** Bytes per element (a multiple of 8). */
    public int elementSize() {
        return elemSize;
    }

    /** The ring's memory, header included (index 0 = the ring start, which C calls {@code tlb_ring_t *}). */
    public ByteBuffer memory() {
        return memory;
    }

    private void checkElemSize(final int expected) {
        if (elemSize != expected) {
            throw new IllegalStateException("ring: this call needs elemSize=" + expected + " but elemSize=" + elemSize);
        }
    }

    private static void checkRange(final int length, final int off, final int len) {
        if (off < 0 || len < 0 || off > length - len) {
            throw new IndexOutOfBoundsException("off=" + off + " len=" + len + " length=" + length);
        }
    }
}
