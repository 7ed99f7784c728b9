package io.talebian.analytics;

import java.util.Arrays;

/**
 * The Hill (1975) estimator of the tail index (spec sections 3.3 and 5). Of the positive values,
 * sorted descending X_(1) &gt;= X_(2) &gt;= ..., it takes gamma = (1/k) * sum_{i=1..k} ln(X_(i)/X_(k+1))
 * and alpha = 1/gamma. The default k follows spec 3.3: max(10, floor(sqrt(n))), at most (number
 * of positive values - 1); fewer than 10 usable order statistics make the estimate unavailable.
 */
public final class HillEstimator {
    /** Smallest k for which an estimate is reported. */
    public static final int MIN_K = 10;

    private HillEstimator() {
    }

    /** k by the spec 3.3 rule for n observations of which {@code positives} are &gt; 0; 0 if &lt; 10. */
    public static int defaultK(final int n, final int positives) {
        final int k = Math.min(Math.max(MIN_K, (int) Math.floor(Math.sqrt(n))), positives - 1);
        return k < MIN_K ? 0 : k;
    }

    /** Hill on the left tail: the losses -r of a return series, k by {@link #defaultK} when k &lt;= 0. */
    public static HillEstimate leftTail(final double[] returns, final int k) {
        final double[] l = new double[returns.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = -returns[i];
        }
        return estimate("left", l, k);
    }

    /** Hill on the right tail: the gains r of a return series. */
    public static HillEstimate rightTail(final double[] returns, final int k) {
        return estimate("right", returns.clone(), k);
    }

    /**
     * Hill on the positive values of {@code x} (NaN ignored; the array may be reordered);
     * k by {@link #defaultK} when {@code k <= 0}, otherwise capped at positives - 1.
     */
    public static HillEstimate estimate(final String tail, final double[] x, final int k) {
        int pos = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0.0) {
                x[pos++] = x[i];
            }
        }
        final int n = x.length;
        final int kk = k <= 0 ? defaultK(n, pos) : Math.min(k, pos - 1);
        if (kk < 1 || (k <= 0 && kk < MIN_K)) {
            return HillEstimate.unavailable(tail, n);
        }
        final double[] p = Arrays.copyOf(x, pos);
        Arrays.sort(p);
        final double u = p[pos - 1 - kk];
        double s = 0.0;
        for (int i = 0; i < kk; i++) {
            s += Math.log(p[pos - 1 - i] / u);
        }
        final double gamma = s / kk;
        final double alpha = gamma > 0.0 ? 1.0 / gamma : Double.NaN;
        return new HillEstimate(tail, n, kk, u, gamma, alpha, alpha / Math.sqrt(kk));
    }
}
