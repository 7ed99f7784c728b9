package io.talebian.kernels;

/**
 * Running central moments with O(1) add, remove and merge (Pebay 2008; Chan et al. for the
 * pairwise merge), mirroring {@code tlb_moments_t}. Not thread-safe; reusable.
 *
 * <p>{@link #min}/{@link #max} are exact after {@link #add} and {@link #merge}; {@link #remove}
 * cannot shrink them, so afterwards they are an envelope until the owner rescans. Removing
 * drifts slowly in floating point: a sliding-window owner re-anchors (recomputes two-pass)
 * periodically, as the engine does. A NaN added makes mean, m2, m3, m4, min and max NaN until
 * {@link #reset()}, as in C.
 */
public final class Moments {
    public long n;
    public double mean;
    /** Sum of (x - mean)^2. */
    public double m2;
    /** Sum of (x - mean)^3. */
    public double m3;
    /** Sum of (x - mean)^4. */
    public double m4;
    public double min = Double.POSITIVE_INFINITY;
    public double max = Double.NEGATIVE_INFINITY;

    /** Back to the empty state. */
    public void reset() {
        n = 0;
        mean = m2 = m3 = m4 = 0.0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }

    /** Copies every field of {@code o}. */
    public void copyFrom(final Moments o) {
        n = o.n;
        mean = o.mean;
        m2 = o.m2;
        m3 = o.m3;
        m4 = o.m4;
        min = o.min;
        max = o.max;
    }

    public void add(final double x) {
        final long n1 = n;
        final long nn = n1 + 1;
        final double delta = x - mean;
        final double deltaN = delta / nn;
        final double deltaN2 = deltaN * deltaN;
        final double term1 = delta * deltaN * n1;
        mean += deltaN;
        m4 += term1 * deltaN2 * ((double) nn * nn - 3.0 * nn + 3.0) + 6.0 * deltaN2 * m2 - 4.0 * deltaN * m3;
        m3 += term1 * deltaN * (nn - 2.0) - 3.0 * deltaN * m2;
        m2 += term1;
        n = nn;
        mergeMinMax(this, x, x);
    }

    /**
     * min/max of {@code m} widened by [lo, hi]; a NaN makes both NaN (the rule of
     * {@code tlb_moments_add}/{@code tlb_moments_merge}: a NaN added poisons every statistic).
     */
    public static void mergeMinMax(final Moments m, final double lo, final double hi) {
        if (lo < m.min || lo != lo) {
            m.min = lo;
        }
        if (hi > m.max || hi != hi) {
            m.max = hi;
        }
        if (m.min != m.min || m.max != m.max) {
            m.min = Double.NaN;
            m.max = Double.NaN;
        }
    }

    /** Removes a value that was added before (the inverse of a merge with a single value). */
    public void remove(final double x) {
        if (n <= 1) {
            reset();
            return;
        }
        final double nc = n;
        final double na = nc - 1.0;
        final double meanA = (nc * mean - x) / na;
        final double delta = x - meanA;
        final double d2 = delta * delta;
        final double m2a = m2 - d2 * na / nc;
        final double m3a = m3 - d2 * delta * na * (na - 1.0) / (nc * nc) + 3.0 * delta * m2a / nc;
        final double m4a = m4 - d2 * d2 * na * (na * na - na + 1.0) / (nc * nc * nc)
                - 6.0 * d2 * m2a / (nc * nc) + 4.0 * delta * m3a / nc;
        n = n - 1;
        mean = meanA;
        m2 = Math.max(m2a, 0.0);
        m3 = m3a;
        m4 = Math.max(m4a, 0.0);
    }

    /** this := this merged with {@code b}. */
    public void merge(final Moments b) {
        if (b.n == 0) {
            return;
        }
        if (n == 0) {
            copyFrom(b);
            return;
        }
        final double na = n;
        final double nb = b.n;
        final double nn = na + nb;
        final double delta = b.mean - mean;
        final double d2 = delta * delta;
        final double m2n = m2 + b.m2 + d2 * na * nb / nn;
        final double m3n = m3 + b.m3 + d2 * delta * na * nb * (na - nb) / (nn * nn)
                + 3.0 * delta * (na * b.m2 - nb * m2) / nn;
        final double m4n = m4 + b.m4 + d2 * d2 * na * nb * (na * na - na * nb + nb * nb) / (nn * nn * nn)
                + 6.0 * d2 * (na * na * b.m2 + nb * nb * m2) / (nn * nn) + 4.0 * delta * (na * b.m3 - nb * m3) / nn;
        mean = mean + delta * nb / nn;
        m2 = m2n;
        m3 = m3n;
        m4 = m4n;
        n = n + b.n;
        mergeMinMax(this, b.min, b.max);
    }

    /** Sample variance (n-1); NaN when n &lt; 2. */
    public double variance() {
        return n < 2 ? Double.NaN : m2 / (n - 1);
    }

    /** g1 = m3/m2^1.5 with moments divided by n; NaN when n &lt; 2 or m2 = 0. */
    public double skewness() {
        if (n < 2 || m2 == 0.0) {
            return Double.NaN;
        }
        return Math.sqrt((double) n) * m3 / Math.pow(m2, 1.5);
    }

    /** Excess kurtosis g2 = m4/m2^2 - 3 with moments divided by n; NaN when n &lt; 2 or m2 = 0. */
    public double kurtosis() {
        if (n < 2 || m2 == 0.0) {
            return Double.NaN;
        }
        return n * m4 / (m2 * m2) - 3.0;
    }
}
