package io.talebian.backtest;

import io.talebian.analytics.DownsideRatios;
import io.talebian.analytics.Drawdown;
import io.talebian.analytics.DrawdownResult;
import io.talebian.analytics.SeriesMoments;
import io.talebian.kernels.Backend;
import io.talebian.kernels.Backends;

/**
 * The performance of one equity curve (docs/backtest.md). With E_0..E_T the equity, R_t =
 * E_{t+1}/E_t - 1 the T simple period returns and N the periods per year:
 * <ul>
 *   <li>totalReturn = E_T/E_0 - 1; years = T/N; cagr = (E_T/E_0)^(1/years) - 1;</li>
 *   <li>volatility = sd(R) * sqrt(N) (sample sd, n-1);</li>
 *   <li>sharpe = mean(R)/sd(R) * sqrt(N) (cash earns 0, so no risk-free rate is subtracted);</li>
 *   <li>sortino = mean(R)/DD * sqrt(N), DD = sqrt((1/T) sum min(R_t, 0)^2)
 *       ({@link DownsideRatios}, threshold 0);</li>
 *   <li>maximum drawdown of the equity path ({@link Drawdown}), with its peak, trough and
 *       recovery indices (rows of the price series);</li>
 *   <li>worst period return min R_t and its period t (the return over rows t to t+1);</li>
 *   <li>exposure: the mean size held over the T periods and the fraction of periods with size &gt; 0.</li>
 * </ul>
 * Ratios are NaN where undefined (sd or DD zero, fewer than 2 periods).
 */
public record PerformanceMetrics(int periods, double periodsPerYear, double years, double finalEquity,
                                 double totalReturn, double cagr, double volatility, double sharpe,
                                 double sortino, DrawdownResult drawdown, double worstPeriodReturn,
                                 int worstPeriod, double meanExposure, double fractionInvested) {

    /** Maximum drawdown as a fraction in [0, 1]. */
    public double maxDrawdown() {
        return drawdown.maxDrawdown();
    }

    /**
     * Computes the metrics of {@code equity} (T+1 levels, E_0 &gt; 0) held with {@code sizes}
     * (at least T values: the size over each period).
     */
    public static PerformanceMetrics of(final double[] equity, final double[] sizes, final double periodsPerYear) {
        final int t = equity.length - 1;
        if (t < 1) {
            throw new IllegalArgumentException("a backtest needs at least 2 prices, got " + equity.length);
        }
        final double[] r = new double[t];
        final double[] logLevel = new double[t + 1];
        int worst = 0;
        double exposure = 0.0;
        int invested = 0;
        for (int i = 0; i <= t; i++) {
            logLevel[i] = Math.log(equity[i]);
            if (i < t) {
                r[i] = equity[i] > 0 ? equity[i + 1] / equity[i] - 1.0 : 0.0;
                if (r[i] < r[worst]) {
                    worst = i;
                }
                exposure += sizes[i];
                if (sizes[i] > 0) {
                    invested++;
                }
            }
        }
        // Java kernels: the same figures on every machine and backend.
        final SeriesMoments m = SeriesMoments.of(r, Backends.get(Backend.JAVA));
        final double sd = t >= 2 ? m.sd() : Double.NaN;
        final double ann = Math.sqrt(periodsPerYear);
        final double growth = equity[t] / equity[0];
        final double years = t / periodsPerYear;
        final double sharpe = sd > 0 ? m.mean() / sd * ann : Double.NaN;
        final double dd = DownsideRatios.downsideDeviation(r, 0.0);
        final double sortino = dd > 0 ? DownsideRatios.sortino(r, m.mean(), 0.0) * ann : Double.NaN;
        return new PerformanceMetrics(t, periodsPerYear, years, equity[t], growth - 1.0,
                Math.pow(growth, 1.0 / years) - 1.0, sd * ann, sharpe, sortino, Drawdown.ofLogLevels(logLevel),
                r[worst], worst, exposure / t, (double) invested / t);
    }

    /**
     * The drawdown at every point of an equity path: 1 - E_t / max_{s&lt;=t} E_s, in [0, 1]
     * (the "underwater" curve whose maximum is {@link #maxDrawdown()}).
     */
    public static double[] underwater(final double[] equity) {
        final double[] d = new double[equity.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < equity.length; i++) {
            peak = Math.max(peak, equity[i]);
            d[i] = peak > 0 ? 1.0 - equity[i] / peak : 0.0;
        }
        return d;
    }
}
