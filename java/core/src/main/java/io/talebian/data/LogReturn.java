package io.talebian.data;

/**
 * The log return ln(p / p0) of one price against the previous one, shared by the streaming
 * engine and the batch series so that both see the same returns.
 *
 * <p>Equal prices give 0 exactly. For a small move (|u| &lt; 2^-10 with u = (p - p0) / p0, as
 * between consecutive trades) it is log1p(u) by its power series: p - p0 is exact there
 * (Sterbenz), u = (p - p0) * (1 / p0) carries two roundings, and the result is within a few ulps
 * of the true value, where {@code Math.log(p / p0)} inherits the rounding of p / p0 (~1.1e-16
 * absolute) and is only good to ~1e-16/|u| relative (1e-12 for a 1e-4 move). The series is also
 * cheaper: the engine's every dependency chain starts at the return, and with the reciprocal of
 * the previous price taken on the previous tick, the return is a subtraction, a multiplication
 * and five multiply-adds away from the price instead of a division and a log. Larger moves use
 * {@code Math.log(p / p0)}, whose relative error is then below 1e-13.
 */
public final class LogReturn {
    /** |u| below which the series is used: its first omitted term, u^7/7, is below 1e-19 |u|. */
    static final double SERIES_LIMIT = 0x1p-10;

    private LogReturn() {
    }

    /** ln(p / p0) for finite p, p0 &gt; 0 (0 exactly when they are equal). */
    public static double of(final double p, final double p0) {
        return of(p, p0, 1.0 / p0);
    }

    /**
     * As {@link #of(double, double)}, with {@code inverseP0} = {@code 1.0 / p0} given by a caller
     * that had it ready (the same value, so the same result).
     */
    public static double of(final double p, final double p0, final double inverseP0) {
        // a repeated price (40% of a trade stream's ticks) needs no branch of its own: u = +0 and the
        // series gives +0; were 1/p0 to overflow, u is NaN and log(p / p0) = log(1) gives +0
        final double u = (p - p0) * inverseP0;
        if (Math.abs(u) < SERIES_LIMIT) {
            // log1p(u) = u (1 - u/2 + u^2/3 - u^3/4 + u^4/5 - u^5/6) + O(u^7), in Estrin's scheme
            final double u2 = u * u;
            final double q = (1.0 - 0.5 * u) + u2 * ((1.0 / 3) - 0.25 * u) + (u2 * u2) * (0.2 - (1.0 / 6) * u);
            return u * q;
        }
        return Math.log(p / p0);
    }
}
