package io.talebian.kernels;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import io.talebian.bindings.talebian_h;
import io.talebian.bindings.tlb_moments_t;
import io.talebian.bindings.tlb_stats_t;
import io.talebian.bindings.tlb_tail_sums_t;
import io.talebian.nativelib.NativeLibrary;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Objects;

/**
 * {@inheritDoc}
 *
 * <p>The native kernels through the Foreign Function &amp; Memory API (JDK 22+), over the
 * generated bindings in {@code io.talebian.bindings}. Two kinds of downcall:
 * <ul>
 *   <li><b>critical</b> ({@link Linker.Option#critical(boolean) critical(true)}): heap
 *       {@code double[]} go to C as they are ({@code MemorySegment.ofArray} plus a slice), no copy,
 *       no thread-state transition. The GC waits while such a call runs, so it suits short calls;</li>
 *   <li><b>standard</b>: the ordinary downcall handles of the bindings; heap inputs are first
 *       copied into a per-thread native buffer (standard downcalls cannot take heap memory), and
 *       the GC can run during the call: for long inputs.</li>
 * </ul>
 * {@link #critical()} and {@link #standard()} use one kind always (for benchmarks);
 * {@link #adaptive()} (the default, {@link #INSTANCE}) uses critical calls up to
 * {@link #CRITICAL_MAX_LENGTH} elements and standard ones above.
 *
 * <p>Result structs live in a per-thread native scratch segment, written by C and read into the
 * caller's result object, and the heap segments of the arrays an engine passes every tick are
 * cached per thread ({@link FfmScratch#at}), so a steady-state call allocates nothing.
 * The {@code MemorySegment} overloads take off-heap (or heap) inputs directly; they check that
 * the segment holds the {@code n} values, because C would otherwise read past its end.
 * Stateless (per-thread scratch aside) and thread-safe.
 */
public final class FfmKernels implements Kernels {

    /**
     * Longest input (elements) the adaptive mode passes through a critical downcall; default
     * 65536 (512 KiB, tens of microseconds), {@code -Dtalebian.ffm.criticalMaxLength=N} to change.
     */
    public static final long CRITICAL_MAX_LENGTH = Long.getLong("talebian.ffm.criticalMaxLength", 1L << 16);

    /** How an instance crosses into C. */
    public enum Mode { CRITICAL, STANDARD, ADAPTIVE }

    /** The adaptive instance (what {@code Backends.get(Backend.FFM)} returns). */
    public static final FfmKernels INSTANCE = new FfmKernels(Mode.ADAPTIVE);
    private static final FfmKernels CRITICAL = new FfmKernels(Mode.CRITICAL);
    private static final FfmKernels STANDARD = new FfmKernels(Mode.STANDARD);

    private final long criticalMax;
    private final Mode mode;

    private FfmKernels(final Mode mode) {
        this.mode = mode;
        this.criticalMax = switch (mode) {
            case CRITICAL -> Long.MAX_VALUE;
            case STANDARD -> -1L;
            case ADAPTIVE -> CRITICAL_MAX_LENGTH;
        };
    }

    /** Always critical downcalls (heap arrays passed without copying). */
    public static FfmKernels critical() {
        return checked(CRITICAL);
    }

    /** Always standard downcalls (heap arrays copied off-heap first). */
    public static FfmKernels standard() {
        return checked(STANDARD);
    }

    /** Critical up to {@link #CRITICAL_MAX_LENGTH} elements, standard above. */
    public static FfmKernels adaptive() {
        return checked(INSTANCE);
    }

    private static FfmKernels checked(final FfmKernels k) {
        if (!NativeLibrary.ensureLoaded()) {
            throw new IllegalStateException("FFM backend unavailable: " + NativeLibrary.status().cause());
        }
        return k;
    }

    /** This instance's mode. */
    public Mode mode() {
        return mode;
    }

    @Override
    public Backend backend() {
        return Backend.FFM;
    }

