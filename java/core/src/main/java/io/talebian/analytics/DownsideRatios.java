package io.talebian.analytics;

/**
 * Sortino and Omega ratios at a per-period threshold tau (spec section 5), not annualised.
 * <ul>
 *   <li>downside deviation DD = sqrt((1/n) * sum min(r_i - tau, 0)^2) (all n periods in the
 *       denominator, as in Sortino and Price 1994);</li>
 *   <li>Sortino = (mean(r) - tau)/DD (+inf when DD = 0 and the mean exceeds tau, NaN when both
 *       are 0);</li>
 *   <li>Omega(tau) = sum max(r_i - tau, 0) / sum max(tau - r_i, 0) (Keating and Shadwick 2002;
 *       +inf without any shortfall). Omega &gt; 1 iff mean(r) &gt; tau.</li>
 * </ul>
 */
public final class DownsideRatios {
    private DownsideRatios() {
    }

    public static double downsideDeviation(final double[] r, final double tau) {
        if (r.length == 0) {
            return Double.NaN;
        }
        double s = 0.0;
        for (double x : r) {
            final double d = Math.min(x - tau, 0.0);
            s += d * d;
        }
        return Math.sqrt(s / r.length);
    }

    public static double sortino(final double[] r, final double mean, final double tau) {
        final double dd = downsideDeviation(r, tau);
        return (mean - tau) / dd;
    }

    public static double omega(final double[] r, final double tau) {
        if (r.length == 0) {
            return Double.NaN;
        }
        double up = 0.0;
        double down = 0.0;
        for (double x : r) {
            if (x > tau) {
                up += x - tau;
            } else {
                down += tau - x;
            }
        }
        return up / down;
    }
}
