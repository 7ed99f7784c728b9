package io.talebian.stats;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;

import io.talebian.kernels.Backend;
import io.talebian.kernels.Backends;
import io.talebian.kernels.FfmKernels;
import io.talebian.kernels.Kernels;
import io.talebian.kernels.Moments;
import io.talebian.kernels.TailSums;
import io.talebian.kernels.WindowStats;
import java.lang.foreign.MemorySegment;

/**
 * {@link Statistics} for {@link MemorySegment} inputs (JDK 22+): off-heap windows (a ring, a pool
 * block, a mapped file) or heap segments, {@code n} doubles from the segment's start, native
 * byte order, any alignment. Arguments are checked before any kernel runs.
 *
 * <p>On the FFM backend (and AUTO from the crossover on, when FFM is the best native backend)
 * the segment goes to C directly. Every other backend works on a copy in a per-thread
 * {@code double[]} that is reused (it grows, never shrinks), so steady-state calls allocate
 * nothing. Thread-safe.
 */
public final class SegmentStatistics {

    private static final ThreadLocal<double[][]> COPY = ThreadLocal.withInitial(() -> new double[][] {new double[64]});

    private final Backend backend;
    private final Kernels kernels;
    /** Non-null when the segment can go to C directly (FFM, or AUTO above the crossover). */
    private final FfmKernels ffm;
    private final int directFrom;

    private SegmentStatistics(final Backend backend) {
        this.backend = backend;
        this.kernels = Backends.get(backend);
        if (backend == Backend.FFM) {
            ffm = (FfmKernels) kernels;
            directFrom = 0;
        } else if (backend == Backend.AUTO && Backends.bestNative() == Backend.FFM) {
            ffm = (FfmKernels) Backends.get(Backend.FFM);
            directFrom = Backends.crossover();
        } else {
            ffm = null;
            directFrom = Integer.MAX_VALUE;
        }
    }

    /**
     * Segment statistics on {@code backend}.
     *
     * @throws UnsupportedOperationException naming why the backend is unavailable here
     */
    public static SegmentStatistics of(final Backend backend) {
        if (backend == null) {
            throw new NullPointerException("backend=null");
        }
        return new SegmentStatistics(backend);
    }

    /** On {@link Backend#AUTO}. */
    public static SegmentStatistics auto() {
        return of(Backend.AUTO);
    }

    /** The backend asked for (possibly AUTO). */
    public Backend backend() {
        return backend;
    }

    /** Window moments of the first {@code n} doubles of {@code x} into {@code out} (returned). */
    public WindowStats compute(final MemorySegment x, final long n, final WindowStats out) {
        check(x, n);
        if (out == null) {
            throw new NullPointerException("out=null");
        }
        if (ffm != null && n >= directFrom) {
            ffm.windowStats(x, n, out);
        } else {
            final double[] copy = copy(x, n);
            kernels.windowStats(copy, 0, (int) n, out);
        }
        return out;
    }

    /** Window moments of the whole segment (its byte size must be a multiple of 8), into a new result. */
    public WindowStats compute(final MemorySegment x) {
        if (x == null) {
            throw new NullPointerException("x=null");
        }
        if (x.byteSize() % Double.BYTES != 0) {
            throw new IllegalArgumentException("x.byteSize()=" + x.byteSize() + " is not a multiple of 8");
        }
        return compute(x, x.byteSize() / Double.BYTES, new WindowStats());
    }

    /** Merges the moments of the first {@code n} doubles of {@code x} into {@code acc} (returned). */
    public Moments addAll(final Moments acc, final MemorySegment x, final long n) {
        check(x, n);
        if (acc == null) {
            throw new NullPointerException("acc=null");
        }
        if (ffm != null && n >= directFrom) {
            ffm.momentsAddArray(x, n, acc);
        } else {
            kernels.momentsAddArray(copy(x, n), 0, (int) n, acc);
        }
        return acc;
    }

    /** Tail sums (spec 3.2) of the first {@code n} doubles of {@code x} into {@code out} (returned). */
    public TailSums tailSums(final MemorySegment x, final long n, final double mu, final double sigma,
                             final double k, final double d, final TailSums out) {
        check(x, n);
        if (out == null) {
            throw new NullPointerException("out=null");
        }
        if (!(sigma > 0.0) || sigma == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("sigma=" + sigma + " must be > 0 and finite");
        }
        if (!(k >= 0.0)) {
            throw new IllegalArgumentException("k=" + k + " must be >= 0");
        }
        if (!(d >= 0.0)) {
            throw new IllegalArgumentException("d=" + d + " must be >= 0");
        }
        if (ffm != null && n >= directFrom) {
            ffm.tailSums(x, n, mu, sigma, k, d, out);
        } else {
            kernels.tailSums(copy(x, n), 0, (int) n, mu, sigma, k, d, out);
        }
        return out;
    }

    private void check(final MemorySegment x, final long n) {
        if (x == null) {
            throw new NullPointerException("x=null");
        }
        if (n < 0) {
            throw new IllegalArgumentException("n=" + n + " must be >= 0");
        }
        if (n > x.byteSize() / Double.BYTES) {
            throw new IndexOutOfBoundsException("n=" + n + " doubles exceed x.byteSize()=" + x.byteSize());
        }
        if (n > Integer.MAX_VALUE - 8 && (ffm == null || n < directFrom)) {
            throw new IllegalArgumentException("n=" + n + " exceeds what backend=" + backend.id()
                    + " takes from a segment (" + (Integer.MAX_VALUE - 8) + ")");
        }
    }

    private static double[] copy(final MemorySegment x, final long n) {
        final double[][] holder = COPY.get();
        double[] buf = holder[0];
        if (buf.length < n) {
            buf = new double[(int) Math.min(Integer.MAX_VALUE - 8L, Math.max(n, 2L * buf.length))];
            holder[0] = buf;
        }
        MemorySegment.copy(x, JAVA_DOUBLE_UNALIGNED, 0, buf, 0, (int) n);
        return buf;
    }

    @Override
    public String toString() {
        return "SegmentStatistics{backend=" + backend.id() + (ffm != null ? ", direct from n=" + directFrom : "") + '}';
    }
}
