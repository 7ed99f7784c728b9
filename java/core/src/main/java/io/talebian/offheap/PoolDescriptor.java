package io.talebian.offheap;

/**
 * Layout of the lock-free block pool, mirroring {@code tlb_pool_t} in
 * {@code native/include/talebian.h}; a test compares the offsets with the C struct.
 *
 * <pre>
 *   0    +------------------------------------------------+
 *        | head: uint64 tagged free-list head             | CAS by every acquire/release
 *        |   bits 63..32 tag, bits 31..0 index+1 (0=none) |
 *   128  +------------------------------------------------+
 *        | block_size (128), block_count (132),           | written once by init
 *        | magic (136), reserved (140): uint32            |
 *        | blocks_offset (144): uint64                    |
 *   256  +------------------------------------------------+
 *        | next: uint32[block_count] free-list links      | next[i] = index+1 of the block
 *        |   padded to a multiple of 64 bytes             |   under i in the stack, 0 = end,
 *        |                                                |   0xFFFFFFFF while i is handed out
 *   blocks_offset +---------------------------------------+
 *        | blocks: block_count * block_size               | block i at blocks_offset + i*block_size
 *        +------------------------------------------------+
 * </pre>
 * All fields are little-endian; the memory is {@value #ALIGNMENT}-byte aligned, so block 0 is
 * 64-byte aligned.
 */
public final class PoolDescriptor {

    /** Offset of the tagged free-list head (uint64); alone on its two cache lines. */
    public static final int HEAD_OFFSET = 0;
    /** Offset of {@code block_size} (uint32, a multiple of 8, &gt;= 8). */
    public static final int BLOCK_SIZE_OFFSET = 128;
    /** Offset of {@code block_count} (uint32, 1 .. 2^31-1). */
    public static final int BLOCK_COUNT_OFFSET = 132;
    /** Offset of {@code magic} (uint32, {@link #MAGIC}). */
    public static final int MAGIC_OFFSET = 136;
    /** Offset of {@code reserved} (uint32, 0). */
    public static final int RESERVED_OFFSET = 140;
    /** Offset of {@code blocks_offset} (uint64): where block 0 starts. */
    public static final int BLOCKS_OFFSET_OFFSET = 144;
    /** Size of the header = offset of {@code next[0]} ({@code TLB_POOL_HEADER_BYTES}). */
    public static final int HEADER_BYTES = 256;
    /** Offset of the free-list links {@code next[]}. */
    public static final int NEXT_OFFSET = HEADER_BYTES;
    /** Required alignment of the pool memory ({@code TLB_POOL_ALIGN}). */
    public static final int ALIGNMENT = 128;
    /** {@code TLB_POOL_MAGIC}, "TPOL". */
    public static final int MAGIC = 0x54504F4C;
    /** {@code next[i]} while block i is handed out ({@code TLB_POOL_NEXT_ACQUIRED}; never a valid link). */
    public static final int NEXT_ACQUIRED = 0xFFFF_FFFF;
    /** Bits of the index field of the head word (index + 1; 0 means the stack is empty). */
    public static final long INDEX_MASK = 0xFFFF_FFFFL;

    private PoolDescriptor() {
    }

    /** True when blockSize is a multiple of 8 &gt;= 8 and blockCount in 1 .. 2^31-1. */
    public static boolean isValidGeometry(final int blockSize, final int blockCount) {
        return blockSize >= 8 && (blockSize & 7) == 0 && blockCount >= 1;
    }

    /** Offset of block 0: the header plus {@code next[]} rounded up to 64 bytes. */
    public static long blocksOffset(final int blockCount) {
        return HEADER_BYTES + ((4L * blockCount + 63) & ~63L);
    }

    /** Bytes for a pool, as {@code tlb_pool_bytes}: 0 when the geometry is invalid. */
    public static long bytes(final int blockSize, final int blockCount) {
        if (!isValidGeometry(blockSize, blockCount)) {
            return 0;
        }
        return blocksOffset(blockCount) + (long) blockSize * blockCount;
    }

    /** The head word for a tag and an index (-1 = empty stack). */
    public static long head(final int tag, final int index) {
        return ((long) tag << 32) | ((index + 1) & INDEX_MASK);
    }

    /** The block index of a head word, -1 when the stack is empty. */
    public static int headIndex(final long head) {
        return (int) (head & INDEX_MASK) - 1;
    }

    /** The tag of a head word. */
    public static int headTag(final long head) {
        return (int) (head >>> 32);
    }
}
