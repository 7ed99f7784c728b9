package io.talebian.nativelib;

/**
 * The JNI entry points of the native library (bound by {@code RegisterNatives} in
 * {@code native/jni/jni_onload.c}). Internal: use {@link io.talebian.kernels.JniKernels} or
 * {@link NativeLibrary}. Calling any method before {@link NativeLibrary#ensureLoaded()} returned
 * true throws {@link UnsatisfiedLinkError}.
 *
 * <p>Each method calls the {@code talebian.h} function of the same name. Array methods pin their
 * arrays with {@code GetPrimitiveArrayCritical} and do <em>not</em> check bounds: callers
 * guarantee {@code 0 <= off}, {@code off + len <= length}, and slot arrays at least as long as
 * their {@code *_SLOTS}. Structs come back as a small {@code double[]} (one
 * {@code SetDoubleArrayRegion}) rather than object fields (one JNI call per field), which measured
 * about 70 ns cheaper per call on JDK 25. Methods returning {@code int} return
 * {@code TLB_OK} (0), a count, or a negative {@code TLB_ERR_*} code ({@link #ERR_VM} when the VM
 * could not pin an array; an exception is then pending and thrown on return).
 */
public final class TalebianJni {
    /** {@code TLB_OK}. */
    public static final int OK = 0;
    /** {@code TLB_ERR_ARG}. */
    public static final int ERR_ARG = -1;
    /** The glue's own code: the VM could not pin an array (an exception is pending). */
    public static final int ERR_VM = -100;
    /** Slots of {@link #windowStats}: n, mean, variance, sd, skewness, kurtosis, min, max, m2. */
    public static final int STATS_SLOTS = 9;
    /** Slots of {@link #momentsAddArray}: n, mean, m2, m3, m4, min, max. */
    public static final int MOMENTS_SLOTS = 7;
    /** Slots of {@link #tailSums}: leftSum, rightSum, leftCount, rightCount, xiMinus, xiMid, xiPlus. */
    public static final int TAIL_SLOTS = 7;

    private TalebianJni() {
    }

    public static native String version();

    public static native String isaName(int isa);

    public static native int cpuIsa();

    public static native int cpuFeatures();

    public static native int activeIsa();

    public static native int setIsa(int isa);

    /** {@code tlb_window_stats} into {@code out[0, STATS_SLOTS)} (n as a double). */
    public static native int windowStats(double[] x, int off, int len, double[] out);

    /** {@code tlb_moments_add_array}: reads and rewrites {@code acc[0, MOMENTS_SLOTS)}. */
    public static native int momentsAddArray(double[] x, int off, int len, double[] acc);

    /** {@code tlb_tail_sums} into {@code out[0, TAIL_SLOTS)} on success (counts as doubles). */
    public static native int tailSums(double[] x, int off, int len, double mu, double sigma, double k, double d,
                                      double[] out);

    /** {@code tlb_top_k_desc} into {@code out[0..)} ({@code out.length >= k}); returns the count. */
    public static native int topKDesc(double[] x, int off, int len, int k, double[] out);

    /** {@code tlb_amplitude_encode} of {@code z[0, len)} into {@code out[0, len)}; out may be z. */
    public static native int amplitudeEncode(double[] z, int len, double[] out);

    /** {@code tlb_state_overlap}. */
    public static native double stateOverlap(double[] a, double[] b, int len);

    /** {@code tlb_tanh_array} of {@code x[off, off+len)} into {@code out[outOff, outOff+len)}. */
    public static native int tanhArray(double[] x, int off, int len, double[] out, int outOff);

    /** {@code tlb_tanh}. */
    public static native double tanh(double x);
}
