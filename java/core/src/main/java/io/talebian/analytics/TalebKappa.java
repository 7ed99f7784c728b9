package io.talebian.analytics;

import java.util.SplittableRandom;

/**
 * Taleb's kappa (Taleb 2019, "How much data do you need? An operational, pre-asymptotic metric
 * for fat-tailedness", International Journal of Forecasting 35(2)): with S_n the sum of n
 * independent copies of X and M(n) = E|S_n - E[S_n]| its mean absolute deviation,
 * <pre>
 *   kappa(n0, n) = 2 - (log n - log n0) / log(M(n)/M(n0)).
 * </pre>
 * kappa = 0 for the Gaussian (M(n) grows like sqrt(n)), kappa = 2 - alpha for an alpha-stable law,
 * and kappa approaches 1 for the fattest tails with a finite mean: the closer to 1, the more data
 * the law of large numbers needs (the paper's "n_min" equivalence with the Gaussian).
 *
 * <p>Two estimators from one series of N returns (centred at their sample mean mu):
 * <ul>
 *   <li><b>blocks</b>: M(m) = mean over the floor(N/m) non-overlapping blocks of m consecutive
 *       returns of |S - m*mu|. It uses the data as they came (serial dependence, volatility
 *       clustering included), which the definition's independent sums do not have; with
 *       N = 5,000 and n = 30 it rests on about 170 sums, so it is noisy (a few hundredths to a
 *       tenth).</li>
 *   <li><b>bootstrap</b>: M(m) = mean over B sums of m returns drawn independently and uniformly
 *       with replacement (a fixed-seed {@link SplittableRandom}, so deterministic); for m = 1 the
 *       exact mean absolute deviation of the sample. This is the definition applied to the
 *       empirical distribution; its Monte Carlo error is about 0.75/sqrt(B) relative on M(n).</li>
 * </ul>
 * Both are reported; the bootstrap value is the one to compare with the paper's tables, the
 * difference between the two shows how much the dependence adds.
 */
public final class TalebKappa {
    private TalebKappa() {
    }

    /** kappa(n0, n) from the two mean absolute deviations. */
    public static double kappa(final int n0, final int n, final double madN0, final double madN) {
        return 2.0 - (Math.log(n) - Math.log(n0)) / Math.log(madN / madN0);
    }

    /** M(m) from non-overlapping blocks of m consecutive values, centred at m*mu; NaN if none. */
    public static double madOfBlockSums(final double[] r, final int m, final double mu) {
        final int blocks = r.length / m;
        if (blocks == 0) {
            return Double.NaN;
        }
        double s = 0.0;
        for (int b = 0; b < blocks; b++) {
            double sum = 0.0;
            for (int j = b * m; j < (b + 1) * m; j++) {
                sum += r[j] - mu;
            }
            s += Math.abs(sum);
        }
        return s / blocks;
    }

    /** M(m) by the bootstrap of B sums (exact for m = 1), centred at m*mu. */
    public static double madOfBootstrapSums(final double[] r, final int m, final double mu, final int b,
                                            final SplittableRandom rnd) {
        if (r.length == 0) {
            return Double.NaN;
        }
        if (m == 1) {
            return madOfBlockSums(r, 1, mu);
        }
        double s = 0.0;
        for (int i = 0; i < b; i++) {
            double sum = 0.0;
            for (int j = 0; j < m; j++) {
                sum += r[rnd.nextInt(r.length)] - mu;
            }
            s += Math.abs(sum);
        }
        return s / b;
    }

    /** Both estimates of kappa(n0, n) for the series (mean taken from the data). */
    public static KappaEstimate estimate(final double[] r, final int n0, final int n, final int bootstrapSums,
                                         final long seed) {
        if (n0 < 1 || n <= n0) {
            throw new IllegalArgumentException("kappa needs 1 <= n0 < n: n0=" + n0 + " n=" + n);
        }
        double mu = 0.0;
        for (double x : r) {
            mu += x;
        }
        mu /= Math.max(1, r.length);
        final double m0Blocks = madOfBlockSums(r, n0, mu);
        final double mnBlocks = madOfBlockSums(r, n, mu);
        final SplittableRandom rnd = new SplittableRandom(seed);
        final double m0Boot = madOfBootstrapSums(r, n0, mu, bootstrapSums, rnd);
        final double mnBoot = madOfBootstrapSums(r, n, mu, bootstrapSums, rnd);
        return new KappaEstimate(n0, n, kappa(n0, n, m0Blocks, mnBlocks), r.length / n,
                kappa(n0, n, m0Boot, mnBoot), bootstrapSums, m0Boot, mnBlocks, mnBoot);
    }
}
