package io.talebian.cli;

import io.talebian.analytics.DrawdownResult;
import io.talebian.analytics.FragilityReport;
import io.talebian.analytics.KappaEstimate;
import io.talebian.analytics.KellyReport;
import io.talebian.analytics.SeriesMoments;
import io.talebian.analytics.SeriesReport;
import io.talebian.analytics.TailRisk;
import io.talebian.backtest.BacktestReport;
import io.talebian.backtest.PerformanceMetrics;
import io.talebian.engine.RiskConfig;
import java.util.List;
import java.util.Locale;

/**
 * The self-contained HTML report of {@code talebian backtest --html}: no scripts, no external
 * style sheets or fonts; the charts are inline SVG ({@link SvgChart}). The markup is
 * XHTML-compatible (every element closed, only XML's predefined entities), so it parses as XML
 * too. Everything that comes from the input is escaped.
 */
final class BacktestHtml {
    static final String SIZING_COLOR = "#1565c0";
    static final String HOLD_COLOR = "#e07b00";
    static final String SWAN_COLOR = "#8e24aa";
    static final String THRESHOLD_COLOR = "#c62828";
    private static final int CHART_W = 1120;

    private BacktestHtml() {
    }

    private static final String CSS = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;margin:24px auto;"
                    + "max-width:1160px;color:#1d2330;background:#fff;line-height:1.45;padding:0 16px}",
            "h1{font-size:26px;margin:0 0 4px}",
            "h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid #dde1e8;padding-bottom:4px}",
            "p.sub{color:#586074;margin:0 0 16px}",
            "p.note{color:#586074;font-size:13px;margin:4px 0 0}",
            ".cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}",
            ".card{border:1px solid #dde1e8;border-radius:8px;padding:10px 14px;min-width:160px;flex:1}",
            ".card .k{font-size:12px;color:#586074;text-transform:uppercase;letter-spacing:.04em}",
            ".card .v{font-size:22px;font-weight:600}",
            ".card .h{font-size:13px;color:#586074}",
            "table{border-collapse:collapse;font-size:14px;margin:6px 0}",
            "th,td{padding:4px 12px;border-bottom:1px solid #eceef2;text-align:left;vertical-align:top}",
            "th{background:#f5f6f9;font-weight:600}",
            "td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
            "td.r{color:#586074;font-size:13px}",
            "#metrics td:first-child,#analytics td:first-child{white-space:nowrap}",
            ".sizing{color:" + SIZING_COLOR + "}",
            ".hold{color:" + HOLD_COLOR + "}",
            "svg.chart{display:block;width:100%;height:auto;max-width:" + CHART_W + "px}",
            "svg .plot{fill:#fbfbfd;stroke:#c9ced8}",
            "svg .grid{stroke:#e6e8ee;stroke-width:1}",
            "svg .xgrid{stroke:#eef0f4;stroke-width:1}",
            "svg .shade{fill:#eceff3}",
            "svg .shade-label{font-size:11px;fill:#8a91a0}",
            "svg .hline{stroke-width:1.2;stroke-dasharray:5 4}",
            "svg .hlabel{font-size:11px;text-anchor:end}",
            "svg text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;fill:#4a5162}",
            "svg .ylab{font-size:11px;text-anchor:end}",
            "svg .xlab{font-size:11px;text-anchor:middle}",
            "svg .legend{font-size:12px;fill:#1d2330}",
            "svg .hlabel,svg .shade-label{paint-order:stroke;stroke:#fbfbfd;stroke-width:4px;stroke-linejoin:round}",
            "code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}",
            "pre{white-space:pre-wrap;background:#f5f6f9;padding:8px;border-radius:6px}",
            "ul{margin:4px 0;padding-left:22px}",
            "footer{margin-top:28px;color:#8a91a0;font-size:12px}");

    static String render(final BacktestCommand.Run run, final SeriesReport analytics) {
        final BacktestReport r = run.report();
        final PerformanceMetrics a = r.sizing();
        final PerformanceMetrics b = r.buyAndHold();
        final StringBuilder h = new StringBuilder(512 * 1024);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>Talebian backtest: ").append(e(r.source())).append("</title>\n")
                .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");
        h.append("<h1>Backtest of the sizing</h1>\n<p class=\"sub\">").append(e(r.source())).append(" &#183; column <code>")
                .append(e(run.series().priceColumn())).append("</code> &#183; ").append(r.rows()).append(" rows, ")
                .append(e(r.time(0))).append(" to ").append(e(r.time(r.rows() - 1))).append(" &#183; preset <b>")
                .append(e(run.config().preset().id())).append("</b>, window ").append(run.window()).append(" (")
                .append(e(run.windowBasis())).append(")</p>\n");
        h.append("<p>Each period the strategy holds the engine's <code>recommended_position_size</code>, computed from the data "
                + "up to that row only, in the instrument until the next row; the rest of the capital sits in cash earning 0 "
                + "(spec section 6). Buy-and-hold on the same series is the yardstick. No costs, no slippage.</p>\n");

        // headline cards
        h.append("<div class=\"cards\">\n");
        card(h, "CAGR", ReportText.pct(a.cagr()), "buy-and-hold " + ReportText.pct(b.cagr()));
        card(h, "Max drawdown", ReportText.pct(a.maxDrawdown()), "buy-and-hold " + ReportText.pct(b.maxDrawdown()));
        card(h, "Volatility (annual)", ReportText.pct(a.volatility()), "buy-and-hold " + ReportText.pct(b.volatility()));
        card(h, "Sharpe (annual)", BacktestCommand.num(a.sharpe()), "buy-and-hold " + BacktestCommand.num(b.sharpe()));
        card(h, "Mean size", BacktestCommand.num(a.meanExposure()), ReportText.pct(a.fractionInvested()) + " of periods invested");
        h.append("</div>\n");

        // metrics table
        h.append("<h2>Metrics</h2>\n<table id=\"metrics\">\n<tr><th>metric</th><th class=\"sizing\">sizing</th>"
                + "<th class=\"hold\">buy-and-hold</th><th>definition</th></tr>\n");
        mrow(h, "final equity (start 1)", ReportText.f(a.finalEquity()), ReportText.f(b.finalEquity()), "E_T / E_0");
        mrow(h, "total return", ReportText.pct(a.totalReturn()), ReportText.pct(b.totalReturn()), "E_T / E_0 - 1");
        mrow(h, "CAGR", ReportText.pct(a.cagr()), ReportText.pct(b.cagr()), "(E_T / E_0)^(1/years) - 1, years = periods / "
                + ReportText.f(r.annualisation().periodsPerYear()));
        mrow(h, "volatility (annualised)", ReportText.pct(a.volatility()), ReportText.pct(b.volatility()),
                "sample sd of period returns &#215; &#8730;N");
        mrow(h, "Sharpe (annualised)", BacktestCommand.num(a.sharpe()), BacktestCommand.num(b.sharpe()),
                "mean / sd of period returns &#215; &#8730;N (cash at 0: no risk-free rate)");
        mrow(h, "Sortino (annualised)", BacktestCommand.num(a.sortino()), BacktestCommand.num(b.sortino()),
                "mean / downside deviation below 0 &#215; &#8730;N");
        mrow(h, "maximum drawdown", ReportText.pct(a.maxDrawdown()), ReportText.pct(b.maxDrawdown()),
                "largest fall of equity from a running peak");
        mrow(h, "&#160;&#160;peak to trough", e(BacktestCommand.span(r, a.drawdown())), e(BacktestCommand.span(r, b.drawdown())),
                "");
        mrow(h, "&#160;&#160;recovered", e(BacktestCommand.recovered(r, a.drawdown())),
                e(BacktestCommand.recovered(r, b.drawdown())), "first row back at the peak");
        mrow(h, "worst period", ReportText.pct(a.worstPeriodReturn()), ReportText.pct(b.worstPeriodReturn()),
                "lowest single-period return");
        mrow(h, "&#160;&#160;ending", e(r.time(a.worstPeriod() + 1)), e(r.time(b.worstPeriod() + 1)), "");
        mrow(h, "mean size", BacktestCommand.num(a.meanExposure()), BacktestCommand.num(b.meanExposure()),
                "average fraction of capital in the instrument");
        mrow(h, "periods invested", ReportText.pct(a.fractionInvested()), ReportText.pct(b.fractionInvested()),
                "share of periods with size &gt; 0");
        mrow(h, "periods / years", a.periods() + " / " + String.format(Locale.ROOT, "%.2f", a.years()),
                b.periods() + " / " + String.format(Locale.ROOT, "%.2f", b.years()),
                "N = " + ReportText.f(r.annualisation().periodsPerYear()) + " periods per year: "
                        + e(r.annualisation().basis()));
        h.append("</table>\n");

        final String[] times = r.times();
        final int warm = r.warmUpEnd();
        final String warmLabel = warm > 0 ? "warm-up: in cash" : null;
        h.append("<h2>Equity, log scale</h2>\n");
        h.append(new SvgChart(CHART_W, 340, times).log(true).label("equity curves, log scale")
                .shadeUntil(warm, warmLabel)
                .hLine(1.0, "#9aa1ad", "start = 1")
                .line("buy-and-hold", r.buyAndHoldEquity(), HOLD_COLOR, 1.3)
                .line("sizing", r.equity(), SIZING_COLOR, 1.6).render());
        h.append("<p class=\"note\">Growth of 1 invested at ").append(e(r.time(0)))
                .append("; equal vertical distances are equal percentage changes.</p>\n");

        h.append("<h2>Drawdown</h2>\n");
        final double[] ddA = neg(PerformanceMetrics.underwater(r.equity()));
        final double[] ddB = neg(PerformanceMetrics.underwater(r.buyAndHoldEquity()));
        double worst = Math.min(-a.maxDrawdown(), -b.maxDrawdown());
        h.append(new SvgChart(CHART_W, 240, times).percent(true).range(Math.min(worst * 1.05, -0.01), 0.0)
                .label("drawdown from the running peak").shadeUntil(warm, warmLabel)
                .area("buy-and-hold", ddB, HOLD_COLOR)
                .line("sizing", ddA, SIZING_COLOR, 1.4).render());
        h.append("<p class=\"note\">1 - equity / running peak.</p>\n");

        h.append("<h2>Recommended position size</h2>\n");
        final double maxSize = run.config().kellyMaxFraction();
        double top = maxSize;
        for (double s : r.sizes()) {
            top = Math.max(top, s);
        }
        h.append(new SvgChart(CHART_W, 220, times).range(0.0, top * 1.08).label("recommended position size")
                .shadeUntil(warm, warmLabel)
                .hLine(maxSize, "#9aa1ad", "kelly_max_fraction " + ReportText.f(maxSize))
                .area("recommended position size (fraction of capital)", r.sizes(), SIZING_COLOR).render());
        h.append("<p class=\"note\">The fraction of capital held over the next period (0 during the engine's warm-up).</p>\n");

        if (r.blackSwan() != null) {
            h.append("<h2>Black swan probability</h2>\n");
            final double thr = run.config().blackSwanThreshold();
            h.append(new SvgChart(CHART_W, 220, times).range(0.0, 1.0).percent(true).label("black swan probability")
                    .shadeUntil(warm, null)
                    .hLine(thr, THRESHOLD_COLOR, "black_swan_threshold " + ReportText.f(thr) + ": size cut")
                    .line("P(a " + ReportText.f(run.config().swanSigma()) + "-sigma loss within "
                            + run.config().swanHorizon() + " periods)", r.blackSwan(), SWAN_COLOR, 1.0).render());
            h.append("<p class=\"note\">Spec 3.3: conditional fat-tail fit (McNeil-Frey) on the engine's window; above the "
                    + "threshold the position is cut by <code>destructive_swan_protection</code> ("
                    + ReportText.f(run.config().destructiveSwanProtection()) + ").</p>\n");
        }

        analytics(h, analytics);
        config(h, run);

        h.append("<h2>Method and caveats</h2>\n<ul>\n")
                .append("<li>equity<sub>t+1</sub> = equity<sub>t</sub> &#215; (1 + size<sub>t</sub> &#215; "
                        + "(P<sub>t+1</sub>/P<sub>t</sub> - 1)); size<sub>t</sub> uses the rows up to t only "
                        + "(one engine, fed row by row).</li>\n")
                .append("<li>No transaction costs, no slippage, no bid-ask spread, no financing; cash earns 0; the "
                        + "position is rebalanced to the recommended size every period, at the closing price.</li>\n")
                .append("<li>Returns are those of the price column as given: for a price index (such as the S&amp;P 500 "
                        + "sample) buy-and-hold misses the dividends, and cash at 0 ignores the interest a real account "
                        + "would earn; both comparisons are therefore approximate.</li>\n")
                .append("<li>The sizing sits in cash during the engine's warm-up")
                .append(warm >= 0 ? " (rows 0 to " + (warm - 1) + ", until " + e(r.time(warm)) + ")" : "")
                .append("; buy-and-hold is invested from the first row.</li>\n")
                .append("<li>Annualised figures use ").append(ReportText.f(r.annualisation().periodsPerYear()))
                .append(" periods per year (").append(e(r.annualisation().basis())).append(") and the square-root "
                        + "rule for volatility, which fat tails and volatility clustering make optimistic. Read the "
                        + "drawdown and the worst period first.</li>\n")
                .append("<li>One path of history is one sample: a backtest cannot show the tail risk that did not "
                        + "happen in it.</li>\n</ul>\n");
        h.append("<footer>talebian ").append(e(Main.version())).append(" &#183; <code>talebian backtest</code> &#183; "
                + "see docs/backtest.md</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void analytics(final StringBuilder h, final SeriesReport s) {
        h.append("<h2>Batch analytics of the series</h2>\n<p class=\"note\">")
                .append(s.returns()).append(" log returns of <code>").append(e(s.column())).append("</code>, per period, "
                        + "not annualised (as <code>talebian analyze</code>; docs/analytics.md).</p>\n");
        h.append("<table id=\"analytics\">\n<tr><th>measure</th><th>value</th><th>reading</th></tr>\n");
        final SeriesMoments m = s.moments();
        arow(h, "mean, sd", ReportText.f(m.mean()) + ", " + ReportText.f(m.sd()), "");
        arow(h, "skewness, excess kurtosis", ReportText.f(m.skewness()) + ", " + ReportText.f(m.excessKurtosis()),
                "the kurtosis means little when the tail index is below 4");
        arow(h, "min, max", ReportText.f(m.min()) + ", " + ReportText.f(m.max()), "");
        final int i99 = levelIndex(s.historical(), 0.99);
        if (i99 >= 0) {
            final String lv = ReportText.f(s.historical().get(i99).level());
            arow(h, "VaR / ES " + lv + " historical", ve(s.historical().get(i99)), "losses in log-return units");
            arow(h, "VaR / ES " + lv + " Gaussian", ve(s.gaussian().get(i99)),
                    String.format(Locale.ROOT, "historical ES / Gaussian ES = %.2f",
                            s.historical().get(i99).es() / s.gaussian().get(i99).es()));
            arow(h, "VaR / ES " + lv + " Hill (Weissman)", ve(s.hill().get(i99)), "");
            arow(h, "VaR / ES " + lv + " GPD (POT)", ve(s.gpdTail().get(i99)), "");
        }
        arow(h, "Hill tail index, losses / gains", ReportText.f(s.hillLeft().alpha()) + " &#177; "
                + ReportText.f(s.hillLeft().alphaStdErr()) + " / " + ReportText.f(s.hillRight().alpha()),
                ReportText.tailReading(s.hillLeft().alpha()));
        arow(h, "GPD xi of losses", ReportText.f(s.gpd().xi()) + " (tail index " + ReportText.f(s.gpd().tailIndex()) + ")", "");
        final DrawdownResult d = s.drawdown();
        arow(h, "maximum drawdown of the price", ReportText.pct(d.maxDrawdown()),
                (s.peakTime() == null ? "row " + d.peakIndex() : s.peakTime()) + " to "
                        + (s.troughTime() == null ? "row " + d.troughIndex() : s.troughTime())
                        + (d.recoveryIndex() < 0 ? ", not recovered" : ", recovered "
                        + (s.recoveryTime() == null ? "row " + d.recoveryIndex() : s.recoveryTime())));
        arow(h, "Sortino, Omega (per period, tau " + ReportText.f(s.threshold()) + ")",
                ReportText.f(s.sortino()) + ", " + ReportText.f(s.omega()), "");
        final KappaEstimate k = s.kappa();
        arow(h, "Taleb's kappa(" + k.n0() + ", " + k.n() + ") bootstrap / blocks",
                ReportText.f(k.kappaBootstrap()) + " / " + ReportText.f(k.kappaBlocks()),
                "0 Gaussian, 1 Cauchy-like: " + ReportText.kappaReading(k.kappaBootstrap()));
        final FragilityReport f = s.fragility();
        arow(h, "antifragility score, H-/xi", ReportText.f(f.antifragilityScore()) + ", "
                + ReportText.f(f.relativeHeuristic()), f.antifragilityScore() < 0.5
                ? "the left tail outweighs the right: fragile" : "the right tail outweighs the left");
        final KellyReport ke = s.kelly();
        arow(h, "Kelly: adjusted mean, full, fractional", ReportText.f(ke.shrunkMean()) + ", "
                + ReportText.f(ke.fullKelly()) + ", " + ReportText.f(ke.fractionalKelly()),
                ke.shrunkMean() == 0.0 && ke.n() > 1 ? "the mean is within one standard error of 0: no edge shown"
                        : "unshrunk full Kelly " + ReportText.f(ke.unshrunkFullKelly()));
        h.append("</table>\n");
    }

    private static void config(final StringBuilder h, final BacktestCommand.Run run) {
        final RiskConfig c = run.config();
        h.append("<h2>Configuration and data</h2>\n<table id=\"config\">\n");
        crow(h, "data source", e(run.report().source()));
        crow(h, "columns", "time <code>" + e(run.series().timeColumn()) + "</code>, price <code>"
                + e(run.series().priceColumn()) + "</code>, volume "
                + (run.series().volumeColumn() == null ? "none" : "<code>" + e(run.series().volumeColumn()) + "</code>"));
        crow(h, "rows", run.report().rows() + " (" + e(run.report().time(0)) + " to "
                + e(run.report().time(run.report().rows() - 1)) + ")");
        crow(h, "preset", e(c.preset().id()));
        crow(h, "window", c.window() + " (" + e(run.windowBasis()) + ")");
        crow(h, "kernel backend", e(run.backend()));
        crow(h, "kelly_fraction / kelly_max_fraction", ReportText.f(c.kellyFraction()) + " / " + ReportText.f(c.kellyMaxFraction()));
        crow(h, "barbell_safe_ratio / risky", ReportText.f(c.barbellSafeRatio()) + " / " + ReportText.f(c.barbellRiskyRatio()));
        crow(h, "black_swan_threshold, destructive_swan_protection", ReportText.f(c.blackSwanThreshold()) + ", "
                + ReportText.f(c.destructiveSwanProtection()));
        crow(h, "swan_sigma, swan_horizon", ReportText.f(c.swanSigma()) + ", " + c.swanHorizon());
        crow(h, "momentum_window / volatility_lookback", c.momentumWindow() + " / " + c.volatilityLookback());
        crow(h, "periods per year", ReportText.f(run.report().annualisation().periodsPerYear()) + " ("
                + e(run.report().annualisation().basis()) + ")");
        h.append("</table>\n<p class=\"note\">Every field:</p>\n<pre>").append(e(c.toString())).append("</pre>\n");
    }

    private static int levelIndex(final List<TailRisk> l, final double level) {
        for (int i = 0; i < l.size(); i++) {
            if (Math.abs(l.get(i).level() - level) < 1e-12) {
                return i;
            }
        }
        return l.isEmpty() ? -1 : l.size() - 1;
    }

    private static String ve(final TailRisk t) {
        return ReportText.f(t.var()) + " / " + ReportText.f(t.es());
    }

    private static double[] neg(final double[] x) {
        final double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = -x[i];
        }
        return y;
    }

    private static void card(final StringBuilder h, final String k, final String v, final String hint) {
        h.append("<div class=\"card\"><div class=\"k\">").append(e(k)).append("</div><div class=\"v sizing\">").append(e(v))
                .append("</div><div class=\"h\">").append(e(hint)).append("</div></div>\n");
    }

    /** A metrics row; the values and definition are markup already (escape input text before). */
    private static void mrow(final StringBuilder h, final String name, final String a, final String b, final String def) {
        h.append("<tr><td>").append(name).append("</td><td class=\"n\">").append(a).append("</td><td class=\"n\">")
                .append(b).append("</td><td class=\"r\">").append(def).append("</td></tr>\n");
    }

    /** An analytics row: {@code v} is markup (numbers), name and reading are text (escaped here). */
    private static void arow(final StringBuilder h, final String name, final String v, final String reading) {
        h.append("<tr><td>").append(e(name)).append("</td><td class=\"n\">").append(v).append("</td><td class=\"r\">")
                .append(e(reading)).append("</td></tr>\n");
    }

    private static void crow(final StringBuilder h, final String k, final String v) {
        h.append("<tr><th>").append(e(k)).append("</th><td>").append(v).append("</td></tr>\n");
    }

    private static String e(final String s) {
        return Html.escape(s);
    }
}
