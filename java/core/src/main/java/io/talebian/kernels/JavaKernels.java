package io.talebian.kernels;

/**
 * The scalar reference implementation of {@link Kernels}: plain Java, any JDK, always available.
 * Every other backend is tested against it, so it follows {@code native/include/talebian.h}
 * literally and favours clarity over speed.
 *
 * <p>{@inheritDoc}
 * Stateless: use {@link #INSTANCE}.
 */
public final class JavaKernels implements Kernels {

    /** The one instance (the class has no state). */
    public static final JavaKernels INSTANCE = new JavaKernels();

    public JavaKernels() {
        // public for Class.forName/newInstance style lookups; INSTANCE is preferred
    }

    @Override
    public Backend backend() {
        return Backend.JAVA;
    }

    /**
     * {@inheritDoc}
     * The algorithm of {@code native/src/stats.c}, so every backend rounds alike: pass 1 gives
     * sum, min and max and {@code mean0 = sum/n} (or {@code sum(x_i/n)} when the sum is not finite);
     * pass 2 the sums S1..S4 of {@code d = (x - mean0) * 2^-e}, with {@code 2^e} the power of two
     * just above the spread {@code max|x - mean0|} (exact scaling that keeps d^4 clear of underflow
     * and overflow); then the corrected two-pass step (Chan, Golub &amp; LeVeque) moves them to
     * {@code mean = mean0 + 2^e S1/n}. A NaN makes every double NaN. Constant finite windows
     * ({@code min == max}) are exact: mean = the value, m2 = 0, skewness and kurtosis NaN.
     */
    @Override
    public void windowStats(final double[] x, final int off, final int len, final WindowStats out) {
        if (len == 0) {
            out.set(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            return;
        }
        twoPass(x, off, len, out, null);
    }

    /**
     * The exponent e of the power of two 2^e with max(hi - mean0, mean0 - lo) in [2^(e-1), 2^e)
     * (C's frexp), clamped to [-1000, 1000]; 0 when that spread is 0 or not finite.
     */
    static int scaleExponent(final double mean0, final double lo, final double hi) {
        final double spread = hi - mean0 > mean0 - lo ? hi - mean0 : mean0 - lo;
        if (!(spread > 0.0) || !Double.isFinite(spread)) {
            return 0;
        }
        int g = Math.getExponent(spread);
        if (g < Double.MIN_EXPONENT) { // subnormal
            g = Math.getExponent(spread * 0x1p54) - 54;
        }
        return Math.max(-1000, Math.min(1000, g + 1));
    }

    /** Window results from the scaled centred sums of pass 2 (the tail of {@code tlb_window_stats}). */
    static void finishStats(final WindowStats out, final int len, final double mean0, final int e, final double s1,
                            final double s2, final double s3, final double s4, final double min, final double max) {
        final double dn = len;
        final double delta = s1 / dn;
        final double dd = delta * delta;
        final double c2 = s2 - dn * dd;
        final double ms2 = c2 < 0.0 ? 0.0 : c2;
        final double ms3 = s3 - 3.0 * delta * s2 + 2.0 * dn * dd * delta;
        final double c4 = s4 - 4.0 * delta * s3 + 6.0 * dd * s2 - 3.0 * dn * dd * dd;
        final double ms4 = c4 < 0.0 ? 0.0 : c4;
        out.n = len;
        out.mean = Double.isFinite(mean0) ? mean0 + Math.scalb(delta, e) : mean0;
        out.min = min;
        out.max = max;
        out.m2 = Math.scalb(ms2, 2 * e);
        if (len < 2) {
            out.variance = Double.NaN;
            out.sd = Double.NaN;
            out.skewness = Double.NaN;
            out.kurtosis = Double.NaN;
            return;
        }
        final double vs = ms2 / (dn - 1.0);
        out.variance = Math.scalb(vs, 2 * e);
        out.sd = Math.scalb(Math.sqrt(vs), e);
        out.skewness = skewness(len, ms2, ms3);
        out.kurtosis = kurtosis(len, ms2, ms4);
    }

    /** sum/n when the sum is finite, else the overflow-safe sum(x_i/n) (NaN when x has a NaN). */
    static double mean0(final double[] x, final int off, final int len, final double sum) {
        final double dn = len;
        if (Double.isFinite(sum)) {
            return sum / dn;
        }
        double m = 0.0;
        for (int i = off, end = off + len; i < end; i++) {
            m += x[i] / dn;
        }
        return m;
    }

    static boolean hasNaN(final double[] x, final int off, final int len) {
        for (int i = off, end = off + len; i < end; i++) {
            if (x[i] != x[i]) {
                return true;
            }
        }
        return false;
    }

    /** Sample variance with divisor n-1; NaN when n &lt; 2. */
    static double variance(final long n, final double m2) {
        return n < 2 ? Double.NaN : m2 / (n - 1);
    }

    /** g1 = sqrt(n) m3 / m2^1.5; NaN when n &lt; 2 or m2 == 0. */
    static double skewness(final long n, final double m2, final double m3) {
        if (n < 2 || m2 == 0.0 || m2 != m2) {
            return Double.NaN;
        }
        final double c2 = m2 / n;
        return (m3 / n) / (c2 * Math.sqrt(c2));
    }

    /** g2 = n m4 / m2^2 - 3; NaN when n &lt; 2 or m2 == 0. */
    static double kurtosis(final long n, final double m2, final double m4) {
        if (n < 2 || m2 == 0.0 || m2 != m2) {
            return Double.NaN;
        }
        final double c2 = m2 / n;
        return (m4 / n) / (c2 * c2) - 3.0;
    }

    /**
     * {@inheritDoc}
     * The block's moments come from the two-pass {@link #windowStats} algorithm and are merged
     * into {@code acc} with the pairwise formulas of {@link Moments#merge}, without allocating.
     */
    @Override
    public void momentsAddArray(final double[] x, final int off, final int len, final Moments acc) {
        if (len == 0) {
            return;
        }
        twoPass(x, off, len, null, acc);
    }

    /**
     * The two-pass block algorithm of {@code native/src/stats_scalar.c}, shared by
     * {@link #windowStats} (into {@code stats}) and {@link #momentsAddArray} (merged into
     * {@code acc}): exactly one of the two is non-null, so neither path allocates. Only the window
     * statistics take the exact shortcut for a constant window, as the C kernels do.
     */
    private static void twoPass(final double[] x, final int off, final int len, final WindowStats stats,
                                final Moments acc) {
        final int end = off + len;
        // pass 1 in the order of native/src/stats_scalar.c (4 partial sums), so that the
        // reference and the scalar tier round identically
        double p0 = 0.0;
        double p1 = 0.0;
        double p2 = 0.0;
        double p3 = 0.0;
        double min = x[off];
        double max = x[off];
        int i = off;
        for (; i + 4 <= end; i += 4) {
            p0 += x[i];
            p1 += x[i + 1];
            p2 += x[i + 2];
            p3 += x[i + 3];
            for (int j = i; j < i + 4; j++) {
                final double v = x[j];
                min = v < min ? v : min;
                max = v > max ? v : max;
            }
        }
        for (; i < end; i++) {
            final double v = x[i];
            p0 += v;
            min = v < min ? v : min;
            max = v > max ? v : max;
        }
        final double sum = (p0 + p1) + (p2 + p3);
        final double mean0 = mean0(x, off, len, sum);
        if (mean0 != mean0 && hasNaN(x, off, len)) {
            final double q = Double.NaN;
            if (stats != null) {
                stats.set(len, q, q, q, q, q, q, q);
            } else {
                merge(acc, len, q, q, q, q, q, q);
            }
            return;
        }
        if (stats != null && min == max && Double.isFinite(min)) {
            stats.set(len, min, variance(len, 0.0), Double.NaN, Double.NaN, min, max, 0.0);
            return;
        }
        final int e = scaleExponent(mean0, min, max);
        final double scale = Math.scalb(1.0, -e);
        // pass 2 in the order of stats_scalar.c: even and odd elements in two sets of sums
        double a1 = 0.0;
        double a2 = 0.0;
        double a3 = 0.0;
        double a4 = 0.0;
        double b1 = 0.0;
        double b2 = 0.0;
        double b3 = 0.0;
        double b4 = 0.0;
        i = off;
        for (; i + 2 <= end; i += 2) {
            final double d = (x[i] - mean0) * scale;
            final double e2 = (x[i + 1] - mean0) * scale;
            final double d2 = d * d;
            final double ee = e2 * e2;
            a1 += d;
            a2 += d2;
            a3 += d2 * d;
            a4 += d2 * d2;
            b1 += e2;
            b2 += ee;
            b3 += ee * e2;
            b4 += ee * ee;
        }
        if (i < end) {
            final double d = (x[i] - mean0) * scale;
            final double d2 = d * d;
            a1 += d;
            a2 += d2;
            a3 += d2 * d;
            a4 += d2 * d2;
        }
        final double s1 = a1 + b1;
        final double s2 = a2 + b2;
        final double s3 = a3 + b3;
        final double s4 = a4 + b4;
        if (stats != null) {
            finishStats(stats, len, mean0, e, s1, s2, s3, s4, min, max);
        } else {
            mergeScaled(acc, len, mean0, e, s1, s2, s3, s4, min, max);
        }
    }


    /** Merges a block given by its scaled pass-2 sums (the tail of {@code tlb_moments_add_array}). */
    static void mergeScaled(final Moments acc, final int len, final double mean0, final int e, final double s1,
                            final double s2, final double s3, final double s4, final double min, final double max) {
        final double dn = len;
        final double delta = s1 / dn;
        final double dd = delta * delta;
        final double c2 = s2 - dn * dd;
        final double ms3 = s3 - 3.0 * delta * s2 + 2.0 * dn * dd * delta;
        final double c4 = s4 - 4.0 * delta * s3 + 6.0 * dd * s2 - 3.0 * dn * dd * dd;
        final double mean = Double.isFinite(mean0) ? mean0 + Math.scalb(delta, e) : mean0;
        merge(acc, len, mean, Math.scalb(c2 < 0.0 ? 0.0 : c2, 2 * e), Math.scalb(ms3, 3 * e),
                Math.scalb(c4 < 0.0 ? 0.0 : c4, 4 * e), min, max);
    }

    /** acc := acc merged with a block (nb &gt; 0) given by its moments; the formulas of {@link Moments#merge}. */
    static void merge(final Moments acc, final long nbl, final double meanB, final double m2B, final double m3B,
                      final double m4B, final double minB, final double maxB) {
        if (acc.n == 0) {
            acc.n = nbl;
            acc.mean = meanB;
            acc.m2 = m2B;
            acc.m3 = m3B;
            acc.m4 = m4B;
            acc.min = minB;
            acc.max = maxB;
            return;
        }
        final double na = acc.n;
        final double nb = nbl;
        final double nn = na + nb;
        final double delta = meanB - acc.mean;
        final double d2 = delta * delta;
        final double m2a = acc.m2;
        final double m3a = acc.m3;
        final double m2n = m2a + m2B + d2 * na * nb / nn;
        final double m3n = m3a + m3B + d2 * delta * na * nb * (na - nb) / (nn * nn)
                + 3.0 * delta * (na * m2B - nb * m2a) / nn;
        final double m4n = acc.m4 + m4B + d2 * d2 * na * nb * (na * na - na * nb + nb * nb) / (nn * nn * nn)
                + 6.0 * d2 * (na * na * m2B + nb * nb * m2a) / (nn * nn) + 4.0 * delta * (na * m3B - nb * m3a) / nn;
        acc.mean = acc.mean + delta * nb / nn;
        acc.m2 = m2n;
        acc.m3 = m3n;
        acc.m4 = m4n;
        acc.n = acc.n + nbl;
        Moments.mergeMinMax(acc, minB, maxB);
    }

    /**
     * {@inheritDoc}
     * With z = (x - mu)/sigma. sigma must be finite and &gt; 0, k and d &gt;= 0 (the only checks here,
     * mirroring TLB_ERR_ARG). {@code xi} terms are {@code v > 0 ? v : 0}, so a NaN z adds 0 (as in C).
     */
    @Override
    public void tailSums(final double[] x, final int off, final int len, final double mu, final double sigma,
                         final double k, final double d, final TailSums out) {
        checkTailArgs(sigma, k, d);
        double left = 0.0;
        double right = 0.0;
        long nLeft = 0;
        long nRight = 0;
        double xiMinus = 0.0;
        double xiMid = 0.0;
        double xiPlus = 0.0;
        final double sMinus = sigma - d;
        final double sPlus = sigma + d;
        final double ks = -k * sigma;
        for (int i = off, end = off + len; i < end; i++) {
            final double z = (x[i] - mu) / sigma;
            if (z < -k) {
                left -= z;
                nLeft++;
            }
            if (z > k) {
                right += z;
                nRight++;
            }
            final double vm = ks - sMinus * z;
            final double v0 = ks - sigma * z;
            final double vp = ks - sPlus * z;
            xiMinus += vm > 0.0 ? vm : 0.0;
            xiMid += v0 > 0.0 ? v0 : 0.0;
            xiPlus += vp > 0.0 ? vp : 0.0;
        }
        out.leftSum = left;
        out.rightSum = right;
        out.leftCount = nLeft;
        out.rightCount = nRight;
        out.xiMinus = xiMinus;
        out.xiMid = xiMid;
        out.xiPlus = xiPlus;
    }

    /** The argument rule of {@code tlb_tail_sums}: IllegalArgumentException naming the value. */
    static void checkTailArgs(final double sigma, final double k, final double d) {
        if (!(sigma > 0.0) || sigma == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("sigma=" + sigma + " must be > 0 and finite");
        }
        if (!(k >= 0.0)) {
            throw new IllegalArgumentException("k=" + k + " must be >= 0");
        }
        if (!(d >= 0.0)) {
            throw new IllegalArgumentException("d=" + d + " must be >= 0");
        }
    }

    /**
     * {@inheritDoc}
     * A min-heap of at most k values kept in {@code out} itself (no allocation), then heap-sorted
     * into descending order. NaN values are skipped. O(n log k).
     */
    @Override
    public int topKDescending(final double[] x, final int off, final int len, final int k, final double[] out) {
        if (k <= 0) {
            return 0;
        }
        int size = 0;
        for (int i = off, end = off + len; i < end; i++) {
            final double v = x[i];
            if (v != v) {
                continue;
            }
            if (size < k) {
                siftUp(out, size++, v);
            } else if (v > out[0]) {
                siftDown(out, size, v);
            }
        }
        for (int last = size - 1; last > 0; last--) {
            final double min = out[0];
            siftDown(out, last, out[last]);
            out[last] = min;
        }
        return size;
    }

    private static void siftUp(final double[] heap, final int pos, final double v) {
        int i = pos;
        while (i > 0) {
            final int parent = (i - 1) >>> 1;
            if (heap[parent] <= v) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = v;
    }

    /** Replaces the root of heap[0, size) by v and restores the min-heap order. */
    private static void siftDown(final double[] heap, final int size, final double v) {
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && heap[c + 1] < heap[c]) {
                c++;
            }
            if (v <= heap[c]) {
                break;
            }
            heap[i] = heap[c];
            i = c;
        }
        heap[i] = v;
    }

