package io.talebian.stats;

import io.talebian.kernels.Backend;
import io.talebian.kernels.Backends;
import io.talebian.kernels.Kernels;
import io.talebian.kernels.Moments;
import io.talebian.kernels.TailSums;
import io.talebian.kernels.WindowStats;

/**
 * The user-facing statistics API over heap arrays: window moments, incremental moments and the
 * tail sums, on a backend chosen once, when the object is built ({@link #of(Backend)},
 * {@link #auto()}). Every argument is checked here, before any kernel runs (kernels do not
 * re-check); a bad one gives an exception whose message names it and its value.
 * Thread-safe and allocation-free except {@link #compute(double[])}, which returns a new result.
 *
 * <p>For off-heap {@code MemorySegment} inputs on JDK 22+, see {@code io.talebian.stats.SegmentStatistics}.
 */
public final class Statistics {

    private final Backend backend;
    private final Kernels kernels;

    private Statistics(final Backend backend, final Kernels kernels) {
        this.backend = backend;
        this.kernels = kernels;
    }

    /**
     * Statistics on {@code backend}.
     *
     * @throws UnsupportedOperationException naming why the backend is unavailable here
     */
    public static Statistics of(final Backend backend) {
        if (backend == null) {
            throw new NullPointerException("backend=null");
        }
        return new Statistics(backend, Backends.get(backend));
    }

    /** Statistics on {@link Backend#AUTO}: Java for short inputs, the best native backend for long ones. */
    public static Statistics auto() {
        return of(Backend.AUTO);
    }

    /** The backend asked for (possibly AUTO). */
    public Backend backend() {
        return backend;
    }

    /** The concrete backend that runs an input of length {@code n} (resolves AUTO). */
    public Backend backendFor(final int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n=" + n + " must be >= 0");
        }
        if (backend != Backend.AUTO) {
            return backend;
        }
        return Backends.forSize(n).backend();
    }

    /** Window moments of all of {@code x}, into a new result. */
    public WindowStats compute(final double[] x) {
        checkArray("x", x);
        final WindowStats out = new WindowStats();
        kernels.windowStats(x, 0, x.length, out);
        return out;
    }

    /** Window moments of {@code x[off, off+len)} into {@code out} (returned). */
    public WindowStats compute(final double[] x, final int off, final int len, final WindowStats out) {
        checkRange("x", x, off, len);
        if (out == null) {
            throw new NullPointerException("out=null");
        }
        kernels.windowStats(x, off, len, out);
        return out;
    }

    /** Merges the moments of {@code x[off, off+len)} into {@code acc} (returned). */
    public Moments addAll(final Moments acc, final double[] x, final int off, final int len) {
        checkRange("x", x, off, len);
        if (acc == null) {
            throw new NullPointerException("acc=null");
        }
        kernels.momentsAddArray(x, off, len, acc);
        return acc;
    }

    /**
     * Tail-vega and fragility partial sums of {@code x[off, off+len)} (spec 3.2) into {@code out}.
     *
     * @throws IllegalArgumentException unless sigma is finite and &gt; 0, k &gt;= 0 and d &gt;= 0
     */
    public TailSums tailSums(final double[] x, final int off, final int len, final double mu, final double sigma,
                             final double k, final double d, final TailSums out) {
        checkRange("x", x, off, len);
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
        kernels.tailSums(x, off, len, mu, sigma, k, d, out);
        return out;
    }

    private static void checkArray(final String name, final double[] x) {
        if (x == null) {
            throw new NullPointerException(name + "=null");
        }
    }

    /** off &gt;= 0, len &gt;= 0, off + len &lt;= x.length (without int overflow). */
    static void checkRange(final String name, final double[] x, final int off, final int len) {
        checkArray(name, x);
        if (off < 0) {
            throw new IndexOutOfBoundsException("off=" + off + " must be >= 0");
        }
        if (len < 0) {
            throw new IndexOutOfBoundsException("len=" + len + " must be >= 0");
        }
        if (off > x.length - len) {
            throw new IndexOutOfBoundsException("off=" + off + " + len=" + len + " exceeds "
                    + name + ".length=" + x.length);
        }
    }

    @Override
    public String toString() {
        return "Statistics{backend=" + backend.id() + ", kernels=" + kernels + '}';
    }
}
