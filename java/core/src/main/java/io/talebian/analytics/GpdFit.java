package io.talebian.analytics;

/**
 * A peaks-over-threshold fit of the generalized Pareto distribution
 * G(y) = 1 - (1 + xi*y/beta)^(-1/xi) to the excesses y = X - u of the n_u largest of n values.
 *
 * @param n                 observations in the series
 * @param exceedances       n_u, values above the threshold
 * @param threshold         u
 * @param xi                shape (xi &gt; 0: power-law tail with index 1/xi; 0: exponential; &lt; 0: bounded)
 * @param beta              scale
 */
public record GpdFit(int n, int exceedances, double threshold, double xi, double beta) {

    /** A fit that could not be made. */
    public static GpdFit unavailable(int n) {
        return new GpdFit(n, 0, Double.NaN, Double.NaN, Double.NaN);
    }

    public boolean available() {
        return exceedances > 0 && Double.isFinite(xi) && beta > 0.0;
    }

    /** Tail index 1/xi of the fitted tail (NaN unless xi &gt; 0). */
    public double tailIndex() {
        return xi > 0.0 ? 1.0 / xi : Double.NaN;
    }

    /**
     * Tail VaR and ES at level p (McNeil and Frey 2000, eqs. for the unconditional tail):
     * VaR_p = u + (beta/xi) * [((n/n_u)*(1-p))^(-xi) - 1] (u - beta*ln((n/n_u)*(1-p)) at xi = 0),
     * ES_p = (VaR_p + beta - xi*u)/(1 - xi) (+inf when xi &gt;= 1). Defined for 1-p &lt;= n_u/n, i.e.
     * levels beyond the threshold; NaN otherwise.
     */
    public TailRisk tailRisk(final double p) {
        if (!available() || !(p > 0.0 && p < 1.0) || (1.0 - p) > (double) exceedances / n + 1e-12) {
            return new TailRisk("gpd", p, Double.NaN, Double.NaN);
        }
        final double t = (double) n / exceedances * (1.0 - p);
        final double var = Math.abs(xi) < 1e-12
                ? threshold - beta * Math.log(t)
                : threshold + beta / xi * (Math.pow(t, -xi) - 1.0);
        final double es = xi < 1.0 ? (var + beta - xi * threshold) / (1.0 - xi) : Double.POSITIVE_INFINITY;
        return new TailRisk("gpd", p, var, es);
    }
}