    /**
     * Hill tail-index estimate from values sorted descending ({@code tlb_hill_gamma}):
     * (1/k) sum_{i&lt;k} ln(desc[i]/desc[k]); NaN unless k &gt;= 1, k+1 values, all &gt; 0.
     */
    public static double hillGamma(final double[] desc, final int k) {
        if (k < 1 || desc.length < k + 1) {
            return Double.NaN;
        }
        final double ref = desc[k];
        if (!(ref > 0.0)) {
            return Double.NaN;
        }
        double s = 0.0;
        for (int i = 0; i < k; i++) {
            if (!(desc[i] > 0.0)) {
                return Double.NaN;
            }
            s += Math.log(desc[i] / ref);
        }
        return s / k;
    }

    /**
     * {@inheritDoc}
     * Uses {@link TanhTable}, the Java twin of the native table (within 1e-6 of {@link Math#tanh},
     * spec 3.7), so every backend encodes to the same bits up to rounding. {@code out} may be
     * {@code z}. A zero norm gives all zeros; a NaN propagates.
     */
    @Override
    public void amplitudeEncode(final double[] z, final int len, final double[] out) {
        double ss = 0.0;
        for (int i = 0; i < len; i++) {
            final double t = TanhTable.tanh(z[i]);
            out[i] = t;
            ss += t * t;
        }
        divideByNorm(out, len, ss);
    }

