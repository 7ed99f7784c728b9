package io.talebian.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talebian.data.CsvSeriesReader;
import io.talebian.data.PriceSeries;
import io.talebian.kernels.Backend;
import io.talebian.kernels.Backends;
import io.talebian.kernels.JavaKernels;
import io.talebian.kernels.Kernels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchAnalyzerTest {
    static final Path SP500 = Path.of("../../java/cli/src/main/resources/data/sp500-2000.csv");

    /** NIST StRD NumAcc1-4: {data, certified mean, certified sd}. */
    static List<double[][]> nist() {
        final List<double[][]> sets = new ArrayList<>();
        sets.add(new double[][] {{10000001, 10000003, 10000002}, {10000002}, {1}});
        for (double base : new double[] {1.2, 1000000.2, 10000000.2}) {
            final double[] x = new double[1001];
            x[0] = base;
            final double lo = base == 1.2 ? 1.1 : base == 1000000.2 ? 1000000.1 : 10000000.1;
            final double hi = base == 1.2 ? 1.3 : base == 1000000.2 ? 1000000.3 : 10000000.3;
            for (int i = 1; i < 1001; i++) {
                x[i] = i % 2 == 1 ? lo : hi;
            }
            sets.add(new double[][] {x, {base}, {0.1}});
        }
        return sets;
    }

    private static double lre(double got, double want) {
        return got == want ? 15.0 : -Math.log10(Math.abs(got - want) / Math.abs(want));
    }

    @Test
    void nistNumAccThroughTheAnalyticsMomentsOnEveryBackend() {
        final List<Kernels> ks = new ArrayList<>();
        for (Backend b : Backends.available()) {
            ks.add(Backends.get(b));
        }
        ks.add(Backends.get(Backend.AUTO));
        for (Kernels k : ks) {
            int set = 1;
            for (double[][] s : nist()) {
                final SeriesReport r = new BatchAnalyzer(AnalyticsConfig.defaults(), k).analyzeReturns("NumAcc" + set, s[0]);
                final String what = "NumAcc" + set + " on " + k.backend().id();
                assertTrue(lre(r.moments().mean(), s[1][0]) >= 9, what + " mean " + r.moments().mean());
                assertTrue(lre(r.moments().sd(), s[2][0]) >= 8, what + " sd " + r.moments().sd());
                set++;
            }
        }
    }

    @Test
    void sp500Sample() throws IOException {
        final PriceSeries s = new CsvSeriesReader().read(SP500);
        final SeriesReport r = new BatchAnalyzer(AnalyticsConfig.defaults(), JavaKernels.INSTANCE).analyze(s);
        assertEquals(5104, r.returns());
        assertEquals("prices", r.input());
        assertEquals("close", r.column());
        assertEquals("2000-01-03", r.firstTime());
        assertEquals("2020-04-17", r.lastTime());
        // The worst day: 2020-03-16, close 2386.13 after 2711.02 (-12.77% log).
        assertEquals(Math.log(2386.129883 / 2711.020020), r.moments().min(), 1e-12);
        assertTrue(r.moments().excessKurtosis() > 5, "kurtosis " + r.moments().excessKurtosis());
        // Great Financial Crisis: 1565.15 (2007-10-09) to 676.53 (2009-03-09), back above on 2013-03-28.
        assertEquals(1 - 676.530029 / 1565.150024, r.drawdown().maxDrawdown(), 1e-12);
        assertEquals("2007-10-09", r.peakTime());
        assertEquals("2009-03-09", r.troughTime());
        assertEquals("2013-03-28", r.recoveryTime());
        // Fat tails: the historical 99.5% VaR/ES exceed the Gaussian ones; Cornish-Fisher is out of its domain.
        assertTrue(r.historical().get(2).var() > r.gaussian().get(2).var());
        assertTrue(r.historical().get(1).es() > r.gaussian().get(1).es());
        assertFalse(r.cornishFisherMonotone());
        // Tail index of daily equity losses: about 2-4; the GPD shape agrees in sign.
        assertTrue(r.hillLeft().alpha() > 1.5 && r.hillLeft().alpha() < 5, "alpha " + r.hillLeft().alpha());
        assertTrue(r.gpd().xi() > 0 && r.gpd().xi() < 0.6, "xi " + r.gpd().xi());
        assertEquals(510, r.gpd().exceedances());
        for (int i = 0; i < 3; i++) {
            assertTrue(r.gpdTail().get(i).es() > r.gpdTail().get(i).var());
        }
        // kappa (i.i.d. bootstrap) between Gaussian (0) and Cauchy-like (1): about 0.21 here. The block
        // estimate is lower (about -0.1): volatility clustering persists over 30 days, so monthly sums
        // stay as fat-tailed as daily returns (see docs/analytics.md).
        assertTrue(r.kappa().kappaBootstrap() > 0.1 && r.kappa().kappaBootstrap() < 0.5, "kappa " + r.kappa());
        assertTrue(r.kappa().kappaBlocks() > -0.5 && r.kappa().kappaBlocks() < r.kappa().kappaBootstrap(),
                "kappa " + r.kappa());
        assertEquals(170, r.kappa().blocks());
        assertTrue(r.fragility().heuristic() > 0);
        assertTrue(r.omega() > 0.9 && r.omega() < 1.2, "omega " + r.omega());
        // Deterministic.
        assertEquals(r, new BatchAnalyzer(AnalyticsConfig.defaults(), JavaKernels.INSTANCE).analyze(s));
    }

    @Test
    void pricesAndReturnsEntryPointsAgree() {
        final double[] p = {100, 101, 99, 103, 102, 104};
        final BatchAnalyzer a = new BatchAnalyzer(AnalyticsConfig.defaults(), JavaKernels.INSTANCE);
        final SeriesReport fromPrices = a.analyzePrices("p", p);
        final SeriesReport fromReturns = a.analyzeReturns("p", PriceSeries.logReturns(p));
        assertEquals(fromPrices.moments(), fromReturns.moments());
        assertEquals(fromPrices.drawdown(), fromReturns.drawdown());
        assertEquals(Double.NaN, fromPrices.kappa().kappaBlocks());
        assertFalse(fromPrices.hillLeft().available());
    }

    @Test
    void configValidationNamesTheField() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnalyticsConfig.defaults().withLevels(0.99, 1.5));
        assertTrue(e.getMessage().startsWith("levels=1.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AnalyticsConfig.defaults().withKappa(30, 1, 1000, 1));
    }
}
