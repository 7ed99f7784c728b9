package io.talebian.engine;

/**
 * The Taleb-Douady fragility heuristic (spec 3.2): the centred second difference
 * H = [f(s + d) + f(s - d)]/2 - f(s) of a payoff (or harm) function f of the dispersion s.
 * It is 0 for a linear f and -d^2 for f(s) = -s^2 (concave: harm decelerates); the engine applies
 * it to the spec's tail-harm function xi(s) = (1/n) sum max(-k sigma - s z_i, 0), which is convex
 * in s (a sum of maxima of affine functions), so the engine's value is always &gt;= 0, with 0
 * exactly when no z_i crosses its kink between s - d and s + d. See docs/engine.md.
 */
public final class FragilityHeuristic {
    private FragilityHeuristic() {
    }

    /** [f(s+d) + f(s-d)]/2 - f(s) from the three values. */
    public static double secondDifference(final double fMinus, final double fMid, final double fPlus) {
        return 0.5 * (fPlus + fMinus) - fMid;
    }

    /** xi(s) = (1/n) sum max(-k*sigma - s*z_i, 0) over z[0, n): the reference the tail-sums kernel accelerates. */
    public static double xi(final double[] z, final int n, final double k, final double sigma, final double s) {
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += Math.max(-k * sigma - s * z[i], 0.0);
        }
        return sum / n;
    }
}
