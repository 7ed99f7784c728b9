package io.talebian.offheap;

import static io.talebian.offheap.PoolDescriptor.BLOCKS_OFFSET_OFFSET;
import static io.talebian.offheap.PoolDescriptor.BLOCK_COUNT_OFFSET;
import static io.talebian.offheap.PoolDescriptor.BLOCK_SIZE_OFFSET;
import static io.talebian.offheap.PoolDescriptor.HEADER_BYTES;
import static io.talebian.offheap.PoolDescriptor.HEAD_OFFSET;
import static io.talebian.offheap.PoolDescriptor.INDEX_MASK;
import static io.talebian.offheap.PoolDescriptor.MAGIC;
import static io.talebian.offheap.PoolDescriptor.MAGIC_OFFSET;
import static io.talebian.offheap.PoolDescriptor.NEXT_OFFSET;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A lock-free pool of fixed-size blocks over native memory laid out as {@code tlb_pool_t}
 * ({@link PoolDescriptor}). The free list is a Treiber stack of block indices whose head is one
 * tagged 64-bit word (tag:32 | index+1:32); every successful CAS increments the tag, so a block
 * freed and re-acquired between another thread's read and its CAS makes that CAS fail (no ABA).
 * It is the algorithm of {@code native/src/pool.c}, on the same bytes, so Java threads (VarHandle
 * CAS) and C threads ({@code tlb_pool_acquire}/{@code tlb_pool_release}) can share one pool.
 *
 * <p>Threading contract: every method may be called from any thread at any time; acquire and
 * release are lock-free (a CAS loop) and never allocate. A block belongs to whoever acquired it
 * until it is released; releasing it twice is detected, but releasing a block another thread owns
 * is not (as in C).
 *
 * <p>While a block is handed out its link {@code next[index]} holds
 * {@link PoolDescriptor#NEXT_ACQUIRED}; release claims the block back by a CAS from that marker,
 * so a double release is refused ({@code false}; {@code TLB_ERR_STATE} in C) instead of corrupting
 * the list. Java and C must agree on this marker, which is why it is part of the descriptor.
 *
 * <p>Memory ordering: release writes the link, then CASes the head (volatile, hence a release):
 * the block's contents and its link happen-before the acquire whose CAS pops it. Links are read
 * and written opaque; a stale link read only feeds a CAS that fails.
 */
public final class BlockPool {

    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final ByteBuffer memory;
    private final int blockSize;
    private final int blockCount;
    private final int blocksOffset;

    private BlockPool(final ByteBuffer memory, final int blockSize, final int blockCount, final int blocksOffset) {
        this.memory = memory;
        this.blockSize = blockSize;
        this.blockCount = blockCount;
        this.blocksOffset = blocksOffset;
    }

    /**
     * Initialises a pool in {@code mem} (direct, 128-byte aligned, at least
     * {@link PoolDescriptor#bytes} long) as {@code tlb_pool_init}: every block free, block 0 on top.
     * Not thread-safe against other users of {@code mem}; publish the pool to them afterwards.
     */
    public static BlockPool init(final ByteBuffer mem, final int blockSize, final int blockCount) {
        final int bytes = checkedBytes(mem, blockSize, blockCount);
        final ByteBuffer pool = mem.slice(0, bytes).order(ByteOrder.LITTLE_ENDIAN);
        final int blocksOffset = (int) PoolDescriptor.blocksOffset(blockCount);
        for (int i = 0; i < HEADER_BYTES; i += 8) {
            LONGS.set(pool, i, 0L);
        }
        for (int i = 0; i < blockCount; i++) {
            INTS.set(pool, NEXT_OFFSET + 4 * i, i + 1 < blockCount ? i + 2 : 0); // link to block i+1
        }
        for (int i = NEXT_OFFSET + 4 * blockCount; i < blocksOffset; i += 4) {
            INTS.set(pool, i, 0); // the padding after next[], as tlb_pool_init
        }
        INTS.set(pool, BLOCK_SIZE_OFFSET, blockSize);
        INTS.set(pool, BLOCK_COUNT_OFFSET, blockCount);
        LONGS.set(pool, BLOCKS_OFFSET_OFFSET, (long) blocksOffset);
        LONGS.set(pool, HEAD_OFFSET, PoolDescriptor.head(0, 0));
        INTS.setRelease(pool, MAGIC_OFFSET, MAGIC); // release: publishes the header and links above
        return new BlockPool(pool, blockSize, blockCount, blocksOffset);
    }

    /** Attaches to a pool initialised in {@code mem} by Java or by {@code tlb_pool_init}; checks the header. */
    public static BlockPool attach(final ByteBuffer mem) {
        OffheapBuffers.checkDirectAligned(mem, PoolDescriptor.ALIGNMENT, "pool");
        if (mem.capacity() < HEADER_BYTES) {
            throw new IllegalArgumentException("pool: memory bytes=" + mem.capacity() + " < header " + HEADER_BYTES);
        }
        final int magic = (int) INTS.getAcquire(mem, MAGIC_OFFSET); // acquire: pairs with init's release
        final int blockSize = (int) INTS.get(mem, BLOCK_SIZE_OFFSET);
        final int blockCount = (int) INTS.get(mem, BLOCK_COUNT_OFFSET);
        final long blocksOffset = (long) LONGS.get(mem, BLOCKS_OFFSET_OFFSET);
        if (magic != MAGIC || blocksOffset != PoolDescriptor.blocksOffset(blockCount)) {
            throw new IllegalArgumentException(String.format("pool: bad header magic=0x%08x (expected 0x%08x) "
                + "blockCount=%d blocksOffset=%d (expected %d)", magic, MAGIC, blockCount, blocksOffset,
                PoolDescriptor.blocksOffset(blockCount)));
        }
        final int bytes = checkedBytes(mem, blockSize, blockCount);
        final ByteBuffer pool = mem.slice(0, bytes).order(ByteOrder.LITTLE_ENDIAN);
        return new BlockPool(pool, blockSize, blockCount, (int) blocksOffset);
    }

    /** A pool over freshly allocated, aligned direct memory. */
    public static BlockPool allocate(final int blockSize, final int blockCount) {
        final long bytes = PoolDescriptor.bytes(blockSize, blockCount);
        if (bytes == 0 || bytes > Integer.MAX_VALUE - PoolDescriptor.ALIGNMENT) {
            throw new IllegalArgumentException("pool: blockSize=" + blockSize + " blockCount=" + blockCount
                + " gives bytes=" + bytes + "; need blockSize % 8 == 0, >= 8, blockCount >= 1, < 2 GiB");
        }
        return init(OffheapBuffers.allocateAligned((int) bytes, PoolDescriptor.ALIGNMENT), blockSize, blockCount);
    }

    private static int checkedBytes(final ByteBuffer mem, final int blockSize, final int blockCount) {
        OffheapBuffers.checkDirectAligned(mem, PoolDescriptor.ALIGNMENT, "pool");
        final long bytes = PoolDescriptor.bytes(blockSize, blockCount);
        if (bytes == 0) {
            throw new IllegalArgumentException("pool: blockSize=" + blockSize + " blockCount=" + blockCount
                + ": need blockSize a multiple of 8, >= 8, and blockCount >= 1");
        }
        if (bytes > mem.capacity()) {
            throw new IllegalArgumentException("pool: needs bytes=" + bytes + " > memory bytes=" + mem.capacity());
        }
        return (int) bytes;
    }

    // ------------------------------------------------------------------ head and links, by ordering

    /** The head word, acquire (package-private for the ABA test). */
    long headAcquire() {
        return (long) LONGS.getAcquire(memory, HEAD_OFFSET);
    }

    /** CAS of the head word, volatile (package-private for the ABA test). */
    boolean casHead(final long expected, final long update) {
        return LONGS.compareAndSet(memory, HEAD_OFFSET, expected, update);
    }

    private long headOpaque() {
        return (long) LONGS.getOpaque(memory, HEAD_OFFSET);
    }

    /**
     * The link under {@code index}: the index+1 below it on the stack, 0 at the bottom,
     * {@link PoolDescriptor#NEXT_ACQUIRED} while handed out. Opaque: a stale value is harmless
     * (the head CAS that would use it fails), ordering comes from the head's acquire/CAS.
     */
    int nextOpaque(final int index) {
        return (int) INTS.getOpaque(memory, NEXT_OFFSET + 4 * index);
    }

    private void nextOpaque(final int index, final int link) {
        INTS.setOpaque(memory, NEXT_OFFSET + 4 * index, link);
    }

    private boolean casNext(final int index, final int expected, final int link) {
        return INTS.compareAndSet(memory, NEXT_OFFSET + 4 * index, expected, link);
    }

    // ------------------------------------------------------------------ API

    /** Pops a free block: its index (0 .. blockCount-1), or -1 when none is free. Any thread. */
    public int acquire() {
        for (;;) {
            final long head = headAcquire();
            final int top = (int) (head & INDEX_MASK);
            if (top == 0) {
                return -1;
            }
            // May be stale if another thread pops and re-pushes top meanwhile: the tag then differs.
            final int below = nextOpaque(top - 1);
            final long update = ((head + (1L << 32)) & ~INDEX_MASK) | (below & INDEX_MASK);
            if (casHead(head, update)) { // volatile CAS: sees the releaser's block contents and link
                nextOpaque(top - 1, PoolDescriptor.NEXT_ACQUIRED); // ours now: mark it handed out
                return top - 1;
            }
            Thread.onSpinWait();
        }
    }

    /**
     * Pushes block {@code index} back. False, and nothing done, when the index is out of range or
     * the block is not handed out (a double release: {@code TLB_ERR_STATE} in C). Any thread.
     */
    public boolean release(final int index) {
        if (index < 0 || index >= blockCount) {
            return false;
        }
        long head = headOpaque();
        if (!casNext(index, PoolDescriptor.NEXT_ACQUIRED, (int) (head & INDEX_MASK))) {
            return false; // not handed out: already free
        }
        for (;;) {
            final long update = ((head + (1L << 32)) & ~INDEX_MASK) | (index + 1L);
            if (casHead(head, update)) { // volatile CAS: publishes the link and the block's contents
                return true;
            }
            Thread.onSpinWait();
            head = headOpaque();
            nextOpaque(index, (int) (head & INDEX_MASK)); // still ours: only the list head moved
        }
    }

    /** Free blocks right now: a walk of the stack, exact only when no other thread is active. */
    public int available() {
        int n = 0;
        int top = (int) (headAcquire() & INDEX_MASK);
        while (top > 0 && top <= blockCount && n < blockCount) { // bounded: the list may change under us
            n++;
            top = nextOpaque(top - 1);
        }
        return n;
    }

    /** Byte offset of block {@code index} in {@link #memory()}; -1 when out of range. */
    public int blockOffset(final int index) {
        return index < 0 || index >= blockCount ? -1 : blocksOffset + index * blockSize;
    }

    /** Bytes per block. */
    public int blockSize() {
        return blockSize;
    }

    /** Blocks in the pool. */
    public int blockCount() {
        return blockCount;
    }

    /** The pool's memory, header included (index 0 = the pool start, {@code tlb_pool_t *} in C). */
    public ByteBuffer memory() {
        return memory;
    }
}