    /** The hand-written critical handles (static final, so the JIT inlines them). Resolved on first use. */
    private static final class Critical {
        static final Linker.Option HEAP = Linker.Option.critical(true);
        static final MethodHandle WINDOW_STATS = handle(talebian_h.tlb_window_stats$address(),
                talebian_h.tlb_window_stats$descriptor());
        static final MethodHandle MOMENTS_ADD_ARRAY = handle(talebian_h.tlb_moments_add_array$address(),
                talebian_h.tlb_moments_add_array$descriptor());
        static final MethodHandle TAIL_SUMS = handle(talebian_h.tlb_tail_sums$address(),
                talebian_h.tlb_tail_sums$descriptor());
        static final MethodHandle TOP_K_DESC = handle(talebian_h.tlb_top_k_desc$address(),
                talebian_h.tlb_top_k_desc$descriptor());
        static final MethodHandle AMPLITUDE_ENCODE = handle(talebian_h.tlb_amplitude_encode$address(),
                talebian_h.tlb_amplitude_encode$descriptor());
        static final MethodHandle STATE_OVERLAP = handle(talebian_h.tlb_state_overlap$address(),
                talebian_h.tlb_state_overlap$descriptor());

        private static MethodHandle handle(final MemorySegment address, final FunctionDescriptor d) {
            return Linker.nativeLinker().downcallHandle(address, d, HEAP);
        }
    }

    /** The bindings' standard handles, copied into static finals. */
    private static final class Standard {
        static final MethodHandle WINDOW_STATS = talebian_h.tlb_window_stats$handle();
        static final MethodHandle MOMENTS_ADD_ARRAY = talebian_h.tlb_moments_add_array$handle();
        static final MethodHandle TAIL_SUMS = talebian_h.tlb_tail_sums$handle();
        static final MethodHandle TOP_K_DESC = talebian_h.tlb_top_k_desc$handle();
        static final MethodHandle AMPLITUDE_ENCODE = talebian_h.tlb_amplitude_encode$handle();
        static final MethodHandle STATE_OVERLAP = talebian_h.tlb_state_overlap$handle();
    }

    private boolean critical(final long n) {
        return n <= criticalMax;
    }

    /**
     * x[off, off+len) as a heap segment for a critical call. Bounds are checked here (C would
     * otherwise read past the array); the segment comes from the per-thread cache of
     * {@link FfmScratch#at}, so calls on an engine's long-lived arrays allocate nothing.
     */
    private static MemorySegment slice(final FfmScratch s, final double[] x, final int off, final int len) {
        Objects.checkFromIndexSize(off, len, x.length);
        return s.at(x, off);
    }

    /** x[off, off+len) copied off-heap for a standard call, after the same bounds check. */
    private static MemorySegment input(final FfmScratch s, final double[] x, final int off, final int len) {
        Objects.checkFromIndexSize(off, len, x.length);
        return s.input(x, off, len);
    }

    // ------------------------------------------------------------------ window statistics

