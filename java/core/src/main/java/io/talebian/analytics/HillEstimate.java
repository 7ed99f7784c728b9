package io.talebian.analytics;

/**
 * A Hill (1975) tail-index estimate from the k largest of n observations.
 *
 * @param tail      "left" (losses -r) or "right" (gains r)
 * @param n         observations the tail probabilities refer to
 * @param k         order statistics used
 * @param threshold u = X_(k+1), the (k+1)-th largest value
 * @param gamma     (1/k) * sum_{i=1..k} ln(X_(i)/u)
 * @param alpha     tail index 1/gamma (NaN when unavailable)
 * @param alphaStdErr asymptotic standard error alpha/sqrt(k)
 */
public record HillEstimate(String tail, int n, int k, double threshold, double gamma, double alpha,
                           double alphaStdErr) {

    /** An estimate that could not be made (too few positive observations). */
    public static HillEstimate unavailable(String tail, int n) {
        return new HillEstimate(tail, n, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    public boolean available() {
        return k > 0 && Double.isFinite(alpha);
    }

    /**
     * Tail VaR/ES at level {@code p} by Weissman's extrapolation:
     * VaR = u * ((n/k)*(1-p))^(-1/alpha), ES = VaR * alpha/(alpha-1) (+inf when alpha &lt;= 1).
     * Defined for 1-p &lt;= k/n, i.e. levels beyond the threshold u, where the power law was
     * fitted; NaN otherwise (the body of the distribution is not a power law) and when unavailable.
     */
    public TailRisk tailRisk(final double p) {
        if (!available() || !(p > 0.0 && p < 1.0) || (1.0 - p) > (double) k / n + 1e-12) {
            return new TailRisk("hill", p, Double.NaN, Double.NaN);
        }
        final double var = threshold * Math.pow((double) n / k * (1.0 - p), -1.0 / alpha);
        final double es = alpha > 1.0 ? var * alpha / (alpha - 1.0) : Double.POSITIVE_INFINITY;
        return new TailRisk("hill", p, var, es);
    }
}
