package io.talebian.kernels;

/**
 * The numeric kernels the engine and the statistics API run on, behind one interface so that a
 * backend ({@code java}, {@code vector}, {@code jni}, {@code ffm}) is chosen once, when an engine
 * or a {@code io.talebian.stats.Statistics} object is built, never per call.
 *
 * <p>Contract shared by every implementation:
 * <ul>
 *   <li>Arguments are validated by the callers (the facades); implementations may assume
 *       {@code 0 <= off}, {@code off + len <= array.length}, non-null arrays and result objects.</li>
 *   <li>Results agree with {@link JavaKernels} (the scalar reference) within 1e-9 relative
 *       (or 1e-12 absolute where the exact value is 0), whatever the backend and ISA.</li>
 *   <li>No method allocates on the Java heap; results go into caller-provided objects.</li>
 *   <li>Implementations are stateless and thread-safe.</li>
 * </ul>
 * The semantics of each method are those of the function of the same name in
 * {@code native/include/talebian.h}.
 */
public interface Kernels {

    /** The backend this is. */
    Backend backend();

    /** Window moments of {@code x[off, off+len)} (two-pass, NIST StRD accurate); {@code tlb_window_stats}. */
    void windowStats(double[] x, int off, int len, WindowStats out);

    /** Merges the moments of {@code x[off, off+len)} into {@code acc}; {@code tlb_moments_add_array}. */
    void momentsAddArray(double[] x, int off, int len, Moments acc);

    /** Tail-vega and fragility partial sums (spec 3.2); {@code tlb_tail_sums}. */
    void tailSums(double[] x, int off, int len, double mu, double sigma, double k, double d, TailSums out);

    /**
     * Writes the {@code min(k, non-NaN count)} largest values of {@code x[off, off+len)} in
     * descending order to {@code out[0..)} and returns how many; {@code tlb_top_k_desc}.
     */
    int topKDescending(double[] x, int off, int len, int k, double[] out);

    /** tanh(z)/||tanh(z)||_2 of {@code z[0, len)} into {@code out[0, len)}; {@code tlb_amplitude_encode}. */
    void amplitudeEncode(double[] z, int len, double[] out);

    /** |&lt;a, b&gt;|^2 over the first {@code len} amplitudes; {@code tlb_state_overlap}. */
    double stateOverlap(double[] a, double[] b, int len);
}
