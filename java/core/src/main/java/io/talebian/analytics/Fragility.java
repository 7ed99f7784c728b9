package io.talebian.analytics;

import java.util.function.DoubleUnaryOperator;

/**
 * Taleb and Douady (2013) fragility over a whole series, with the formulas of spec 3.2 applied
 * to all n returns at once (mu and sigma = the series' mean and sample sd, z_i = (r_i - mu)/sigma).
 *
 * <p>The heuristic is the symmetric second difference of a payoff in the dispersion s,
 * H = [f(s+d) + f(s-d)]/2 - f(s) ({@link #secondDifference}): 0 for a linear f, -d^2 for
 * f(s) = -s^2, and for the tail shortfall xi(s) = (1/n) * sum max(-k*sigma - s*z_i, 0) it
 * measures how much faster than linearly the expected loss beyond -k*sigma grows when
 * volatility rises by d. xi is convex in s, so H- &gt;= 0: its size (and its size relative to
 * xi(sigma)) is what carries information.
 */
public final class Fragility {
    private Fragility() {
    }

    /** [f(s+d) + f(s-d)]/2 - f(s). */
    public static double secondDifference(final DoubleUnaryOperator f, final double s, final double d) {
        return 0.5 * (f.applyAsDouble(s + d) + f.applyAsDouble(s - d)) - f.applyAsDouble(s);
    }

    /** xi(s) = (1/n) * sum max(-k*sigma - s*z_i, 0). */
    public static double xi(final double[] z, final double k, final double sigma, final double s) {
        double t = 0.0;
        for (double zi : z) {
            t += Math.max(-k * sigma - s * zi, 0.0);
        }
        return t / z.length;
    }

    /** The report for returns {@code r} with mean {@code mu} and sample sd {@code sigma}. */
    public static FragilityReport analyze(final double[] r, final double mu, final double sigma, final double k,
                                          final double deltaFraction) {
        final int n = r.length;
        if (n == 0 || !(sigma > 0.0) || !Double.isFinite(sigma)) {
            return new FragilityReport(n, k, deltaFraction, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0);
        }
        final double[] z = new double[n];
        double left = 0.0;
        double right = 0.0;
        for (int i = 0; i < n; i++) {
            z[i] = (r[i] - mu) / sigma;
            if (z[i] < -k) {
                left -= z[i];
            } else if (z[i] > k) {
                right += z[i];
            }
        }
        final double vm = left / n;
        final double vp = right / n;
        final double a = (vp - vm) / (vp + vm + 1e-12);
        final double score = vp == 0.0 && vm == 0.0 ? 0.5 : (1.0 + a) / 2.0;
        final double d = deltaFraction * sigma;
        final double xm = xi(z, k, sigma, sigma - d);
        final double x0 = xi(z, k, sigma, sigma);
        final double xp = xi(z, k, sigma, sigma + d);
        return new FragilityReport(n, k, deltaFraction, vm, vp, a, score, xm, x0, xp, 0.5 * (xp + xm) - x0);
    }
}
