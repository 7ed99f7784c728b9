package io.talebian.backtest;

/**
 * The source of the position sizes a {@link SizingBacktest} holds (spec section 6). The backtest
 * calls {@link #size} once per row, in row order, with that row's data only: the size returned
 * at row t is the fraction of capital held over (t, t+1], and it cannot depend on later rows
 * because the sizer has not been shown them yet (no look-ahead by construction).
 *
 * <p>The default implementation is {@link EngineSizer} (the risk engine's
 * {@code recommended_position_size}); {@link #fixed} injects given sizes, e.g. in tests.
 */
public interface PositionSizer {

    /**
     * The fraction of capital to hold over (t, t+1], knowing rows 0..t.
     *
     * @param t         the row index (0, 1, 2, ... in order)
     * @param timestamp the row's time (epoch milliseconds, or the row number when times do not parse)
     * @param price     the row's price (&gt; 0)
     * @param volume    the row's volume, NaN when the series has none
     * @return a finite size (1 = fully invested, 0 = all cash)
     */
    double size(int t, long timestamp, double price, double volume);

    /**
     * A sizer that returns {@code sizes[t]} at row t (and 0 beyond the array). The array is
     * copied.
     */
    static PositionSizer fixed(final double... sizes) {
        final double[] s = sizes.clone();
        return (t, timestamp, price, volume) -> t < s.length ? s[t] : 0.0;
    }
}
