package io.talebian.nativelib;

import io.talebian.kernels.Backend;
import io.talebian.kernels.Backends;
import io.talebian.kernels.JniKernels;
import io.talebian.kernels.Moments;
import io.talebian.kernels.TailSums;
import io.talebian.kernels.WindowStats;
import java.util.Random;

/**
 * A self-check of the native path, runnable on any JDK 17+:
 * {@code java -cp talebian-core.jar:talebian-native-linux-x86_64.jar io.talebian.nativelib.NativeSelfTest}.
 * Prints the loader status and the JVM, calls every JNI entry point (empty, odd-sized and aliased
 * arrays included), and exits 1 when a result is inconsistent or, with {@code --require-native},
 * when the library did not load. CI runs it under {@code -Xcheck:jni} and fails on any warning.
 * With {@code --expect-origin=ORIGIN} it also fails unless the library came from there.
 */
public final class NativeSelfTest {
    private int failures;

    private NativeSelfTest() {
    }

    public static void main(final String[] args) {
        boolean requireNative = false;
        String expectOrigin = null;
        for (final String a : args) {
            if (a.equals("--require-native")) {
                requireNative = true;
            } else if (a.startsWith("--expect-origin=")) {
                expectOrigin = a.substring("--expect-origin=".length());
            }
        }
        final NativeStatus s = NativeLibrary.status();
        System.out.println("java.version=" + System.getProperty("java.version") + " feature=" + Runtime.version().feature());
        System.out.println("status=" + s.summary());
        System.out.println("origin=" + s.origin());
        System.out.println("ffm.versioned.class=" + versionedClassVisible());
        System.out.println("auto.backend=" + autoBackend());
        final NativeSelfTest t = new NativeSelfTest();
        if (s.loaded()) {
            t.run(new JniKernels());
        } else if (requireNative) {
            t.fail("native library required but not loaded");
        }
        t.checkAuto();
        if (expectOrigin != null && !s.origin().name().equalsIgnoreCase(expectOrigin)) {
            t.fail("origin=" + s.origin() + ", expected " + expectOrigin);
        }
        System.out.println(t.failures == 0 ? "selftest OK" : "selftest FAILED: " + t.failures);
        System.exit(t.failures == 0 ? 0 : 1);
    }

    private void run(final JniKernels k) {
        final Random rnd = new Random(42);
        for (final int n : new int[] {0, 1, 2, 3, 7, 64, 1001}) {
            final double[] x = new double[n + 3];
            for (int i = 0; i < x.length; i++) {
                x[i] = rnd.nextGaussian() * 0.01;
            }
            final WindowStats ws = new WindowStats();
            k.windowStats(x, 3, n, ws);
            final double[] slots = new double[TalebianJni.STATS_SLOTS];
            expect(TalebianJni.windowStats(x, 3, n, slots) == 0, "windowStats rc");
            expect(ws.n == n && (long) slots[0] == n, "windowStats n=" + ws.n);
            expect(same(ws.mean, slots[1]) && same(ws.m2, slots[8]), "windowStats twice");
            final Moments m = new Moments();
            k.momentsAddArray(x, 3, n, m);
            expect(m.n == n && (n == 0 || Math.abs(m.mean - ws.mean) <= 1e-12), "momentsAddArray mean");
            final TailSums ts = new TailSums();
            k.tailSums(x, 3, n, 0.0, 0.01, 1.0, 0.001, ts);
            expect(ts.leftCount + ts.rightCount <= n, "tailSums counts");
            final double[] top = new double[5];
            final int c = k.topKDescending(x, 3, n, 5, top);
            expect(c == Math.min(5, n) && (c < 2 || top[0] >= top[1]), "topK count=" + c);
            final double[] amp = new double[n];
            k.amplitudeEncode(x, n, amp);
            expect(n == 0 || Math.abs(k.stateOverlap(amp, amp, n) - 1.0) <= 1e-9, "amplitude norm");
            final double[] alias = x.clone();
            k.amplitudeEncode(alias, n, alias); // out aliases z, as talebian.h allows
            expect(n == 0 || same(alias[n - 1], amp[n - 1]), "aliased amplitudeEncode");
            k.tanhArray(x, 0, n, amp, 0);
            expect(n == 0 || Math.abs(amp[0] - Math.tanh(x[0])) <= 1e-6, "tanhArray");
        }
        expect(Math.abs(TalebianJni.tanh(0.5) - Math.tanh(0.5)) <= 1e-6, "tanh");
        expect(TalebianJni.isaName(TalebianJni.activeIsa()) != null, "isaName");
        System.out.println("jni kernels exercised: " + (failures == 0 ? "ok" : failures + " failures"));
    }

    /** Whatever loaded or not, AUTO must compute (through Java when native is off). */
    private void checkAuto() {
        final double[] x = new double[100];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        final WindowStats ws = new WindowStats();
        Backends.get(Backend.AUTO).windowStats(x, 0, x.length, ws);
        expect(ws.n == 100 && Math.abs(ws.mean - 49.5) <= 1e-12, "auto windowStats " + ws);
        System.out.println("auto kernels: " + (ws.n == 100 ? "ok" : "wrong"));
    }

    private static boolean same(final double a, final double b) {
        return Double.compare(a, b) == 0 || Math.abs(a - b) <= 1e-12 * Math.max(1.0, Math.abs(a));
    }

    private void expect(final boolean ok, final String what) {
        if (!ok) {
            fail(what);
        }
    }

    private void fail(final String what) {
        failures++;
        System.out.println("FAIL " + what);
    }

    /** Whether a class of the Java 22 part (META-INF/versions/22) is visible on this JVM. */
    private static boolean versionedClassVisible() {
        try {
            Class.forName("io.talebian.kernels.FfmKernels", false, NativeSelfTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The native backend AUTO uses for large inputs ("java" when none), and what is available. */
    private static String autoBackend() {
        final Backend best = Backends.bestNative();
        return (best == null ? "java" : best.id()) + " available=" + Backends.available();
    }
}
