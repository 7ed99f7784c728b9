package io.talebian.kernels;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The backend registry: which {@link Kernels} implementations this JVM can run, why the others
 * cannot, and what {@link Backend#AUTO} means here.
 *
 * <p>Probed once, on first use (a holder class), never from a static initialiser that could
 * fail: each backend is loaded by name (the JNI and JDK 22 classes may be absent), instantiated,
 * and checked against {@link JavaKernels} on a small input before it is declared available.
 * <ul>
 *   <li>{@code JAVA}: always.</li>
 *   <li>{@code VECTOR}: opt-in; only when {@code jdk.incubator.vector} is in the boot layer
 *       ({@code --add-modules jdk.incubator.vector}) on JDK 22+. Never chosen by AUTO.</li>
 *   <li>{@code JNI}: {@code io.talebian.kernels.JniKernels} present and the native library loaded.</li>
 *   <li>{@code FFM}: JDK 22+, {@code io.talebian.kernels.FfmKernels} (the MR-JAR part) and the
 *       library loaded. {@code -Dtalebian.isa=java} disables both native backends.</li>
 *   <li>{@code AUTO}: {@code JAVA} for inputs shorter than {@link #crossover()}, the best native
 *       backend (FFM, else JNI) from there on; plain {@code JAVA} when no native backend is available.</li>
 * </ul>
 * The choice is logged once at INFO; each fallback at WARNING with its reason.
 */
public final class Backends {

    /**
     * Window length from which an FFM downcall beats the scalar Java loop for {@code windowStats}
     * (AUTO uses Java below it when FFM is the best native backend). Override with
     * {@code -Dtalebian.auto.crossover=N}.
     *
     * <p>How it was measured (2026-11-24, JDK 25, this 2-core VM: AVX2 tier, no AVX-512): the JMH
     * benchmark {@code bench/.../StatsKernelsBench} swept over small windows,
     * <pre>
     * java -jar bench/target/benchmarks.jar StatsKernelsBench -p impl=java,ffm,jni \
     *      -p n=8,16,24,32,48,64,96 -wi 4 -w 200ms -i 10 -r 200ms -f 1 -rf json
     * </pre>
     * Average time, ns/op (99.9% error), java / ffm (critical) / jni:
     * n=8 53&plusmn;7 / 136&plusmn;26 / 167&plusmn;35; n=16 86&plusmn;10 / 116&plusmn;14 / 214&plusmn;28;
     * n=24 101&plusmn;9 / 124&plusmn;21 / 229&plusmn;34; n=32 133&plusmn;10 / 146&plusmn;15 / 223&plusmn;40;
     * n=48 177&plusmn;8 / 152&plusmn;20 / 228&plusmn;41; n=64 212&plusmn;21 / 162&plusmn;46 / 182&plusmn;43;
     * n=96 304&plusmn;60 / 186&plusmn;17 / 248&plusmn;53.
     * Java wins or ties up to n=32, FFM wins from n=48; JNI from about n=64-96. The fixed cost is
     * mostly the native kernel itself (about 100 ns at n=4 on the AVX2 tier when called from C),
     * not the downcall. The machine was shared (load average 2-3 during the run; earlier runs at
     * load 12-16 put the crossing at 64-80): re-measure on quiet hardware before relying on it.
     */
    public static final int DEFAULT_CROSSOVER = 48;

    /** The same for JNI as the best native backend (JDK 17-21): measured in the same run. */
    public static final int DEFAULT_CROSSOVER_JNI = 96;

    static final String JNI_CLASS = "io.talebian.kernels.JniKernels";
    static final String FFM_CLASS = "io.talebian.kernels.FfmKernels";
    static final String VECTOR_CLASS = "io.talebian.kernels.VectorKernels";

    private static final Logger LOG = System.getLogger("io.talebian.kernels");

    private Backends() {
    }

    /** The kernels of {@code backend}; AUTO gives the size-dispatching composite (or JAVA alone). */
    public static Kernels get(final Backend backend) {
        if (backend == null) {
            throw new IllegalArgumentException("backend=null");
        }
        final Kernels k = Holder.REGISTRY.kernels.get(backend);
        if (k == null) {
            throw new UnsupportedOperationException("backend=" + backend.id() + " is unavailable: "
                    + Holder.REGISTRY.reasons.get(backend));
        }
        return k;
    }

    /** Whether {@link #get} succeeds for {@code backend}. */
    public static boolean isAvailable(final Backend backend) {
        return Holder.REGISTRY.kernels.containsKey(backend);
    }

    /** Why {@code backend} is unavailable, or {@code null} when it is available. */
    public static String unavailableReason(final Backend backend) {
        return isAvailable(backend) ? null : Holder.REGISTRY.reasons.get(backend);
    }

    /** The concrete backends available here (never AUTO), JAVA first. */
    public static List<Backend> available() {
        return Holder.REGISTRY.available;
    }

    /** The best native backend (FFM, else JNI), or {@code null} when neither is available. */
    public static Backend bestNative() {
        return Holder.REGISTRY.bestNative;
    }

    /**
     * The crossover length AUTO uses: {@code talebian.auto.crossover} if set, else
     * {@link #DEFAULT_CROSSOVER} (FFM) or {@link #DEFAULT_CROSSOVER_JNI} (JNI as the best native).
     */
    public static int crossover() {
        return Holder.REGISTRY.crossover;
    }

    /** What AUTO runs for an input of length n: JAVA below the crossover, else the best native. */
    public static Kernels forSize(final int n) {
        final Registry r = Holder.REGISTRY;
        return n < r.crossover || r.bestNative == null ? JavaKernels.INSTANCE : r.kernels.get(r.bestNative);
    }

    private static final class Holder {
        static final Registry REGISTRY = new Registry();
    }

    /** The probe results; built once. */
    private static final class Registry {
        final Map<Backend, Kernels> kernels = new EnumMap<>(Backend.class);
        final Map<Backend, String> reasons = new EnumMap<>(Backend.class);
        final List<Backend> available;
        final Backend bestNative;
        final int crossover;

        Registry() {
            kernels.put(Backend.JAVA, JavaKernels.INSTANCE);
            probe(Backend.VECTOR, vectorPrecondition(), VECTOR_CLASS);
            final String nativeOff = NativeAccess.unavailableReason();
            probe(Backend.FFM, nativeOff != null ? nativeOff : ffmPrecondition(), FFM_CLASS);
            probe(Backend.JNI, nativeOff, JNI_CLASS);
            final List<Backend> av = new ArrayList<>();
            for (Backend b : Backend.values()) {
                if (b != Backend.AUTO && kernels.containsKey(b)) {
                    av.add(b);
                }
            }
            available = Collections.unmodifiableList(av);
            bestNative = kernels.containsKey(Backend.FFM) ? Backend.FFM
                    : kernels.containsKey(Backend.JNI) ? Backend.JNI : null;
            crossover = Integer.getInteger("talebian.auto.crossover",
                    bestNative == Backend.JNI ? DEFAULT_CROSSOVER_JNI : DEFAULT_CROSSOVER);
            logChoice(nativeOff);
        }

        private void logChoice(final String nativeOff) {
            if (bestNative == null) {
                kernels.put(Backend.AUTO, JavaKernels.INSTANCE);
                final Level level = System.getProperty("talebian.isa", "").equalsIgnoreCase("java")
                        ? Level.INFO : Level.WARNING;
                LOG.log(level, "talebian backend auto=java (no native backend: ffm: {0}; jni: {1})",
                        reasons.get(Backend.FFM), reasons.get(Backend.JNI));
                return;
            }
            kernels.put(Backend.AUTO, new AutoKernels(JavaKernels.INSTANCE, kernels.get(bestNative), crossover));
            if (bestNative == Backend.JNI) {
                LOG.log(Level.WARNING, "talebian backend ffm unavailable, auto falls back to jni: {0}",
                        reasons.get(Backend.FFM));
            }
            LOG.log(Level.INFO, "talebian backend auto=java for n < {0}, {1} from there (available: {2}; jdk {3})",
                    crossover, bestNative.id(), kernels.keySet(), Runtime.version().feature());
        }

        private void probe(final Backend b, final String precondition, final String className) {
            if (precondition != null) {
                reasons.put(b, precondition);
                return;
            }
            try {
                final Kernels k = instantiate(className);
                final String wrong = selfTest(k);
                if (wrong != null) {
                    reasons.put(b, className + " gives wrong results: " + wrong);
                    LOG.log(Level.WARNING, "talebian backend {0} disabled: {1}", b.id(), reasons.get(b));
                    return;
                }
                kernels.put(b, k);
            } catch (ClassNotFoundException e) {
                reasons.put(b, "class " + className + " is not on the class path");
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                final Throwable cause = e.getCause() != null ? e.getCause() : e;
                reasons.put(b, className + " failed to start: " + cause);
                LOG.log(Level.WARNING, "talebian backend {0} disabled: {1}", b.id(), reasons.get(b));
            }
        }
    }

    private static String vectorPrecondition() {
        if (Runtime.version().feature() < 22) {
            return "the vector backend needs JDK 22+, this is JDK " + Runtime.version().feature();
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return "opt-in: module jdk.incubator.vector is not loaded (run with --add-modules jdk.incubator.vector)";
        }
        return null;
    }

    private static String ffmPrecondition() {
        if (Runtime.version().feature() < 22) {
            return "the FFM backend needs JDK 22+, this is JDK " + Runtime.version().feature();
        }
        return null;
    }

    /** A static INSTANCE field if the class has one, else its public no-arg constructor. */
    static Kernels instantiate(final String className) throws ReflectiveOperationException {
        final Class<?> c = Class.forName(className, true, Backends.class.getClassLoader());
        try {
            return (Kernels) c.getField("INSTANCE").get(null);
        } catch (NoSuchFieldException e) {
            return (Kernels) c.getConstructor().newInstance();
        }
    }

    /** null if k agrees with JavaKernels on a small window, else what differs. */
    static String selfTest(final Kernels k) {
        final double[] x = {1.5, -2.25, 3.0, 4.75, -0.5, 2.0, 8.0};
        final WindowStats got = new WindowStats();
        final WindowStats want = new WindowStats();
        k.windowStats(x, 1, 6, got);
        JavaKernels.INSTANCE.windowStats(x, 1, 6, want);
        if (got.n != want.n || !close(got.mean, want.mean) || !close(got.variance, want.variance)
                || !close(got.kurtosis, want.kurtosis) || got.min != want.min || got.max != want.max) {
            return "windowStats " + got + ", expected " + want;
        }
        return null;
    }

    private static boolean close(final double a, final double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
    }
}
