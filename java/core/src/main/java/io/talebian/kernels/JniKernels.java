package io.talebian.kernels;

import io.talebian.nativelib.NativeLibrary;
import io.talebian.nativelib.TalebianJni;
import java.util.Objects;

/**
 * {@inheritDoc}
 *
 * <p>The native kernels through JNI ({@link TalebianJni}); runs on JDK 17+. Arrays are pinned
 * with {@code GetPrimitiveArrayCritical} (no copy); struct results come back through a per-thread
 * {@code double[16]} scratch (one JNI copy, cheaper than setting fields from C), so nothing is
 * allocated per call. Because a bad index would
 * corrupt memory rather than throw, each call checks its ranges ({@link Objects#checkFromIndexSize},
 * an intrinsic) before crossing into C. Stateless and thread-safe.
 *
 * <p>Construct only when {@link NativeLibrary#ensureLoaded()} is true (see {@link #isAvailable()});
 * otherwise the constructor throws {@link IllegalStateException} with the loader's cause.
 */
public final class JniKernels implements Kernels {

    /** Per-thread result slots (the largest struct has 9). */
    private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[16]);

    /** Loads the native library if needed; throws naming the cause when it is not usable. */
    public JniKernels() {
        if (!NativeLibrary.ensureLoaded()) {
            throw new IllegalStateException("JNI backend unavailable: " + NativeLibrary.status().cause());
        }
    }

    /** True when the native library is loaded (after trying to load it); never throws. */
    public static boolean isAvailable() {
        return NativeLibrary.ensureLoaded();
    }

    @Override
    public Backend backend() {
        return Backend.JNI;
    }

    @Override
    public void windowStats(final double[] x, final int off, final int len, final WindowStats out) {
        Objects.checkFromIndexSize(off, len, x.length);
        final double[] s = SCRATCH.get();
        check(TalebianJni.windowStats(x, off, len, s), "tlb_window_stats", len);
        out.n = (long) s[0];
        out.mean = s[1];
        out.variance = s[2];
        out.sd = s[3];
        out.skewness = s[4];
        out.kurtosis = s[5];
        out.min = s[6];
        out.max = s[7];
        out.m2 = s[8];
    }

    @Override
    public void momentsAddArray(final double[] x, final int off, final int len, final Moments acc) {
        Objects.checkFromIndexSize(off, len, x.length);
        final double[] s = SCRATCH.get();
        s[0] = acc.n;
        s[1] = acc.mean;
        s[2] = acc.m2;
        s[3] = acc.m3;
        s[4] = acc.m4;
        s[5] = acc.min;
        s[6] = acc.max;
        check(TalebianJni.momentsAddArray(x, off, len, s), "tlb_moments_add_array", len);
        acc.n = (long) s[0];
        acc.mean = s[1];
        acc.m2 = s[2];
        acc.m3 = s[3];
        acc.m4 = s[4];
        acc.min = s[5];
        acc.max = s[6];
    }

    @Override
    public void tailSums(final double[] x, final int off, final int len, final double mu, final double sigma,
                         final double k, final double d, final TailSums out) {
        Objects.checkFromIndexSize(off, len, x.length);
        final double[] s = SCRATCH.get();
        final int rc = TalebianJni.tailSums(x, off, len, mu, sigma, k, d, s);
        if (rc != TalebianJni.OK) {
            throw new IllegalArgumentException("tlb_tail_sums returned " + rc + " for len=" + len + ", mu=" + mu
                    + ", sigma=" + sigma + ", k=" + k + ", d=" + d + " (needs sigma > 0 finite, k >= 0, d >= 0)");
        }
        out.leftSum = s[0];
        out.rightSum = s[1];
        out.leftCount = (long) s[2];
        out.rightCount = (long) s[3];
        out.xiMinus = s[4];
        out.xiMid = s[5];
        out.xiPlus = s[6];
    }

    @Override
    public int topKDescending(final double[] x, final int off, final int len, final int k, final double[] out) {
        Objects.checkFromIndexSize(off, len, x.length);
        Objects.checkFromIndexSize(0, Math.min(k, len), out.length);
        final int n = TalebianJni.topKDesc(x, off, len, k, out);
        check(n < 0 ? n : TalebianJni.OK, "tlb_top_k_desc", len);
        return n;
    }

    @Override
    public void amplitudeEncode(final double[] z, final int len, final double[] out) {
        Objects.checkFromIndexSize(0, len, z.length);
        Objects.checkFromIndexSize(0, len, out.length);
        check(TalebianJni.amplitudeEncode(z, len, out), "tlb_amplitude_encode", len);
    }

    @Override
    public double stateOverlap(final double[] a, final double[] b, final int len) {
        Objects.checkFromIndexSize(0, len, a.length);
        Objects.checkFromIndexSize(0, len, b.length);
        return TalebianJni.stateOverlap(a, b, len);
    }

    /** tanh of {@code x[off, off+len)} into {@code out[outOff, outOff+len)} ({@code tlb_tanh_array}). */
    public void tanhArray(final double[] x, final int off, final int len, final double[] out, final int outOff) {
        Objects.checkFromIndexSize(off, len, x.length);
        Objects.checkFromIndexSize(outOff, len, out.length);
        check(TalebianJni.tanhArray(x, off, len, out, outOff), "tlb_tanh_array", len);
    }

    private static void check(final int rc, final String function, final int len) {
        if (rc != TalebianJni.OK) {
            throw new IllegalArgumentException(function + " returned " + rc + " for len=" + len);
        }
    }

    @Override
    public String toString() {
        return "JniKernels{" + NativeLibrary.status().summary() + '}';
    }
}
