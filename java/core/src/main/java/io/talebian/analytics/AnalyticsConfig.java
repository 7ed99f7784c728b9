package io.talebian.analytics;

import java.util.Arrays;

/**
 * Settings of the batch analytics (immutable; {@code with*} return changed copies). Defaults:
 * levels 0.95, 0.99, 0.995; threshold tau = 0 per period; af_tail_k 1.5 and af_delta 0.25 (spec
 * 3.2); Hill k by the spec 3.3 rule; GPD threshold at the 0.90 quantile of the losses; kappa(1, 30)
 * with 50,000 bootstrap sums, seed 1; Kelly fraction 0.55 capped at 0.75 (the aggressive preset),
 * rf = 0.
 */
public final class AnalyticsConfig {
    private double[] levels = {0.95, 0.99, 0.995};
    private double threshold;
    private double tailK = 1.5;
    private double afDelta = 0.25;
    private int hillK;
    private double gpdThresholdQuantile = 0.90;
    private int kappaN0 = 1;
    private int kappaN = 30;
    private int kappaBootstrapSums = 50_000;
    private long seed = 1L;
    private double kellyFraction = 0.55;
    private double kellyMaxFraction = 0.75;
    private double riskFreePerPeriod;

    /** The defaults listed in the class comment. */
    public static AnalyticsConfig defaults() {
        return new AnalyticsConfig();
    }

    private AnalyticsConfig copy() {
        final AnalyticsConfig c = new AnalyticsConfig();
        c.levels = levels.clone();
        c.threshold = threshold;
        c.tailK = tailK;
        c.afDelta = afDelta;
        c.hillK = hillK;
        c.gpdThresholdQuantile = gpdThresholdQuantile;
        c.kappaN0 = kappaN0;
        c.kappaN = kappaN;
        c.kappaBootstrapSums = kappaBootstrapSums;
        c.seed = seed;
        c.kellyFraction = kellyFraction;
        c.kellyMaxFraction = kellyMaxFraction;
        c.riskFreePerPeriod = riskFreePerPeriod;
        return c;
    }

    private static void check(boolean ok, String field, Object value, String rule) {
        if (!ok) {
            throw new IllegalArgumentException(field + "=" + value + ": must be " + rule);
        }
    }

    /** VaR/ES confidence levels, each in (0, 1). */
    public AnalyticsConfig withLevels(double... l) {
        check(l.length > 0, "levels", Arrays.toString(l), "non-empty");
        for (double x : l) {
            check(x > 0.0 && x < 1.0, "levels", x, "in (0, 1)");
        }
        final AnalyticsConfig c = copy();
        c.levels = l.clone();
        return c;
    }

    /** Per-period threshold tau of Sortino and Omega. */
    public AnalyticsConfig withThreshold(double tau) {
        check(Double.isFinite(tau), "threshold", tau, "finite");
        final AnalyticsConfig c = copy();
        c.threshold = tau;
        return c;
    }

    /** Tail cut k of the tail vega / fragility heuristic (spec 3.2 af_tail_k) and its af_delta. */
    public AnalyticsConfig withFragility(double k, double delta) {
        check(k > 0.0, "af_tail_k", k, "> 0");
        check(delta > 0.0 && delta < 1.0, "af_delta", delta, "in (0, 1)");
        final AnalyticsConfig c = copy();
        c.tailK = k;
        c.afDelta = delta;
        return c;
    }

    /** Hill k (0: the spec 3.3 rule). */
    public AnalyticsConfig withHillK(int k) {
        check(k >= 0, "hill_k", k, ">= 0");
        final AnalyticsConfig c = copy();
        c.hillK = k;
        return c;
    }

    /** Quantile of the losses used as GPD threshold, in (0, 1). */
    public AnalyticsConfig withGpdThresholdQuantile(double q) {
        check(q > 0.0 && q < 1.0, "gpd_threshold_quantile", q, "in (0, 1)");
        final AnalyticsConfig c = copy();
        c.gpdThresholdQuantile = q;
        return c;
    }

    /** kappa(n0, n) sizes, bootstrap sums and seed. */
    public AnalyticsConfig withKappa(int n0, int n, int bootstrapSums, long rngSeed) {
        check(n0 >= 1, "kappa_n0", n0, ">= 1");
        check(n > n0, "kappa_n", n, "> kappa_n0 (" + n0 + ")");
        check(bootstrapSums >= 100, "kappa_bootstrap_sums", bootstrapSums, ">= 100");
        final AnalyticsConfig c = copy();
        c.kappaN0 = n0;
        c.kappaN = n;
        c.kappaBootstrapSums = bootstrapSums;
        c.seed = rngSeed;
        return c;
    }

    /** Fraction of Kelly, its cap and the per-period risk-free rate. */
    public AnalyticsConfig withKelly(double fraction, double maxFraction, double rf) {
        check(fraction >= 0.0 && fraction <= 1.0, "kelly_fraction", fraction, "in [0, 1]");
        check(maxFraction >= 0.0 && maxFraction <= 1.0, "kelly_max_fraction", maxFraction, "in [0, 1]");
        check(Double.isFinite(rf), "risk_free_per_tick", rf, "finite");
        final AnalyticsConfig c = copy();
        c.kellyFraction = fraction;
        c.kellyMaxFraction = maxFraction;
        c.riskFreePerPeriod = rf;
        return c;
    }

    public double[] levels() {
        return levels.clone();
    }

    public double threshold() {
        return threshold;
    }

    public double tailK() {
        return tailK;
    }

    public double afDelta() {
        return afDelta;
    }

    public int hillK() {
        return hillK;
    }

    public double gpdThresholdQuantile() {
        return gpdThresholdQuantile;
    }

    public int kappaN0() {
        return kappaN0;
    }

    public int kappaN() {
        return kappaN;
    }

    public int kappaBootstrapSums() {
        return kappaBootstrapSums;
    }

    public long seed() {
        return seed;
    }

    public double kellyFraction() {
        return kellyFraction;
    }

    public double kellyMaxFraction() {
        return kellyMaxFraction;
    }

    public double riskFreePerPeriod() {
        return riskFreePerPeriod;
    }
}
