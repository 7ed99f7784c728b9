package io.talebian.analytics;

/** Kelly criterion, continuous (spec 3.4, after Thorp) and discrete (Kelly 1956). */
public final class Kelly {
    private Kelly() {
    }

    /**
     * Relative width of the band around the kink |mu| = sigma/sqrt(n) inside which the shrunk mean
     * is 0: there the difference is rounding noise (e.g. returns {x, 0, 0} give |mu| = sigma/sqrt(3)
     * exactly, and the computed difference is +-1e-21), and its sign would decide whether Kelly
     * is 0 or a meaningless 1e-13.
     */
    public static final double SHRINK_KINK_BAND = 1e-12;

    /** mu_adj = sign(mu) * max(|mu| - sigma/sqrt(n), 0): the mean shrunk by one standard error. */
    public static double shrunkMean(final double mu, final double sigma, final long n) {
        return shrink(mu, sigma / Math.sqrt((double) n));
    }

    /**
     * sign(mu) * max(|mu| - se, 0) for a standard error {@code se}; 0 when |mu| - se is within
     * {@link #SHRINK_KINK_BAND} of |mu| + se (see there).
     */
    public static double shrink(final double mu, final double se) {
        final double a = Math.abs(mu);
        final double d = a - se;
        return d > SHRINK_KINK_BAND * (a + se) ? Math.signum(mu) * d : 0.0;
    }

    /** f* = (mu - rf)/sigma^2 (pass the shrunk mean for the spec's f*); NaN when sigma is 0. */
    public static double continuous(final double mu, final double sigma, final double rf) {
        return sigma > 0.0 ? (mu - rf) / (sigma * sigma) : Double.NaN;
    }

    /** clamp(fraction * fStar, 0, max); 0 when fStar is NaN. */
    public static double fractional(final double fStar, final double fraction, final double max) {
        if (Double.isNaN(fStar)) {
            return 0.0;
        }
        return Math.min(Math.max(fraction * fStar, 0.0), max);
    }

    /** f = p - (1-p)/b: win probability p, payoff ratio b (win size / loss size). */
    public static double discrete(final double p, final double b) {
        return p - (1.0 - p) / b;
    }

    /** The spec 3.4 report for returns with the given moments. */
    public static KellyReport analyze(final double[] r, final double mu, final double sigma, final double rf,
                                      final double fraction, final double max) {
        final long n = r.length;
        final double adj = n > 0 ? shrunkMean(mu, sigma, n) : Double.NaN;
        final double full = continuous(adj, sigma, rf);
        int wins = 0;
        int losses = 0;
        double winSum = 0.0;
        double lossSum = 0.0;
        for (double x : r) {
            if (x > 0.0) {
                wins++;
                winSum += x;
            } else if (x < 0.0) {
                losses++;
                lossSum -= x;
            }
        }
        final double p = n > 0 ? (double) wins / n : Double.NaN;
        final double b = wins > 0 && losses > 0 ? (winSum / wins) / (lossSum / losses) : Double.NaN;
        return new KellyReport(n, mu, sigma, adj, rf, full, continuous(mu, sigma, rf), fraction, max,
                fractional(full, fraction, max), p, b, Double.isNaN(b) ? Double.NaN : discrete(p, b));
    }
}
