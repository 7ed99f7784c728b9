package io.talebian.offheap;

/**
 * Layout of the SPSC ring header, mirroring {@code tlb_ring_t} in {@code native/include/talebian.h}
 * byte for byte. Every offset the Java side uses is defined here and nowhere else; a test compares
 * them with the C struct ({@code offsetof} from a compiled probe, and the FFM bindings' layout).
 *
 * <pre>
 *   0    +--------------------------------+
 *        | head: uint64, next slot to pop | written by the consumer only (release)
 *   128  +--------------------------------+
 *        | tail: uint64, next slot to push| written by the producer only (release)
 *   256  +--------------------------------+
 *        | capacity (256), mask (264):    | written once by init
 *        |   uint64                       |
 *        | elem_size (272), magic (276):  |
 *        |   uint32                       |
 *   384  +--------------------------------+
 *        | slots: capacity * elem_size    | slot i at 384 + (i &amp; mask) * elem_size
 *        +--------------------------------+
 * </pre>
 * All fields are little-endian; the memory is {@value #ALIGNMENT}-byte aligned. {@code head} and
 * {@code tail} only grow (mod 2^64) and {@code size = tail - head}; each has two cache lines of its
 * own, so producer and consumer never share a line, even with adjacent-line prefetch.
 */
public final class RingDescriptor {

    /** Offset of {@code head}, the next slot to pop; written only by the consumer (release). */
    public static final int HEAD_OFFSET = 0;
    /** Offset of {@code tail}, the next slot to push; written only by the producer (release). */
    public static final int TAIL_OFFSET = 128;
    /** Offset of {@code capacity} (uint64, a power of two &gt;= 2). */
    public static final int CAPACITY_OFFSET = 256;
    /** Offset of {@code mask} (uint64, capacity - 1). */
    public static final int MASK_OFFSET = 264;
    /** Offset of {@code elem_size} (uint32, a multiple of 8, &gt;= 8). */
    public static final int ELEM_SIZE_OFFSET = 272;
    /** Offset of {@code magic} (uint32, {@link #MAGIC}). */
    public static final int MAGIC_OFFSET = 276;
    /** Size of the header = offset of slot 0 ({@code TLB_RING_HEADER_BYTES}). */
    public static final int HEADER_BYTES = 384;
    /** Required alignment of the ring memory ({@code TLB_RING_ALIGN}). */
    public static final int ALIGNMENT = 128;
    /** {@code TLB_RING_MAGIC}, "TRNG". */
    public static final int MAGIC = 0x54524E47;

    private RingDescriptor() {
    }

    /**
     * Bytes needed for a ring of {@code capacity} slots of {@code elemSize} bytes, as
     * {@code tlb_ring_bytes}: 0 when capacity is not a power of two &gt;= 2 or elemSize is not a
     * multiple of 8 &gt;= 8 (or the total overflows a long).
     */
    public static long bytes(final long capacity, final int elemSize) {
        if (!isValidGeometry(capacity, elemSize)) {
            return 0;
        }
        final long slots = capacity * elemSize;
        if (slots / elemSize != capacity || slots > Long.MAX_VALUE - HEADER_BYTES) {
            return 0;
        }
        return HEADER_BYTES + slots;
    }

    /** True when capacity is a power of two &gt;= 2 and elemSize a multiple of 8, &gt;= 8. */
    public static boolean isValidGeometry(final long capacity, final int elemSize) {
        return capacity >= 2 && (capacity & (capacity - 1)) == 0 && elemSize >= 8 && (elemSize & 7) == 0;
    }

    /** Byte offset of the slot of cursor value {@code index}: 384 + (index &amp; mask) * elemSize. */
    public static long slotOffset(final long index, final long mask, final int elemSize) {
        return HEADER_BYTES + (index & mask) * elemSize;
    }
}
