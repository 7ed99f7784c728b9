package io.talebian.cli;

import io.talebian.analytics.DrawdownResult;
import io.talebian.analytics.FragilityReport;
import io.talebian.analytics.GpdFit;
import io.talebian.analytics.HillEstimate;
import io.talebian.analytics.KappaEstimate;
import io.talebian.analytics.KellyReport;
import io.talebian.analytics.SeriesMoments;
import io.talebian.analytics.SeriesReport;
import io.talebian.analytics.TailRisk;
import java.io.PrintWriter;
import java.util.Locale;

/** The readable form of a {@link SeriesReport}, with a one-line reading of each family. */
final class ReportText {
    private ReportText() {
    }

    static String f(final double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0.0) {
            return "0";
        }
        final double a = Math.abs(v);
        final String t = a >= 1e-4 && a < 1e7
                ? new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString()
                : String.format(Locale.ROOT, "%.5e", v);
        return t;
    }

    static String pct(final double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }

    static void print(final SeriesReport r, final PrintWriter o) {
        o.println("Talebian batch analytics: " + r.source());
        o.println("  column " + r.column() + ", " + r.returns() + " log returns"
                + (r.firstTime() == null ? "" : ", " + r.firstTime() + " .. " + r.lastTime())
                + "; per period, not annualised");
        final SeriesMoments m = r.moments();
        o.println();
        o.println("Moments (backend " + m.backend() + ")");
        o.println("  mean " + f(m.mean()) + "   sd " + f(m.sd()) + "   skewness " + f(m.skewness())
                + "   excess kurtosis " + f(m.excessKurtosis()));
        o.println("  min " + f(m.min()) + "   max " + f(m.max()));
        o.println();
        o.println("VaR / ES (losses, log-return units)");
        o.println(String.format(Locale.ROOT, "  %-7s %-23s %-23s %-23s %-23s %s", "level", "historical",
                "gaussian", "cornish-fisher", "hill", "gpd"));
        for (int i = 0; i < r.historical().size(); i++) {
            o.println(String.format(Locale.ROOT, "  %-7s %-23s %-23s %-23s %-23s %s",
                    f(r.historical().get(i).level()), ve(r.historical().get(i)), ve(r.gaussian().get(i)),
                    ve(r.cornishFisher().get(i)), ve(r.hill().get(i)), ve(r.gpdTail().get(i))));
        }
        if (!r.cornishFisherMonotone()) {
            o.println("  note: Cornish-Fisher is outside its domain here (kurtosis too high for the expansion"
                    + " to be a distribution): prefer historical, Hill or GPD.");
        }
        final int last = r.historical().size() - 1;
        if (last >= 0 && r.gaussian().get(last).var() > 0) {
            o.println("  reading: at " + f(r.historical().get(last).level()) + " the historical ES is "
                    + String.format(Locale.ROOT, "%.2f", r.historical().get(last).es() / r.gaussian().get(last).es())
                    + "x the Gaussian one.");
        }
        o.println();
        final HillEstimate hl = r.hillLeft();
        final HillEstimate hr = r.hillRight();
        final GpdFit g = r.gpd();
        o.println("Tails");
        o.println("  Hill losses: alpha " + f(hl.alpha()) + " +- " + f(hl.alphaStdErr()) + " (k " + hl.k()
                + ", threshold " + f(hl.threshold()) + ")   gains: alpha " + f(hr.alpha()) + " +- "
                + f(hr.alphaStdErr()) + " (k " + hr.k() + ")");
        o.println("  GPD (PWM) losses: xi " + f(g.xi()) + " (tail index " + f(g.tailIndex()) + "), beta "
                + f(g.beta()) + ", threshold " + f(g.threshold()) + ", " + g.exceedances() + " exceedances");
        o.println("  reading: " + tailReading(hl.alpha()));
        o.println();
        final DrawdownResult d = r.drawdown();
        o.println("Maximum drawdown");
        o.println("  " + pct(d.maxDrawdown()) + " from " + when(r.peakTime(), d.peakIndex()) + " to "
                + when(r.troughTime(), d.troughIndex()) + ", "
                + (d.recoveryIndex() < 0 ? "not recovered by the end" : "recovered " + when(r.recoveryTime(),
                d.recoveryIndex())));
        o.println();
        o.println("Ratios at threshold " + f(r.threshold()));
        o.println("  downside deviation " + f(r.downsideDeviation()) + "   Sortino " + f(r.sortino())
                + "   Omega " + f(r.omega()));
        o.println();
        final KappaEstimate k = r.kappa();
        o.println("Taleb's kappa(" + k.n0() + ", " + k.n() + ")");
        o.println("  bootstrap (i.i.d. sums) " + f(k.kappaBootstrap()) + "   blocks (consecutive sums, "
                + k.blocks() + ") " + f(k.kappaBlocks()));
        o.println("  reading: 0 is Gaussian, 1 is Cauchy-like; " + kappaReading(k.kappaBootstrap()));
        o.println();
        final FragilityReport fr = r.fragility();
        o.println("Fragility (spec 3.2 over the whole series, k " + f(fr.k()) + ", d " + f(fr.deltaFraction())
                + " sd)");
        o.println("  tail vega left " + f(fr.leftTailVega()) + "   right " + f(fr.rightTailVega())
                + "   antifragility score " + f(fr.antifragilityScore()));
        o.println("  heuristic H- " + f(fr.heuristic()) + " (" + f(fr.relativeHeuristic())
                + " of the shortfall beyond -k sd): " + (fr.heuristic() > 0
                ? "losses beyond the tail grow faster than volatility (fragile)" : "no convexity of harm"));
        o.println();
        final KellyReport ke = r.kelly();
        o.println("Kelly (continuous, mean shrunk by one standard error)");
        o.println("  adjusted mean " + f(ke.shrunkMean()) + "   full " + f(ke.fullKelly()) + "   "
                + f(ke.fraction()) + " Kelly, capped at " + f(ke.maxFraction()) + ": " + f(ke.fractionalKelly())
                + "   (unshrunk full " + f(ke.unshrunkFullKelly()) + ")");
        o.println("  discrete: p " + f(ke.winProbability()) + ", b " + f(ke.payoffRatio()) + ", f "
                + f(ke.discreteKelly()));
        if (ke.shrunkMean() == 0.0 && ke.n() > 1) {
            o.println("  reading: the mean is within one standard error of 0: the data show no edge, so Kelly"
                    + " bets nothing.");
        }
    }

    private static String ve(final TailRisk t) {
        return f(t.var()) + " / " + f(t.es());
    }

    private static String when(final String time, final int index) {
        return time != null ? time : "row " + index;
    }

    static String tailReading(final double alpha) {
        if (Double.isNaN(alpha)) {
            return "too few tail observations for a tail index.";
        }
        if (alpha <= 2) {
            return "alpha <= 2: infinite variance in the tail; the sd and every Gaussian figure are meaningless.";
        }
        if (alpha <= 4) {
            return "2 < alpha <= 4: power-law tail with finite variance but no fourth moment; "
                    + "kurtosis and Gaussian VaR are unreliable.";
        }
        return "alpha > 4: moderately fat tail.";
    }

    static String kappaReading(final double kappa) {
        if (Double.isNaN(kappa)) {
            return "too few returns.";
        }
        if (kappa < 0.1) {
            return "sums behave close to Gaussian.";
        }
        if (kappa < 0.5) {
            return "the law of large numbers works slowly: you need markedly more data than a Gaussian would.";
        }
        return "very slow convergence: sample means and sds of this series say little.";
    }
}
