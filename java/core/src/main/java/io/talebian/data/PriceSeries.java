package io.talebian.data;

import java.util.Arrays;

/**
 * A price series as read from a file: for each row, the time value exactly as written, its
 * epoch milliseconds where it could be parsed ({@link TimeValues#UNPARSED} otherwise), the price
 * (finite, &gt; 0) and, when the file has one, the volume (finite, &gt;= 0). Immutable; the
 * accessors return the arrays themselves (do not modify them).
 */
public final class PriceSeries {
    private final String source;
    private final String timeColumn;
    private final String priceColumn;
    private final String volumeColumn;
    private final String[] times;
    private final long[] epochMillis;
    private final double[] prices;
    private final double[] volumes;
    private final long[] lines;

    /**
     * @param volumeColumn null when there is no volume; then {@code volumes} must be null
     * @param lines        1-based line of each row in the file (for error messages), may be null
     */
    public PriceSeries(String source, String timeColumn, String priceColumn, String volumeColumn,
                       String[] times, long[] epochMillis, double[] prices, double[] volumes, long[] lines) {
        final int n = prices.length;
        if (times.length != n || epochMillis.length != n || (volumes != null && volumes.length != n)
                || (lines != null && lines.length != n)) {
            throw new IllegalArgumentException("column lengths differ: prices=" + n + " times=" + times.length
                    + " epochMillis=" + epochMillis.length + " volumes=" + (volumes == null ? "none" : volumes.length));
        }
        if ((volumes == null) != (volumeColumn == null)) {
            throw new IllegalArgumentException("volumeColumn=" + volumeColumn + " but volumes "
                    + (volumes == null ? "absent" : "present"));
        }
        this.source = source;
        this.timeColumn = timeColumn;
        this.priceColumn = priceColumn;
        this.volumeColumn = volumeColumn;
        this.times = times;
        this.epochMillis = epochMillis;
        this.prices = prices;
        this.volumes = volumes;
        this.lines = lines;
    }

    /** A series without times (rows numbered from 1), e.g. for tests and arrays from code. */
    public static PriceSeries ofPrices(String source, double[] prices) {
        final int n = prices.length;
        final String[] t = new String[n];
        final long[] e = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = Integer.toString(i + 1);
            e[i] = TimeValues.UNPARSED;
        }
        return new PriceSeries(source, "row", "price", null, t, e, prices.clone(), null, null);
    }

    public String source() {
        return source;
    }

    public String timeColumn() {
        return timeColumn;
    }

    public String priceColumn() {
        return priceColumn;
    }

    /** The volume column's name, or null when the series has no volume. */
    public String volumeColumn() {
        return volumeColumn;
    }

    public int size() {
        return prices.length;
    }

    /** Time values as written in the file. */
    public String[] times() {
        return times;
    }

    /** Epoch milliseconds per row, {@link TimeValues#UNPARSED} where the time could not be parsed. */
    public long[] epochMillis() {
        return epochMillis;
    }

    public double[] prices() {
        return prices;
    }

    /** Volumes, or null when the series has none. */
    public double[] volumes() {
        return volumes;
    }

    public boolean hasVolume() {
        return volumes != null;
    }

    /** 1-based file line of row {@code i}, or {@code i + 1} when unknown. */
    public long line(int i) {
        return lines == null ? i + 1 : lines[i];
    }

    /** r_i = ln(P_{i+1}/P_i), i = 0..size-2 (spec section 1); empty when size &lt; 2. */
    public double[] logReturns() {
        return logReturns(prices);
    }

    /** Log returns of a price array (prices must be finite and &gt; 0), each {@link LogReturn#of}. */
    public static double[] logReturns(final double[] p) {
        if (p.length < 2) {
            return new double[0];
        }
        final double[] r = new double[p.length - 1];
        for (int i = 1; i < p.length; i++) {
            r[i - 1] = LogReturn.of(p[i], p[i - 1]);
        }
        return r;
    }

    /**
     * Median spacing between consecutive parsed times, in milliseconds; NaN when fewer than two
     * consecutive pairs parse.
     */
    public double medianSpacingMillis() {
        final long[] d = new long[Math.max(0, epochMillis.length - 1)];
        int m = 0;
        for (int i = 1; i < epochMillis.length; i++) {
            if (epochMillis[i] != TimeValues.UNPARSED && epochMillis[i - 1] != TimeValues.UNPARSED) {
                d[m++] = epochMillis[i] - epochMillis[i - 1];
            }
        }
        if (m == 0) {
            return Double.NaN;
        }
        Arrays.sort(d, 0, m);
        return (m & 1) == 1 ? d[m / 2] : 0.5 * ((double) d[m / 2 - 1] + d[m / 2]);
    }

    /** True when the median spacing is at least one day (daily or coarser bars). */
    public boolean isDailyOrCoarser() {
        final double s = medianSpacingMillis();
        return !Double.isNaN(s) && s >= TimeValues.DAY_MILLIS;
    }
}
