package io.talebian.analytics;

import java.util.Arrays;

/**
 * Historical, Gaussian and Cornish-Fisher VaR and ES (spec section 5). Losses are L = -r; a
 * level alpha (e.g. 0.99) gives VaR = the alpha-quantile of L and ES = the mean of L beyond it,
 * as positive numbers.
 *
 * <ul>
 *   <li>Historical: VaR = L_(ceil(n*alpha)) (ascending order statistics: the lower inverse of
 *       the empirical distribution function); ES = (1/(1-alpha)) * integral over (alpha, 1) of
 *       the empirical quantile function (Acerbi and Tasche 2002), i.e.
 *       ES = [ (1/n) * sum_{i > m} L_(i) + (m/n - alpha) * L_(m) ] / (1 - alpha), m = ceil(n*alpha).
 *       ES &gt;= VaR always, and the estimator is coherent.</li>
 *   <li>Gaussian: VaR = -mu + sigma*z_alpha, ES = -mu + sigma*phi(z_alpha)/(1-alpha).</li>
 *   <li>Cornish-Fisher: the left-tail quantile z = z_{1-alpha} is replaced by
 *       z_cf = z + (z^2-1)S/6 + (z^3-3z)K/24 - (2z^3-5z)S^2/36 (S skewness, K excess kurtosis),
 *       VaR = -(mu + sigma*z_cf). ES is the mean of the same transform over the normal tail
 *       below z, in closed form from the truncated normal moments:
 *       E[z_cf(Z) | Z &lt;= z] = -(phi(z)/p) * [1 + zS/6 + (z^2-1)K/24 - (2z^2-1)S^2/36],
 *       p = 1 - alpha; ES = -(mu + sigma*that). This is the exact ES of the distribution whose
 *       quantile function is the Cornish-Fisher polynomial, which is a distribution only where
 *       that polynomial is increasing: see {@link #cornishFisherMonotone}.</li>
 * </ul>
 */
public final class ValueAtRisk {
    private ValueAtRisk() {
    }

    /** Losses -r sorted ascending (a new array). */
    public static double[] sortedLosses(final double[] returns) {
        final double[] l = new double[returns.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = -returns[i];
        }
        Arrays.sort(l);
        return l;
    }

    /** Historical VaR/ES from losses sorted ascending; NaN when empty or alpha not in (0, 1). */
    public static TailRisk historical(final double[] sortedLosses, final double alpha) {
        final int n = sortedLosses.length;
        if (n == 0 || !(alpha > 0.0 && alpha < 1.0)) {
            return new TailRisk("historical", alpha, Double.NaN, Double.NaN);
        }
        // m = ceil(n*alpha), guarded against n*alpha landing a hair above an integer.
        int m = (int) Math.ceil(n * alpha - 1e-9 * n);
        m = Math.max(1, Math.min(n, m));
        final double var = sortedLosses[m - 1];
        double tail = 0.0;
        for (int i = m; i < n; i++) {
            tail += sortedLosses[i];
        }
        final double es = (tail / n + ((double) m / n - alpha) * var) / (1.0 - alpha);
        return new TailRisk("historical", alpha, var, Math.max(es, var));
    }

    /** Gaussian VaR/ES for mean {@code mu} and sd {@code sigma}. */
    public static TailRisk gaussian(final double mu, final double sigma, final double alpha) {
        final double z = Gaussian.quantile(alpha);
        return new TailRisk("gaussian", alpha, -mu + sigma * z, -mu + sigma * Gaussian.pdf(z) / (1.0 - alpha));
    }

    /** Cornish-Fisher VaR/ES (see the class comment). */
    public static TailRisk cornishFisher(final double mu, final double sigma, final double skew,
                                         final double exKurt, final double alpha) {
        final double z = Gaussian.quantile(1.0 - alpha);
        final double z2 = z * z;
        final double zcf = z + (z2 - 1.0) * skew / 6.0 + (z2 * z - 3.0 * z) * exKurt / 24.0
                - (2.0 * z2 * z - 5.0 * z) * skew * skew / 36.0;
        final double p = 1.0 - alpha;
        final double tailMean = -(Gaussian.pdf(z) / p)
                * (1.0 + z * skew / 6.0 + (z2 - 1.0) * exKurt / 24.0 - (2.0 * z2 - 1.0) * skew * skew / 36.0);
        return new TailRisk("cornish-fisher", alpha, -(mu + sigma * zcf), -(mu + sigma * tailMean));
    }

    /**
     * True when the Cornish-Fisher map z -&gt; z_cf is increasing on the whole real line, so that it
     * defines a distribution (Maillard 2012): its derivative a*z^2 + b*z + c with a = K/8 - S^2/6,
     * b = S/3, c = 1 - K/8 + 5S^2/36 must stay positive. Fails for large excess kurtosis (about
     * K &gt; 6 with no skew), which daily equity returns usually have: read Cornish-Fisher figures
     * then as a rough correction only.
     */
    public static boolean cornishFisherMonotone(final double skew, final double exKurt) {
        final double a = exKurt / 8.0 - skew * skew / 6.0;
        final double b = skew / 3.0;
        final double c = 1.0 - exKurt / 8.0 + 5.0 * skew * skew / 36.0;
        if (a == 0.0) {
            return b == 0.0 && c > 0.0;
        }
        return a > 0.0 && b * b - 4.0 * a * c < 0.0;
    }
}
