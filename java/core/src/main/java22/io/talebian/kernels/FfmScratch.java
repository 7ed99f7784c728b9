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

    static FfmScratch get() {
        return LOCAL.get();
    }

    /** x[off, off+len) copied to the start of the input buffer; returns that slice. */
    MemorySegment input(final double[] x, final int off, final int len) {
        final long bytes = (long) len * Double.BYTES;
        final MemorySegment b = ensure(bytes);
        MemorySegment.copy(x, off, b, JAVA_DOUBLE, 0, len);
        return b.asSlice(0, bytes);
    }

    /** a[0, len) then b[0, len) in the input buffer; returns the 2*len slice. */
    MemorySegment input2(final double[] a, final double[] b, final int len) {
        final long bytes = (long) len * Double.BYTES;
        final MemorySegment buf = ensure(2 * bytes);
        MemorySegment.copy(a, 0, buf, JAVA_DOUBLE, 0, len);
        MemorySegment.copy(b, 0, buf, JAVA_DOUBLE, bytes, len);
        return buf.asSlice(0, 2 * bytes);
    }

    /** x itself when native, else its first n doubles copied into the input buffer. */
    MemorySegment offHeap(final MemorySegment x, final long n) {
        if (x.isNative()) {
            return x;
        }
        final long bytes = n * Double.BYTES;
        final MemorySegment b = ensure(bytes);
        MemorySegment.copy(x, 0, b, 0, bytes);
        return b.asSlice(0, bytes);
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
