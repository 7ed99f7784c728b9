package io.talebian.offheap;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The C side of the ring and the pool ({@code tlb_ring_*}, {@code tlb_pool_*} in
 * {@code talebian.h}) called on the same direct ByteBuffers that {@link SpscRing} and
 * {@link BlockPool} use. It lets a Java program hand one role of a ring (or some pool users) to C
 * code, and it is how the tests prove that the Java and C halves interoperate.
 *
 * <p>Implemented with FFM downcalls by {@code io.talebian.offheap.FfmOffheapNative} in the JDK 22
 * part of the JAR; {@link #find()} is empty on JDK 17 or when the native library is not loaded.
 * Each call is a downcall (tens of nanoseconds): Java producers and consumers use
 * {@link SpscRing}, never this, per item. Buffers are addressed from index 0 (their position is
 * ignored); {@code index} arguments are byte indices into the element buffers.
 *
 * <p>Return values are those of the C functions: 1/0 for push/pop, counts for batches,
 * {@code TLB_OK}/{@code TLB_ERR_*} for init and release, -1 for an empty pool.
 */
public interface OffheapNative {

    /** {@code tlb_ring_bytes}. */
    long ringBytes(long capacity, int elemSize);

    /** {@code tlb_ring_init} on {@code ring[0..]} with {@code mem_bytes = ring.capacity()}. */
    int ringInit(ByteBuffer ring, long capacity, int elemSize);

    /** {@code tlb_ring_push} of the element at {@code elem[index..]}; producer thread. */
    int ringPush(ByteBuffer ring, ByteBuffer elem, int index);

    /** {@code tlb_ring_pop} into {@code out[index..]}; consumer thread. */
    int ringPop(ByteBuffer ring, ByteBuffer out, int index);

    /** {@code tlb_ring_push_batch} of {@code count} elements from {@code elems[index..]}; producer thread. */
    long ringPushBatch(ByteBuffer ring, ByteBuffer elems, int index, long count);

    /** {@code tlb_ring_pop_batch} of up to {@code max} elements into {@code out[index..]}; consumer thread. */
    long ringPopBatch(ByteBuffer ring, ByteBuffer out, int index, long max);

    /** {@code tlb_ring_size}. */
    long ringSize(ByteBuffer ring);

    /** {@code tlb_pool_bytes}. */
    long poolBytes(int blockSize, int blockCount);

    /** {@code tlb_pool_init} on {@code pool[0..]} with {@code mem_bytes = pool.capacity()}. */
    int poolInit(ByteBuffer pool, int blockSize, int blockCount);

    /** {@code tlb_pool_acquire}: a block index or -1. Any thread. */
    int poolAcquire(ByteBuffer pool);

    /** {@code tlb_pool_release}. Any thread. */
    int poolRelease(ByteBuffer pool, int index);

    /** {@code tlb_pool_available}. */
    int poolAvailable(ByteBuffer pool);

    /** {@code tlb_pool_block(pool, index)} as a byte offset from the pool start, -1 for NULL. */
    long poolBlockOffset(ByteBuffer pool, int index);

    /** The FFM implementation when this JDK has FFM (22+) and the native library is loaded. */
    static Optional<OffheapNative> find() {
        return OffheapNativeHolder.INSTANCE;
    }
}
