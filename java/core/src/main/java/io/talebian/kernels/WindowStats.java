package io.talebian.kernels;

/**
 * Moments of one window, mirroring {@code tlb_stats_t}. Mutable and reusable so the per-tick
 * path allocates nothing: a kernel overwrites every field.
 */
public final class WindowStats {
    public long n;
    public double mean;
    /** Sample variance (divisor n-1); NaN when n &lt; 2. */
    public double variance;
    public double sd;
    /** g1 = m3/m2^1.5 with m_k = central moment / n; NaN when n &lt; 2 or m2 = 0. */
    public double skewness;
    /** Excess kurtosis g2 = m4/m2^2 - 3; NaN when n &lt; 2 or m2 = 0. */
    public double kurtosis;
    public double min;
    public double max;
    /** Sum of squared deviations from the mean. */
    public double m2;

    /** Sets every field (used by the backends). */
    public void set(long n, double mean, double variance, double skewness, double kurtosis,
                    double min, double max, double m2) {
        this.n = n;
        this.mean = mean;
        this.variance = variance;
        this.sd = Math.sqrt(variance);
        this.skewness = skewness;
        this.kurtosis = kurtosis;
        this.min = min;
        this.max = max;
        this.m2 = m2;
    }

    @Override
    public String toString() {
        return "WindowStats{n=" + n + ", mean=" + mean + ", variance=" + variance + ", sd=" + sd
                + ", skewness=" + skewness + ", kurtosis=" + kurtosis + ", min=" + min + ", max=" + max + '}';
    }
}
