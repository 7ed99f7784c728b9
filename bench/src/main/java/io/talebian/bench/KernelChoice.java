package io.talebian.bench;

import java.lang.reflect.Method;

import io.talebian.kernels.Backend;
import io.talebian.kernels.Backends;
import io.talebian.kernels.JavaKernels;
import io.talebian.kernels.Kernels;
import io.talebian.kernels.WindowStats;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Maps a benchmark's {@code impl} parameter to a {@link Kernels}: {@code java}, {@code vector},
 * {@code jni}, {@code auto} through {@link Backends}; {@code ffm}
 * ({@code FfmKernels.critical()}: every call a critical downcall, heap arrays passed without a
 * copy) and {@code ffmStandard} ({@code FfmKernels.standard()}: ordinary downcalls, the input
 * copied off-heap first) from the Java 22 class {@code io.talebian.kernels.FfmKernels}, reached by
 * name as the library itself does. (The registry's FFM backend is {@code FfmKernels.adaptive()}:
 * critical up to 65,536 elements, standard above.)
 * An unavailable backend fails the benchmark's setup with the library's reason (never a silent
 * fallback that would post another backend's number under this name).
 */
final class KernelChoice {

    static final String FFM_CLASS = "io.talebian.kernels.FfmKernels";

    private KernelChoice() {
    }

    static Kernels kernels(final String impl) {
        switch (impl) {
            case "java":
                return JavaKernels.INSTANCE;
            case "vector":
                return Backends.get(Backend.VECTOR);
            case "jni":
                return Backends.get(Backend.JNI);
            case "ffm":
                Backends.get(Backend.FFM); // fails with the library's reason when FFM is unavailable
                return ffm("critical");
            case "ffmStandard":
                Backends.get(Backend.FFM);
                return ffm("standard");
            case "auto":
                return Backends.get(Backend.AUTO);
            default:
                throw new IllegalArgumentException("impl=" + impl
                        + " is not one of java, vector, jni, ffm, ffmStandard, auto");
        }
    }

    /** {@code FfmKernels.critical()} or {@code FfmKernels.standard()}, reached by name (a Java 22 class). */
    private static Kernels ffm(final String factory) {
        try {
            final Method m = Class.forName(FFM_CLASS).getMethod(factory);
            return (Kernels) m.invoke(null);
        } catch (ReflectiveOperationException e) {
            final Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new UnsupportedOperationException(FFM_CLASS + "." + factory + "() unavailable: " + cause, e);
        }
    }

    /** Fails unless {@code k} gives the reference moments of {@code x} (1e-9 relative). */
    static void checkAgainstReference(final Kernels k, final String impl, final double[] x) {
        final WindowStats got = new WindowStats();
        final WindowStats want = new WindowStats();
        k.windowStats(x, 0, x.length, got);
        JavaKernels.INSTANCE.windowStats(x, 0, x.length, want);
        if (got.n != want.n || !close(got.mean, want.mean) || !close(got.variance, want.variance)
                || !close(got.skewness, want.skewness) || !close(got.kurtosis, want.kurtosis)
                || got.min != want.min || got.max != want.max) {
            throw new IllegalStateException("impl=" + impl + " gives " + got + ", the Java reference " + want);
        }
    }

    /** Commons Math's mean, variance, min and max must match the reference (its skewness and
     *  kurtosis are the bias-corrected sample estimators, G1 and G2, so they differ by design). */
    static void checkCommons(final DescriptiveStatistics d, final double[] x) {
        final WindowStats want = new WindowStats();
        JavaKernels.INSTANCE.windowStats(x, 0, x.length, want);
        if (!close(d.getMean(), want.mean) || !close(d.getVariance(), want.variance)
                || d.getMin() != want.min || d.getMax() != want.max) {
            throw new IllegalStateException("commons gives mean=" + d.getMean() + " variance=" + d.getVariance()
                    + ", the Java reference " + want);
        }
    }

    static boolean close(final double a, final double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
    }
}