    /**
     * out[0, len) /= its L2 norm, given ss = the sum of squares; as {@code tlb_amplitude_encode}:
     * when ss &lt; 2^-900 the squares may have underflowed, so the norm is recomputed scaled by the
     * largest |value|; a zero norm gives zeros, a NaN norm NaNs.
     */
    static void divideByNorm(final double[] out, final int len, final double ss) {
        double norm = Math.sqrt(ss);
        if (ss < 0x1p-900) {
            double mx = 0.0;
            for (int i = 0; i < len; i++) {
                final double a = Math.abs(out[i]);
                mx = a > mx ? a : mx;
            }
            if (mx > 0.0) {
                double t = 0.0;
                for (int i = 0; i < len; i++) {
                    final double q = out[i] / mx;
                    t += q * q;
                }
                norm = mx * Math.sqrt(t);
            }
        }
        if (norm == 0.0) {
            java.util.Arrays.fill(out, 0, len, 0.0);
            return;
        }
        for (int i = 0; i < len; i++) {
            out[i] /= norm;
        }
    }

    /** {@inheritDoc} (sum a_i b_i)^2. */
    @Override
    public double stateOverlap(final double[] a, final double[] b, final int len) {
        double dot = 0.0;
        for (int i = 0; i < len; i++) {
            dot += a[i] * b[i];
        }
        return dot * dot;
    }
}
