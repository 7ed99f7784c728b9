package io.talebian.analytics;

import io.talebian.data.PriceSeries;
import io.talebian.kernels.Kernels;
import java.util.ArrayList;
import java.util.List;

/**
 * Batch analytics over a whole series (spec section 5): one call gives a {@link SeriesReport}.
 * Prices become log returns r_i = ln(P_{i+1}/P_i) first. The moments come from the given
 * {@link Kernels} backend; everything else is plain Java in this package (one class per family).
 * Thread-safe (stateless apart from its settings).
 */
public final class BatchAnalyzer {
    private final AnalyticsConfig config;
    private final Kernels kernels;

    public BatchAnalyzer(final AnalyticsConfig config, final Kernels kernels) {
        if (config == null || kernels == null) {
            throw new IllegalArgumentException("config=" + config + " kernels=" + kernels + ": both are required");
        }
        this.config = config;
        this.kernels = kernels;
    }

    public AnalyticsConfig config() {
        return config;
    }

    /** Analyses the log returns of a price series; drawdown dates come from its time values. */
    public SeriesReport analyze(final PriceSeries s) {
        final String[] t = s.times();
        return run(s.source(), s.priceColumn(), "prices", s.logReturns(), t);
    }

    /** Analyses the log returns of a price array. */
    public SeriesReport analyzePrices(final String source, final double[] prices) {
        return run(source, "price", "prices", PriceSeries.logReturns(prices), null);
    }

    /** Analyses returns directly (no time values: drawdown times are null). */
    public SeriesReport analyzeReturns(final String source, final double[] returns) {
        return run(source, "return", "returns", returns.clone(), null);
    }

    private SeriesReport run(final String source, final String column, final String input, final double[] r,
                             final String[] times) {
        final SeriesMoments m = SeriesMoments.of(r, kernels);
        final double[] levels = config.levels();
        final double[] sorted = ValueAtRisk.sortedLosses(r);
        final HillEstimate hillL = HillEstimator.leftTail(r, config.hillK());
        final HillEstimate hillR = HillEstimator.rightTail(r, config.hillK());
        final GpdFit gpd = GpdPwmEstimator.lossTail(r, config.gpdThresholdQuantile());
        final List<TailRisk> hist = new ArrayList<>();
        final List<TailRisk> gauss = new ArrayList<>();
        final List<TailRisk> cf = new ArrayList<>();
        final List<TailRisk> hill = new ArrayList<>();
        final List<TailRisk> gp = new ArrayList<>();
        for (double a : levels) {
            hist.add(ValueAtRisk.historical(sorted, a));
            gauss.add(ValueAtRisk.gaussian(m.mean(), m.sd(), a));
            cf.add(ValueAtRisk.cornishFisher(m.mean(), m.sd(), m.skewness(), m.excessKurtosis(), a));
            hill.add(hillL.tailRisk(a));
            gp.add(gpd.tailRisk(a));
        }
        final DrawdownResult dd = Drawdown.ofLogReturns(r);
        final double tau = config.threshold();
        final KappaEstimate kappa = r.length > config.kappaN()
                ? TalebKappa.estimate(r, config.kappaN0(), config.kappaN(), config.kappaBootstrapSums(), config.seed())
                : new KappaEstimate(config.kappaN0(), config.kappaN(), Double.NaN, 0, Double.NaN, 0,
                        Double.NaN, Double.NaN, Double.NaN);
        final FragilityReport frag = Fragility.analyze(r, m.mean(), m.sd(), config.tailK(), config.afDelta());
        final KellyReport kelly = Kelly.analyze(r, m.mean(), m.sd(), config.riskFreePerPeriod(),
                config.kellyFraction(), config.kellyMaxFraction());
        return new SeriesReport(source, column, input, r.length,
                timeAt(times, 0), times == null || times.length == 0 ? null : times[times.length - 1],
                m, hist, gauss, cf, ValueAtRisk.cornishFisherMonotone(m.skewness(), m.excessKurtosis()),
                hillL, hillR, hill, gpd, gp, dd,
                timeAt(times, dd.peakIndex()), timeAt(times, dd.troughIndex()), timeAt(times, dd.recoveryIndex()),
                tau, DownsideRatios.downsideDeviation(r, tau), DownsideRatios.sortino(r, m.mean(), tau),
                DownsideRatios.omega(r, tau), kappa, frag, kelly);
    }

    private static String timeAt(final String[] times, final int i) {
        return times == null || i < 0 || i >= times.length ? null : times[i];
    }
}
