package io.talebian.backtest;

import io.talebian.data.TimeValues;
import java.util.Arrays;

/**
 * How many periods (rows) make a year, used to annualise the backtest metrics, and why.
 * {@link #of(long[])} infers it from the times:
 * <ul>
 *   <li>times that do not parse (row numbers): 252, assumed;</li>
 *   <li>daily bars (median spacing 1 to 4 days): 252 trading days, or 365 when at least 20% of
 *       the rows fall on a Saturday or Sunday (a 7-day market, e.g. crypto);</li>
 *   <li>coarser bars: 365.25 days / median spacing, snapped to 52 (weekly, 6-8 days), 12 (monthly,
 *       28-31 days), 4 (quarterly, 89-92 days) or 1 (yearly, 365-366 days);</li>
 *   <li>intraday bars (median spacing under a day): rows per calendar day with data, times the
 *       days per year of the daily rule (252, or 365 with weekend rows), so that session hours
 *       and weekends are not counted as periods.</li>
 * </ul>
 *
 * @param periodsPerYear the factor (e.g. 252)
 * @param basis          a short human-readable reason (e.g. "daily bars: 252 trading days")
 */
public record Annualisation(double periodsPerYear, String basis) {

    /** Trading days per year. */
    public static final double TRADING_DAYS = 252.0;
    private static final long DAY = TimeValues.DAY_MILLIS;

    public Annualisation {
        if (!(periodsPerYear > 0) || Double.isInfinite(periodsPerYear)) {
            throw new IllegalArgumentException("periods_per_year=" + periodsPerYear + " must be > 0 and finite");
        }
    }

    /** A given factor. */
    public static Annualisation given(final double periodsPerYear) {
        return new Annualisation(periodsPerYear, "given");
    }

    /** The factor inferred from epoch-millisecond times ({@link TimeValues#UNPARSED} where unknown). */
    public static Annualisation of(final long[] epochMillis) {
        final long[] d = new long[Math.max(0, epochMillis.length - 1)];
        int m = 0;
        int parsed = 0;
        int weekend = 0;
        for (int i = 0; i < epochMillis.length; i++) {
            final long t = epochMillis[i];
            if (t == TimeValues.UNPARSED) {
                continue;
            }
            parsed++;
            final long dow = Math.floorMod(Math.floorDiv(t, DAY) + 3, 7); // 0 = Monday (1970-01-01 was a Thursday)
            if (dow >= 5) {
                weekend++;
            }
            if (i > 0 && epochMillis[i - 1] != TimeValues.UNPARSED) {
                d[m++] = t - epochMillis[i - 1];
            }
        }
        if (m == 0) {
            return new Annualisation(TRADING_DAYS, "times not parsed: 252 periods per year assumed");
        }
        Arrays.sort(d, 0, m);
        final double median = (m & 1) == 1 ? d[m / 2] : 0.5 * ((double) d[m / 2 - 1] + d[m / 2]);
        final boolean sevenDay = weekend >= 0.2 * parsed;
        final double daysPerYear = sevenDay ? 365.0 : TRADING_DAYS;
        final String dayBasis = sevenDay ? "365 days (7-day market: " + weekend + " weekend rows)" : "252 trading days";
        if (median >= DAY && median < 4 * DAY) {
            return new Annualisation(daysPerYear, "daily bars: " + dayBasis);
        }
        if (median >= 4 * DAY) {
            final double days = median / DAY;
            if (days >= 6 && days <= 8) {
                return new Annualisation(52, "weekly bars: 52");
            }
            if (days >= 28 && days <= 31) {
                return new Annualisation(12, "monthly bars: 12");
            }
            if (days >= 89 && days <= 92) {
                return new Annualisation(4, "quarterly bars: 4");
            }
            if (days >= 365 && days <= 366) {
                return new Annualisation(1, "yearly bars: 1");
            }
            return new Annualisation(365.25 / days, "365.25 days / median spacing of " + days + " days");
        }
        // Intraday: rows per calendar day that has data, times trading days per year.
        long distinctDays = 0;
        long lastDay = Long.MIN_VALUE;
        long count = 0;
        for (long t : epochMillis) {
            if (t == TimeValues.UNPARSED) {
                continue;
            }
            count++;
            final long day = Math.floorDiv(t, DAY);
            if (day != lastDay) {
                distinctDays++;
                lastDay = day;
            }
        }
        final double perDay = Math.max(1.0, (double) (count - 1) / distinctDays);
        return new Annualisation(perDay * daysPerYear, String.format(java.util.Locale.ROOT,
                "intraday bars: %.1f rows per day with data x %s", perDay, dayBasis));
    }
}
