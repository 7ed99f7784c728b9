package io.talebian.analytics;

import java.util.Arrays;

/**
 * Generalized Pareto fit by probability-weighted moments (Hosking and Wallis 1987), over the
 * exceedances of a threshold (peaks over threshold).
 *
 * <p>With the excesses y sorted ascending y_(1) &lt;= ... &lt;= y_(m): a0 = mean(y) and
 * a1 = a0 - b1, b1 = (1/m) * sum_j ((j-1)/(m-1)) * y_(j), the unbiased estimates of
 * alpha_0 = E[Y] and alpha_1 = E[Y (1 - G(Y))]. For the GPD, alpha_r = beta/((r+1)(r+1-xi)), so
 * xi = 2 - a0/(a0 - 2*a1) and beta = 2*a0*a1/(a0 - 2*a1). (Hosking and Wallis write k = -xi.)
 * The moments exist for xi &lt; 1; the estimator is recommended for xi &lt; 1/2.
 *
 * <p>Threshold: with n values and threshold quantile q (default 0.90), the number of exceedances
 * is n_u = floor(n*(1-q)) and u is the (n_u+1)-th largest value, the same convention as Hill's
 * X_(k+1). At least {@link #MIN_EXCEEDANCES} exceedances are needed.
 */
public final class GpdPwmEstimator {
    /** Fewest exceedances a fit is attempted with. */
    public static final int MIN_EXCEEDANCES = 10;

    private GpdPwmEstimator() {
    }

    /** Fits the losses -r of a return series above their {@code q}-quantile. */
    public static GpdFit lossTail(final double[] returns, final double q) {
        final double[] l = new double[returns.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = -returns[i];
        }
        return fitAboveQuantile(l, q);
    }

    /** Fits the values of {@code x} above their {@code q}-quantile (see the class comment). */
    public static GpdFit fitAboveQuantile(final double[] x, final double q) {
        final int n = x.length;
        final int nu = (int) Math.min(n - 1L, (long) Math.floor(n * (1.0 - q) + 1e-9));
        if (nu < MIN_EXCEEDANCES) {
            return GpdFit.unavailable(n);
        }
        final double[] s = x.clone();
        Arrays.sort(s);
        final double u = s[n - 1 - nu];
        final double[] y = new double[nu];
        for (int i = 0; i < nu; i++) {
            y[i] = s[n - nu + i] - u;
        }
        final double[] xb = fitExcesses(y);
        return new GpdFit(n, nu, u, xb[0], xb[1]);
    }

    /** {xi, beta} from excesses (any order, all &gt;= 0; the array is sorted in place). */
    public static double[] fitExcesses(final double[] y) {
        final int m = y.length;
        if (m < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Arrays.sort(y);
        double a0 = 0.0;
        double b1 = 0.0;
        for (int j = 0; j < m; j++) {
            a0 += y[j];
            b1 += (double) j / (m - 1) * y[j];
        }
        a0 /= m;
        b1 /= m;
        final double a1 = a0 - b1;
        final double d = a0 - 2.0 * a1;
        if (!(d > 0.0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {2.0 - a0 / d, 2.0 * a0 * a1 / d};
    }
}
