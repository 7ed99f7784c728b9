package io.talebian.backtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talebian.data.CsvSeriesReader;
import io.talebian.data.PriceSeries;
import io.talebian.data.TimeValues;
import io.talebian.engine.Preset;
import io.talebian.engine.RiskConfig;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spec section 6: the backtest of the sizing. */
class SizingBacktestTest {
    private static final double EPS = 1e-12;
    private static PriceSeries sp500;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SizingBacktestTest.class.getResourceAsStream("/data/sp500-2000.csv")) {
            assertNotNull(in, "data/sp500-2000.csv on the test class path");
            sp500 = new CsvSeriesReader().read(in, "sp500-2000.csv");
        }
        assertEquals(5105, sp500.size());
    }

    private static RiskConfig daily() {
        return RiskConfig.builder(Preset.AGGRESSIVE).window(252).build();
    }

    // ---------------------------------------------------------------- arithmetic by hand

    /** P = 100, 110, 99, 108.9 (+10%, -10%, +10%), sizes 0.5, 1, 0.25. */
    private static BacktestReport fourPrices() {
        return SizingBacktest.withSizer(() -> PositionSizer.fixed(0.5, 1.0, 0.25, 0.9))
                .periodsPerYear(3)
                .run("four", null, null, new double[] {100, 110, 99, 108.9}, null);
    }

    @Test
    void equityArithmeticOnFourPrices() {
        final BacktestReport r = fourPrices();
        // 1 -> 1 * (1 + 0.5 * 0.10) = 1.05 -> 1.05 * (1 - 0.10) = 0.945 -> 0.945 * (1 + 0.25 * 0.10) = 0.968625
        assertEquals(1.0, r.equity()[0]);
        assertEquals(1.05, r.equity()[1], EPS);
        assertEquals(0.945, r.equity()[2], EPS);
        assertEquals(0.968625, r.equity()[3], EPS);
        assertEquals(1.1, r.buyAndHoldEquity()[1], EPS);
        assertEquals(0.99, r.buyAndHoldEquity()[2], EPS);
        assertEquals(1.089, r.buyAndHoldEquity()[3], EPS);
        // the size of the last row is asked for (the sizer cannot know it is the last) but never held
        assertArrayEquals(new double[] {0.5, 1.0, 0.25, 0.9}, r.sizes());
        assertNull(r.blackSwan());
        assertEquals(-1, r.warmUpEnd());
        assertFalse(r.ruined());
    }

    @Test
    void metricsAgainstHandCalculations() {
        final PerformanceMetrics m = fourPrices().sizing();
        // period returns 0.05, -0.10, 0.025; 3 periods per year -> exactly one year
        final double mean = (0.05 - 0.10 + 0.025) / 3;
        final double var = (sq(0.05 - mean) + sq(-0.10 - mean) + sq(0.025 - mean)) / 2;
        assertEquals(3, m.periods());
        assertEquals(1.0, m.years(), EPS);
        assertEquals(0.968625, m.finalEquity(), EPS);
        assertEquals(-0.031375, m.totalReturn(), EPS);
        assertEquals(-0.031375, m.cagr(), EPS);
        assertEquals(Math.sqrt(var) * Math.sqrt(3), m.volatility(), EPS);
        assertEquals(mean / Math.sqrt(var) * Math.sqrt(3), m.sharpe(), EPS);
        // downside deviation sqrt(0.1^2 / 3); Sortino = mean/DD * sqrt(3) = -0.25 exactly
        assertEquals(-0.25, m.sortino(), EPS);
        // peak 1.05 (row 1), trough 0.945 (row 2): 10%, not recovered
        assertEquals(0.1, m.maxDrawdown(), EPS);
        assertEquals(1, m.drawdown().peakIndex());
        assertEquals(2, m.drawdown().troughIndex());
        assertEquals(-1, m.drawdown().recoveryIndex());
        assertEquals(-0.1, m.worstPeriodReturn(), EPS);
        assertEquals(1, m.worstPeriod());
        assertEquals((0.5 + 1.0 + 0.25) / 3, m.meanExposure(), EPS);
        assertEquals(1.0, m.fractionInvested());

        final PerformanceMetrics h = fourPrices().buyAndHold();
        assertEquals(0.089, h.cagr(), EPS);
        assertEquals(0.1, h.maxDrawdown(), EPS);
        assertEquals(-1, h.drawdown().recoveryIndex()); // 1.089 < 1.1: not recovered
    }

    @Test
    void cagrAnnualisesOverTheYearsOfThePeriods() {
        // 4 periods at 2 per year = 2 years; growth 1.21 -> 10% a year
        final BacktestReport r = SizingBacktest.withSizer(() -> PositionSizer.fixed(1, 1, 1, 1))
                .periodsPerYear(2).run("x", null, null, new double[] {100, 105, 110, 115, 121}, null);
        assertEquals(2.0, r.buyAndHold().years(), EPS);
        assertEquals(0.1, r.buyAndHold().cagr(), EPS);
        assertEquals(0.0, r.buyAndHold().maxDrawdown());
        assertTrue(Double.isNaN(r.buyAndHold().sortino()), "no downside: Sortino undefined");
        assertArrayEquals(r.buyAndHoldEquity(), r.equity(), EPS);
    }

    @Test
    void partialExposureAndCash() {
        final BacktestReport r = SizingBacktest.withSizer(() -> PositionSizer.fixed(0, 0, 0.5, 0))
                .periodsPerYear(252).run("x", null, null, new double[] {100, 50, 200, 100, 100}, null);
        assertArrayEquals(new double[] {1, 1, 1, 0.75, 0.75}, r.equity(), EPS);
        assertEquals(0.125, r.sizing().meanExposure(), EPS);
        assertEquals(0.25, r.sizing().fractionInvested(), EPS);
        assertEquals(0.5, r.buyAndHold().maxDrawdown(), EPS);
        assertEquals(-0.5, r.buyAndHold().worstPeriodReturn(), EPS);
        assertEquals(0, r.buyAndHold().worstPeriod());
    }

    @Test
    void leverageCanRuinAndRuinIsAbsorbing() {
        final BacktestReport r = SizingBacktest.withSizer(() -> PositionSizer.fixed(3, 3, 3))
                .periodsPerYear(252).run("x", null, null, new double[] {100, 60, 120, 130}, null);
        assertTrue(r.ruined());
        assertArrayEquals(new double[] {1, 0, 0, 0}, r.equity(), 0.0);
        assertEquals(1.0, r.sizing().maxDrawdown(), EPS);
        assertEquals(-1.0, r.sizing().cagr(), EPS);
    }

    @Test
    void badSizesAndShortSeriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SizingBacktest(daily())
                .run("x", null, null, new double[] {100}, null));
        assertThrows(IllegalStateException.class, () -> SizingBacktest.withSizer(() -> PositionSizer.fixed(Double.NaN))
                .run("x", null, null, new double[] {100, 101}, null));
        assertThrows(IllegalArgumentException.class, () -> new SizingBacktest(daily()).periodsPerYear(0));
    }

    // ---------------------------------------------------------------- buy-and-hold, look-ahead

    @Test
    void buyAndHoldEqualsLastOverFirstPrice() {
        final BacktestReport r = new SizingBacktest(daily()).run(sp500);
        final double[] p = sp500.prices();
        assertEquals(p[p.length - 1] / p[0], r.buyAndHold().finalEquity(), 1e-12 * p[p.length - 1] / p[0]);
        for (int t = 0; t < p.length; t += 97) {
            assertEquals(p[t] / p[0], r.buyAndHoldEquity()[t], 1e-12);
        }
        assertEquals(1.0, r.buyAndHold().meanExposure());
        assertEquals(1.0, r.buyAndHold().fractionInvested());
    }

    @Test
    void noLookAhead() {
        final double[] p = sp500.prices();
        final BacktestReport base = new SizingBacktest(daily()).run(sp500);
        final SplittableRandom rnd = new SplittableRandom(7);
        for (int k : new int[] {100, 2000, 2200, 5000}) {
            // replace every price after row k by a wild path: a crash, then noise
            final double[] q = p.clone();
            for (int i = k + 1; i < q.length; i++) {
                q[i] = q[i - 1] * (i == k + 1 ? 0.5 : Math.exp(0.05 * (rnd.nextDouble() - 0.5)));
            }
            final BacktestReport r = new SizingBacktest(daily())
                    .run("perturbed", sp500.times(), sp500.epochMillis(), q, sp500.volumes());
            // every size up to row k, and every equity up to row k, is bit-for-bit unchanged
            assertArrayEquals(Arrays.copyOf(base.sizes(), k + 1), Arrays.copyOf(r.sizes(), k + 1), "k=" + k);
            assertArrayEquals(Arrays.copyOf(base.equity(), k + 1), Arrays.copyOf(r.equity(), k + 1), "k=" + k);
            // ... while the future did change (the perturbation is not vacuous)
            assertFalse(Arrays.equals(base.sizes(), r.sizes()), "k=" + k);
            assertTrue(r.equity()[k + 1] != base.equity()[k + 1] || base.sizes()[k] == 0.0, "k=" + k);
        }
    }

    @Test
    void aSizerSeesOnlyThePastWhenAsked() {
        final double[] p = {100, 101, 99, 103, 104};
        final double[] seen = new double[p.length];
        final int[] calls = {0};
        SizingBacktest.withSizer(() -> (t, ts, price, vol) -> {
            assertEquals(calls[0]++, t, "rows in order, once each");
            seen[t] = price;
            return 0.5;
        }).run("x", null, null, p, null);
        assertArrayEquals(p, seen);
        assertEquals(p.length, calls[0]);
    }

    // ---------------------------------------------------------------- the S&P 500 sample

    @Test
    void sp500SampleIsDeterministicAndDefined() {
        final BacktestReport a = new SizingBacktest(daily()).run(sp500);
        final BacktestReport b = new SizingBacktest(daily()).run(sp500);
        assertArrayEquals(a.equity(), b.equity(), 0.0);
        assertArrayEquals(a.sizes(), b.sizes(), 0.0);
        assertEquals(a.sizing(), b.sizing());
        assertEquals(252.0, a.annualisation().periodsPerYear());
        assertTrue(a.annualisation().basis().startsWith("daily bars"), a.annualisation().basis());
        for (PerformanceMetrics m : new PerformanceMetrics[] {a.sizing(), a.buyAndHold()}) {
            for (double v : new double[] {m.years(), m.finalEquity(), m.totalReturn(), m.cagr(), m.volatility(),
                m.sharpe(), m.sortino(), m.maxDrawdown(), m.worstPeriodReturn(), m.meanExposure(),
                m.fractionInvested()}) {
                assertTrue(Double.isFinite(v), m.toString());
            }
        }
        assertEquals(5104, a.sizing().periods());
        assertEquals(5104 / 252.0, a.sizing().years(), 1e-12);
        // warm-up: cash, then sizes within [0, kelly_max_fraction]
        assertEquals(60, a.warmUpEnd());
        for (int t = 0; t < a.warmUpEnd(); t++) {
            assertEquals(0.0, a.sizes()[t]);
        }
        for (double s : a.sizes()) {
            assertTrue(s >= 0 && s <= 0.75, "size " + s);
        }
        for (int t = a.warmUpEnd(); t < a.rows(); t++) {
            final double q = a.blackSwan()[t];
            assertTrue(q >= 0 && q <= 1, "swan " + q);
        }
        // sizes below 1 throughout: less exposure and shallower drawdown than buy-and-hold
        assertTrue(a.sizing().meanExposure() < 0.75);
        assertTrue(a.sizing().maxDrawdown() < a.buyAndHold().maxDrawdown());
        assertTrue(a.sizing().volatility() < a.buyAndHold().volatility());
        // buy-and-hold's worst day is 2020-03-16 (-11.98%), its drawdown the 2007-2009 one
        assertEquals("2020-03-16", a.time(a.buyAndHold().worstPeriod() + 1));
        assertEquals("2007-10-09", a.time(a.buyAndHold().drawdown().peakIndex()));
        assertEquals("2009-03-09", a.time(a.buyAndHold().drawdown().troughIndex()));
        assertFalse(a.ruined());
    }

    // ---------------------------------------------------------------- annualisation

    private static long[] days(final LocalDate from, final int n, final int step, final boolean weekdaysOnly) {
        final long[] t = new long[n];
        LocalDate d = from;
        for (int i = 0; i < n; i++) {
            while (weekdaysOnly && d.getDayOfWeek().getValue() >= 6) {
                d = d.plusDays(1);
            }
            t[i] = d.toEpochDay() * TimeValues.DAY_MILLIS;
            d = d.plusDays(step);
        }
        return t;
    }

    @Test
    void annualisationFromTheTimes() {
        final LocalDate d0 = LocalDate.of(2021, 1, 4);
        assertEquals(252.0, Annualisation.of(days(d0, 500, 1, true)).periodsPerYear());
        assertEquals(365.0, Annualisation.of(days(d0, 500, 1, false)).periodsPerYear());
        assertEquals(52.0, Annualisation.of(days(d0, 100, 7, false)).periodsPerYear());
        final long[] months = new long[40];
        for (int i = 0; i < months.length; i++) {
            months[i] = d0.plusMonths(i).toEpochDay() * TimeValues.DAY_MILLIS;
        }
        assertEquals(12.0, Annualisation.of(months).periodsPerYear());
        final long[] unparsed = new long[10];
        Arrays.fill(unparsed, TimeValues.UNPARSED);
        assertEquals(252.0, Annualisation.of(unparsed).periodsPerYear());
        // minute bars, 391 a day (09:30-16:00) on 5 weekdays: 390 returns a day... counted per day with data
        final long[] minutes = new long[5 * 391];
        final long[] weekdays = days(d0, 5, 1, true);
        for (int d = 0; d < 5; d++) {
            for (int m = 0; m < 391; m++) {
                minutes[d * 391 + m] = weekdays[d] + (9 * 60 + 30 + m) * 60_000L;
            }
        }
        final Annualisation a = Annualisation.of(minutes);
        assertEquals((5 * 391 - 1) / 5.0 * 252, a.periodsPerYear(), 1e-9, a.basis());
        assertEquals(10.0, Annualisation.given(10).periodsPerYear());
    }

    private static double sq(final double x) {
        return x * x;
    }
}
