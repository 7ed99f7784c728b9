package io.talebian.kernels;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Per-thread native memory for {@link FfmKernels}: a 128-byte result slot (large enough for
 * every result struct of {@code talebian.h}) and a growable input buffer for standard downcalls,
 * which cannot take heap arrays. Each segment is owned by its own automatic arena: freed by
 * the GC once replaced (a buffer that grew) or once the thread, and so this object, is gone;
 * nothing is freed explicitly, so nothing can be freed twice.
 * Confined by construction to its thread (a ThreadLocal), never shared.
 */
final class FfmScratch {

    private static final ThreadLocal<FfmScratch> LOCAL = ThreadLocal.withInitial(FfmScratch::new);
    private static final long RESULT_BYTES = 128;

    /** The result struct (tlb_stats_t, tlb_moments_t, tlb_tail_sums_t all fit). */
    final MemorySegment result = Arena.ofAuto().allocate(RESULT_BYTES, 64);
    private MemorySegment buffer = Arena.ofAuto().allocate(4096, 64);
    private MemorySegment output = Arena.ofAuto().allocate(4096, 64);
    private MemorySegment second = Arena.ofAuto().allocate(4096, 64);
    /** The heap segment of the array last passed to a critical call (see {@link #heap}). */
    private double[] lastArray;
    private MemorySegment lastSegment;

    static FfmScratch get() {
        return LOCAL.get();
    }

    /**
     * The whole-array heap segment of x, reused while the same array comes back (the common case:
     * an engine passes its own window array every tick), so that a critical call on it allocates
     * nothing. Keeps the last array reachable until another array is passed on this thread.
     */
    MemorySegment heap(final double[] x) {
        if (x != lastArray) {
            lastSegment = MemorySegment.ofArray(x);
            lastArray = x;
        }
        return lastSegment;
    }

    /**
     * x[off, off+len) copied to the start of the input buffer; returns the buffer (C is told
     * len, so no slice - and no allocation - is needed).
     */
    MemorySegment input(final double[] x, final int off, final int len) {
        final MemorySegment b = ensure((long) len * Double.BYTES);
        MemorySegment.copy(x, off, b, JAVA_DOUBLE, 0, len);
        return b;
    }

    /** b[0, len) copied to a second native buffer (for two-input calls); returns that buffer. */
    MemorySegment second(final double[] b, final int len) {
        final long bytes = (long) len * Double.BYTES;
        if (second.byteSize() < bytes) {
            second = Arena.ofAuto().allocate(grow(bytes), 64);
        }
        MemorySegment.copy(b, 0, second, JAVA_DOUBLE, 0, len);
        return second;
    }

    /** x itself when native, else its first n doubles copied into the input buffer. */
    MemorySegment offHeap(final MemorySegment x, final long n) {
        if (x.isNative()) {
            return x;
        }
        final long bytes = n * Double.BYTES;
        final MemorySegment b = ensure(bytes);
        MemorySegment.copy(x, 0, b, 0, bytes);
        return b;
    }

    /** A native output area of at least {@code bytes}. */
    MemorySegment output(final long bytes) {
        if (output.byteSize() < bytes) {
            output = Arena.ofAuto().allocate(grow(bytes), 64);
        }
        return output;
    }

    private MemorySegment ensure(final long bytes) {
        if (buffer.byteSize() < bytes) {
            buffer = Arena.ofAuto().allocate(grow(bytes), 64);
        }
        return buffer;
    }

    private static long grow(final long bytes) {
        return Math.max(4096, Long.highestOneBit(bytes - 1) << 1);
    }
}
