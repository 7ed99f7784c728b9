package io.talebian.backtest;

import io.talebian.data.PriceSeries;
import io.talebian.data.TimeValues;
import io.talebian.engine.RiskConfig;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Backtest of the sizing (spec section 6): at each row t the sizer (by default a fresh
 * {@link io.talebian.engine.RiskEngine} per run) sees rows 0..t and returns size_t; the strategy
 * holds size_t of its capital in the instrument over (t, t+1] and the rest in cash at 0:
 *
 * <pre>equity_{t+1} = equity_t * (1 + size_t * (P_{t+1}/P_t - 1)),   equity_0 = 1</pre>
 *
 * The sizer is asked for size_t before the backtest reads P_{t+1}, so no size can depend on a
 * later price. Beside it, buy-and-hold (size 1) on the same series, by the same recursion: its equity is P_t/P_0
 * (up to rounding). No
 * transaction costs, no slippage, no financing; equity reaching 0 (possible only with sizes above
 * 1) is ruin and stays 0. Immutable and reusable: each {@link #run} makes a new sizer.
 */
public final class SizingBacktest {
    private final Supplier<? extends PositionSizer> sizers;
    private final Annualisation annualisation;

    private SizingBacktest(final Supplier<? extends PositionSizer> sizers, final Annualisation annualisation) {
        this.sizers = sizers;
        this.annualisation = annualisation;
    }

    /** The engine's recommended position size with {@code config} (a new engine per run). */
    public SizingBacktest(final RiskConfig config) {
        this(() -> new EngineSizer(Objects.requireNonNull(config, "config")), null);
    }

    /** Sizes from {@code sizers} (called once per run for a fresh sizer). */
    public static SizingBacktest withSizer(final Supplier<? extends PositionSizer> sizers) {
        return new SizingBacktest(Objects.requireNonNull(sizers, "sizers"), null);
    }

    /** The same backtest annualised with {@code periodsPerYear} instead of the inferred factor. */
    public SizingBacktest periodsPerYear(final double periodsPerYear) {
        return new SizingBacktest(sizers, Annualisation.given(periodsPerYear));
    }

    /** The same backtest with an explicit annualisation (null: inferred from the times). */
    public SizingBacktest annualisation(final Annualisation a) {
        return new SizingBacktest(sizers, a);
    }

    /** Runs over a series read from a file (prices, times, volumes when present). */
    public BacktestReport run(final PriceSeries s) {
        return run(s.source(), s.times(), s.epochMillis(), s.prices(), s.volumes());
    }

    /**
     * Runs over arrays.
     *
     * @param times       time values as written (for the report), or null (rows numbered from 1)
     * @param epochMillis parsed times ({@link TimeValues#UNPARSED} where unknown), or null
     * @param volumes     volumes, or null
     */
    public BacktestReport run(final String source, final String[] times, final long[] epochMillis,
                              final double[] prices, final double[] volumes) {
        final int n = prices.length;
        if (n < 2) {
            throw new IllegalArgumentException(source + ": " + n + " price rows: a backtest needs at least 2");
        }
        final String[] tv = times != null ? times : rowNumbers(n);
        final long[] em = epochMillis != null ? epochMillis : unparsed(n);
        if (tv.length != n || em.length != n || (volumes != null && volumes.length != n)) {
            throw new IllegalArgumentException("column lengths differ from prices=" + n);
        }
        final long[] ticks = tickTimes(em);
        final PositionSizer sizer = Objects.requireNonNull(sizers.get(), "sizer");
        final double[] sizes = new double[n];
        final double[] equity = new double[n];
        final double[] hold = new double[n];
        equity[0] = 1.0;
        hold[0] = 1.0;
        boolean ruined = false;
        for (int t = 0; t < n; t++) {
            // size_t is fixed before P_{t+1} is read.
            final double s = sizer.size(t, ticks[t], prices[t], volumes == null ? Double.NaN : volumes[t]);
            if (!Double.isFinite(s)) {
                throw new IllegalStateException("the sizer returned size=" + s + " at row " + t);
            }
            sizes[t] = s;
            if (t + 1 < n) {
                final double ratio = prices[t + 1] / prices[t];
                final double e = equity[t] * (1.0 + s * (ratio - 1.0));
                if (e <= 0.0 || ruined) {
                    ruined = true;
                    equity[t + 1] = 0.0;
                } else {
                    equity[t + 1] = e;
                }
                hold[t + 1] = hold[t] * (1.0 + 1.0 * (ratio - 1.0)); // the same recursion with size 1
            }
        }
        final Annualisation a = annualisation != null ? annualisation : Annualisation.of(em);
        final double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        double[] swan = null;
        int warmUp = -1;
        if (sizer instanceof EngineSizer) {
            swan = ((EngineSizer) sizer).blackSwanProbabilities();
            warmUp = ((EngineSizer) sizer).warmUpEnd();
        }
        return new BacktestReport(source, n, tv, a, PerformanceMetrics.of(equity, sizes, a.periodsPerYear()),
                PerformanceMetrics.of(hold, ones, a.periodsPerYear()), equity, hold, sizes, swan, warmUp, ruined);
    }

    /**
     * Times for the engine: the epoch milliseconds when every row's time parsed, else the row
     * numbers (the engine needs non-decreasing numbers, not calendar time).
     */
    static long[] tickTimes(final long[] epochMillis) {
        for (long t : epochMillis) {
            if (t == TimeValues.UNPARSED) {
                final long[] rows = new long[epochMillis.length];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = i;
                }
                return rows;
            }
        }
        return epochMillis;
    }

    private static String[] rowNumbers(final int n) {
        final String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            s[i] = Integer.toString(i + 1);
        }
        return s;
    }

    private static long[] unparsed(final int n) {
        final long[] e = new long[n];
        java.util.Arrays.fill(e, TimeValues.UNPARSED);
        return e;
    }
}
