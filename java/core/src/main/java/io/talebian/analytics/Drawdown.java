package io.talebian.analytics;

/**
 * Maximum drawdown (spec section 5). Works on log levels, so long return series neither overflow
 * nor lose precision: drawdown_t = 1 - exp(c_t - max_{s&lt;=t} c_s).
 */
public final class Drawdown {
    private Drawdown() {
    }

    /** Of a price path (prices &gt; 0). */
    public static DrawdownResult ofPrices(final double[] prices) {
        final double[] c = new double[prices.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.log(prices[i]);
        }
        return ofLogLevels(c);
    }

    /**
     * Of the equity path of log returns: level 0 is the start (log level 0), level i the level
     * after return i-1, so indices are those of the corresponding price rows.
     */
    public static DrawdownResult ofLogReturns(final double[] r) {
        final double[] c = new double[r.length + 1];
        for (int i = 0; i < r.length; i++) {
            c[i + 1] = c[i] + r[i];
        }
        return ofLogLevels(c);
    }

    /** Of a path of log levels. Empty or one-point paths have drawdown 0 at index 0. */
    public static DrawdownResult ofLogLevels(final double[] c) {
        if (c.length == 0) {
            return new DrawdownResult(0.0, 0, 0, -1);
        }
        int peak = 0;
        int bestPeak = 0;
        int bestTrough = 0;
        double worst = 0.0;
        for (int i = 1; i < c.length; i++) {
            if (c[i] > c[peak]) {
                peak = i;
            } else {
                final double fall = c[peak] - c[i];
                if (fall > worst) {
                    worst = fall;
                    bestPeak = peak;
                    bestTrough = i;
                }
            }
        }
        int recovery = -1;
        if (worst > 0.0) {
            for (int i = bestTrough + 1; i < c.length; i++) {
                if (c[i] >= c[bestPeak]) {
                    recovery = i;
                    break;
                }
            }
        }
        return new DrawdownResult(-Math.expm1(-worst), bestPeak, bestTrough, recovery);
    }
}
