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
    /** Arrays cached by {@link #at}: identity-keyed, round-robin replacement. */
    private static final int ENTRIES = 16;
    /** Longest array cached (elements): bounds what a thread keeps reachable (16 x 512 KiB). */
    private static final int CACHE_MAX = 1 << 16;
    /** Longest array that also gets a per-offset slice table. */
    private static final int TABLE_MAX = 1 << 13;
    private final double[][] arrays = new double[ENTRIES][];
    private final MemorySegment[] wholes = new MemorySegment[ENTRIES];
    private final MemorySegment[][] tables = new MemorySegment[ENTRIES][];
    private int next;
    private int last;

    static FfmScratch get() {
        return LOCAL.get();
    }

    /**
     * A heap segment starting at x[off] (to the end of x) for a critical call; the caller checks
     * the range. Engines pass the same few arrays every tick (a window ring, its scratch, the
     * reference states), so the segments are cached: the last 16 arrays of up to 65536 elements
     * keep their whole-array segment, and those of up to 8192, once called at a non-zero offset, a
     * table of the slices at every offset (built at once, about 48 bytes per element); a call on a
     * cached array allocates nothing. The cache keeps those arrays
     * reachable until they are replaced (at most 16 x 512 KiB per thread). Longer arrays get a
     * fresh wrapper per call (noise next to the work on them).
     */
    MemorySegment at(final double[] x, final int off) {
        if (x.length > CACHE_MAX) {
            final MemorySegment whole = MemorySegment.ofArray(x);
            return off == 0 ? whole : whole.asSlice((long) off * Double.BYTES);
        }
        int i = last;
        if (arrays[i] != x) {
            i = find(x);
            if (i < 0) {
                i = next;
                next = (next + 1) & (ENTRIES - 1);
                arrays[i] = x;
                wholes[i] = MemorySegment.ofArray(x);
                tables[i] = null;
            }
            last = i;
        }
        if (off == 0) {
            return wholes[i];
        }
        if (x.length > TABLE_MAX) {
            return wholes[i].asSlice((long) off * Double.BYTES);
        }
        MemorySegment[] t = tables[i];
        if (t == null) {
            // filled at once: windows that slide by irregular steps (a ring re-anchored now and
            // then) would otherwise keep meeting new offsets and allocate for a long time
            t = new MemorySegment[x.length];
            final MemorySegment whole = wholes[i];
            for (int o = 0; o < t.length; o++) {
                t[o] = whole.asSlice((long) o * Double.BYTES);
            }
            tables[i] = t;
        }
        return t[off];
    }

    private int find(final double[] x) {
        for (int i = 0; i < ENTRIES; i++) {
            if (arrays[i] == x) {
                return i;
            }
        }
        return -1;
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