    @Override
    public void windowStats(final double[] x, final int off, final int len, final WindowStats out) {
        final FfmScratch s = FfmScratch.get();
        final int rc;
        try {
            if (critical(len)) {
                rc = (int) Critical.WINDOW_STATS.invokeExact(slice(s, x, off, len), (long) len, s.result);
            } else {
                rc = (int) Standard.WINDOW_STATS.invokeExact(input(s, x, off, len), (long) len, s.result);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
        check(rc, "tlb_window_stats", len);
        readStats(s.result, out);
    }

    /** Window moments of the {@code n} doubles at the start of {@code x} (native or heap). */
    public void windowStats(final MemorySegment x, final long n, final WindowStats out) {
        checkSegment(x, n, "x");
        final FfmScratch s = FfmScratch.get();
        final int rc;
        try {
            if (critical(n)) {
                rc = (int) Critical.WINDOW_STATS.invokeExact(x, n, s.result);
            } else {
                rc = (int) Standard.WINDOW_STATS.invokeExact(s.offHeap(x, n), n, s.result);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
        check(rc, "tlb_window_stats", n);
        readStats(s.result, out);
    }

    private static void readStats(final MemorySegment r, final WindowStats out) {
        out.n = tlb_stats_t.n(r);
        out.mean = tlb_stats_t.mean(r);
        out.variance = tlb_stats_t.variance(r);
        out.sd = tlb_stats_t.sd(r);
        out.skewness = tlb_stats_t.skewness(r);
        out.kurtosis = tlb_stats_t.kurtosis(r);
        out.min = tlb_stats_t.min(r);
        out.max = tlb_stats_t.max(r);
        out.m2 = tlb_stats_t.m2(r);
    }

    // ------------------------------------------------------------------ moments

    @Override
    public void momentsAddArray(final double[] x, final int off, final int len, final Moments acc) {
        final FfmScratch s = FfmScratch.get();
        writeMoments(acc, s.result);
        final int rc;
        try {
            if (critical(len)) {
                rc = (int) Critical.MOMENTS_ADD_ARRAY.invokeExact(s.result, slice(s, x, off, len), (long) len);
            } else {
                rc = (int) Standard.MOMENTS_ADD_ARRAY.invokeExact(s.result, input(s, x, off, len), (long) len);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
        check(rc, "tlb_moments_add_array", len);
        readMoments(s.result, acc);
    }

    /** Merges the moments of the {@code n} doubles at the start of {@code x} into {@code acc}. */
    public void momentsAddArray(final MemorySegment x, final long n, final Moments acc) {
        checkSegment(x, n, "x");
        final FfmScratch s = FfmScratch.get();
        writeMoments(acc, s.result);
        final int rc;
        try {
            if (critical(n)) {
                rc = (int) Critical.MOMENTS_ADD_ARRAY.invokeExact(s.result, x, n);
            } else {
                rc = (int) Standard.MOMENTS_ADD_ARRAY.invokeExact(s.result, s.offHeap(x, n), n);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
        check(rc, "tlb_moments_add_array", n);
        readMoments(s.result, acc);
    }

    private static void writeMoments(final Moments m, final MemorySegment r) {
        tlb_moments_t.n(r, m.n);
        tlb_moments_t.mean(r, m.mean);
        tlb_moments_t.m2(r, m.m2);
        tlb_moments_t.m3(r, m.m3);
        tlb_moments_t.m4(r, m.m4);
        tlb_moments_t.min(r, m.min);
        tlb_moments_t.max(r, m.max);
    }

    private static void readMoments(final MemorySegment r, final Moments m) {
        m.n = tlb_moments_t.n(r);
        m.mean = tlb_moments_t.mean(r);
        m.m2 = tlb_moments_t.m2(r);
        m.m3 = tlb_moments_t.m3(r);
        m.m4 = tlb_moments_t.m4(r);
        m.min = tlb_moments_t.min(r);
        m.max = tlb_moments_t.max(r);
    }

    // ------------------------------------------------------------------ tails

    @Override
    public void tailSums(final double[] x, final int off, final int len, final double mu, final double sigma,
                         final double k, final double d, final TailSums out) {
        final FfmScratch s = FfmScratch.get();
        final int rc;
        try {
            if (critical(len)) {
                rc = (int) Critical.TAIL_SUMS.invokeExact(slice(s, x, off, len), (long) len, mu, sigma, k, d,
                        s.result);
            } else {
                rc = (int) Standard.TAIL_SUMS.invokeExact(input(s, x, off, len), (long) len, mu, sigma, k, d,
                        s.result);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (rc != 0) {
            JavaKernels.checkTailArgs(sigma, k, d);
            check(rc, "tlb_tail_sums", len);
        }
        readTails(s.result, out);
    }

    /** Tail sums of the {@code n} doubles at the start of {@code x}. */
    public void tailSums(final MemorySegment x, final long n, final double mu, final double sigma, final double k,
                         final double d, final TailSums out) {
        checkSegment(x, n, "x");
        final FfmScratch s = FfmScratch.get();
        final int rc;
        try {
            if (critical(n)) {
                rc = (int) Critical.TAIL_SUMS.invokeExact(x, n, mu, sigma, k, d, s.result);
            } else {
                rc = (int) Standard.TAIL_SUMS.invokeExact(s.offHeap(x, n), n, mu, sigma, k, d, s.result);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (rc != 0) {
            JavaKernels.checkTailArgs(sigma, k, d);
            check(rc, "tlb_tail_sums", n);
        }
        readTails(s.result, out);
    }

    private static void readTails(final MemorySegment r, final TailSums out) {
        out.leftSum = tlb_tail_sums_t.left_sum(r);
        out.rightSum = tlb_tail_sums_t.right_sum(r);
        out.leftCount = tlb_tail_sums_t.left_count(r);
        out.rightCount = tlb_tail_sums_t.right_count(r);
        out.xiMinus = tlb_tail_sums_t.xi_minus(r);
        out.xiMid = tlb_tail_sums_t.xi_mid(r);
        out.xiPlus = tlb_tail_sums_t.xi_plus(r);
    }

    @Override
    public int topKDescending(final double[] x, final int off, final int len, final int k, final double[] out) {
        final int kk = Math.max(0, Math.min(k, len));
        Objects.checkFromIndexSize(0, kk, out.length);
        final FfmScratch s = FfmScratch.get();
        final long got;
        try {
            if (critical(len)) {
                got = (long) Critical.TOP_K_DESC.invokeExact(slice(s, x, off, len), (long) len, (long) kk,
                        s.at(out, 0));
            } else {
                final MemorySegment in = input(s, x, off, len);
                final MemorySegment o = s.output((long) kk * Double.BYTES);
                got = (long) Standard.TOP_K_DESC.invokeExact(in, (long) len, (long) kk, o);
                MemorySegment.copy(o, JAVA_DOUBLE, 0, out, 0, (int) Math.max(got, 0));
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
        check(got < 0 ? (int) got : 0, "tlb_top_k_desc", len);
        return (int) got;
    }

    /** Writes the min(k, non-NaN count) largest of the n doubles of {@code x} to {@code out}, descending. */
    public long topKDescending(final MemorySegment x, final long n, final long k, final MemorySegment out) {
        checkSegment(x, n, "x");
        final long kk = Math.max(0, Math.min(k, n));
        checkSegment(out, kk, "out");
        final long got;
        try {
            got = critical(n) || !x.isNative() || !out.isNative()
                    ? (long) Critical.TOP_K_DESC.invokeExact(x, n, kk, out)
                    : (long) Standard.TOP_K_DESC.invokeExact(x, n, kk, out);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        check(got < 0 ? (int) got : 0, "tlb_top_k_desc", n);
        return got;
    }

    // ------------------------------------------------------------------ encoder

    @Override
    public void amplitudeEncode(final double[] z, final int len, final double[] out) {
        Objects.checkFromIndexSize(0, len, out.length);
        final FfmScratch s = FfmScratch.get();
        final int rc;
        try {
            if (critical(len)) {
                rc = (int) Critical.AMPLITUDE_ENCODE.invokeExact(slice(s, z, 0, len), (long) len, s.at(out, 0));
            } else {
                final MemorySegment in = input(s, z, 0, len);
                rc = (int) Standard.AMPLITUDE_ENCODE.invokeExact(in, (long) len, in);
                MemorySegment.copy(in, JAVA_DOUBLE, 0, out, 0, len);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
        check(rc, "tlb_amplitude_encode", len);
    }

    /** tanh(z)/||tanh(z)|| of the n doubles of {@code z} into {@code out} (which may be {@code z}). */
    public void amplitudeEncode(final MemorySegment z, final long n, final MemorySegment out) {
        checkSegment(z, n, "z");
        checkSegment(out, n, "out");
        final int rc;
        try {
            rc = critical(n) || !z.isNative() || !out.isNative()
                    ? (int) Critical.AMPLITUDE_ENCODE.invokeExact(z, n, out)
                    : (int) Standard.AMPLITUDE_ENCODE.invokeExact(z, n, out);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        check(rc, "tlb_amplitude_encode", n);
    }

    @Override
    public double stateOverlap(final double[] a, final double[] b, final int len) {
        Objects.checkFromIndexSize(0, len, a.length);
        Objects.checkFromIndexSize(0, len, b.length);
        final FfmScratch s = FfmScratch.get();
        try {
            if (critical(len)) {
                return (double) Critical.STATE_OVERLAP.invokeExact(s.at(a, 0), s.at(b, 0), (long) len);
            }
            return (double) Standard.STATE_OVERLAP.invokeExact(input(s, a, 0, len), s.second(b, len), (long) len);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** |&lt;a, b&gt;|^2 over the first n amplitudes of two segments. */
    public double stateOverlap(final MemorySegment a, final MemorySegment b, final long n) {
        checkSegment(a, n, "a");
        checkSegment(b, n, "b");
        try {
            return critical(n) || !a.isNative() || !b.isNative()
                    ? (double) Critical.STATE_OVERLAP.invokeExact(a, b, n)
                    : (double) Standard.STATE_OVERLAP.invokeExact(a, b, n);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    // ------------------------------------------------------------------ checks

    /** C reads n doubles from x: the segment must hold them (else C would read past its end). */
    static void checkSegment(final MemorySegment x, final long n, final String name) {
        if (x == null) {
            throw new NullPointerException(name + "=null");
        }
        if (n < 0 || n > x.byteSize() / Double.BYTES) {
            throw new IndexOutOfBoundsException("n=" + n + " doubles do not fit " + name + ".byteSize()="
                    + x.byteSize());
        }
    }

    private static void check(final int rc, final String function, final long n) {
        if (rc != 0) {
            throw new IllegalArgumentException(function + " returned " + rc + " (n=" + n + ")");
        }
    }

    private static RuntimeException rethrow(final Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("downcall failed", t);
    }

    @Override
    public String toString() {
        return "FfmKernels{" + mode + (mode == Mode.ADAPTIVE ? ", critical up to n=" + criticalMax : "") + '}';
    }
}
