package io.talebian.offheap;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@link SpscRing} and {@link BlockPool} over {@link MemorySegment}s (JDK 22+).
 *
 * <p>There is one implementation of each algorithm, in the Java 17 base: it runs on a direct
 * {@link ByteBuffer} with {@code MethodHandles.byteBufferViewVarHandle} acquire/release/CAS. A
 * segment is used through {@link MemorySegment#asByteBuffer()}, a view of the <em>same</em> bytes
 * (no copy), and C gets the ring's address from {@link MemorySegment#address()}. So a ring made
 * here, by {@code SpscRing.allocate} on JDK 17, or by {@code tlb_ring_init} in C is one and the
 * same thing. Rings and pools are limited to 2 GiB by the ByteBuffer view.
 *
 * <p>The segment must be native, aligned ({@link RingDescriptor#ALIGNMENT}), and from an arena
 * that every user thread may access ({@link Arena#ofShared()}, {@link Arena#ofAuto()},
 * {@link Arena#global()}); a confined arena's view fails on the other side's thread. The arena
 * owns the memory: close it only after both sides (Java and C) have stopped.
 */
public final class OffheapSegments {

    private OffheapSegments() {
    }

    /** Allocates and initialises an empty ring in {@code arena}. */
    public static SpscRing allocateRing(final Arena arena, final long capacity, final int elemSize) {
        final long bytes = RingDescriptor.bytes(capacity, elemSize);
        if (bytes == 0) {
            throw new IllegalArgumentException("ring: capacity=" + capacity + " elemSize=" + elemSize
                + ": need a power-of-two capacity >= 2 and elemSize a multiple of 8, >= 8");
        }
        return SpscRing.init(view(arena.allocate(bytes, RingDescriptor.ALIGNMENT)), capacity, elemSize);
    }

    /** Initialises an empty ring in {@code mem} (as {@code tlb_ring_init}). */
    public static SpscRing initRing(final MemorySegment mem, final long capacity, final int elemSize) {
        return SpscRing.init(view(mem), capacity, elemSize);
    }

    /** Attaches to a ring already initialised in {@code mem} (by Java or C). */
    public static SpscRing attachRing(final MemorySegment mem) {
        return SpscRing.attach(view(mem));
    }

    /** Allocates and initialises a pool in {@code arena}, every block free. */
    public static BlockPool allocatePool(final Arena arena, final int blockSize, final int blockCount) {
        final long bytes = PoolDescriptor.bytes(blockSize, blockCount);
        if (bytes == 0) {
            throw new IllegalArgumentException("pool: blockSize=" + blockSize + " blockCount=" + blockCount
                + ": need blockSize a multiple of 8, >= 8, and blockCount >= 1");
        }
        return BlockPool.init(view(arena.allocate(bytes, PoolDescriptor.ALIGNMENT)), blockSize, blockCount);
    }

    /** Attaches to a pool already initialised in {@code mem} (by Java or C). */
    public static BlockPool attachPool(final MemorySegment mem) {
        return BlockPool.attach(view(mem));
    }

    /** The native segment of a ring's or pool's memory: {@code segment.address()} is what C takes. */
    public static MemorySegment segment(final ByteBuffer memory) {
        return MemorySegment.ofBuffer(memory.duplicate().clear());
    }

    private static ByteBuffer view(final MemorySegment mem) {
        if (!mem.isNative()) {
            throw new IllegalArgumentException("offheap: segment must be native (isNative=false)");
        }
        return mem.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }
}
