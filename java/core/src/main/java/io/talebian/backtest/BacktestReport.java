package io.talebian.backtest;

/**
 * The result of a {@link SizingBacktest} run (spec section 6): the sized strategy beside
 * buy-and-hold on the same series. Arrays have one value per price row (equity curves start at
 * 1); {@code sizes[t]} is the fraction held over (t, t+1] (the last one is never held).
 * {@code blackSwan} and {@code warmUpEnd} come from the engine sizer (null and -1 with another
 * sizer). The accessors return the arrays themselves: do not modify them.
 *
 * @param source         where the prices came from
 * @param rows           price rows (periods + 1)
 * @param times          time value of each row as written
 * @param annualisation  periods per year and why
 * @param sizing         metrics of the sized strategy
 * @param buyAndHold     metrics of holding 1 throughout
 * @param equity         equity of the sized strategy, equity[0] = 1
 * @param buyAndHoldEquity P_t/P_0
 * @param sizes          size chosen at each row
 * @param blackSwan      black swan probability at each row (NaN while unavailable), or null
 * @param warmUpEnd      first row out of the engine's warm-up, -1 if none or unknown
 * @param ruined         whether the sized equity reached 0 (only possible with sizes above 1)
 */
public record BacktestReport(String source, int rows, String[] times, Annualisation annualisation,
                             PerformanceMetrics sizing, PerformanceMetrics buyAndHold, double[] equity,
                             double[] buyAndHoldEquity, double[] sizes, double[] blackSwan, int warmUpEnd,
                             boolean ruined) {

    /** Time value of row {@code i}, or null when out of range. */
    public String time(final int i) {
        return i >= 0 && i < times.length ? times[i] : null;
    }
}
