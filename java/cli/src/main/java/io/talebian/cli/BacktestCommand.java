package io.talebian.cli;

import io.talebian.analytics.AnalyticsConfig;
import io.talebian.analytics.BatchAnalyzer;
import io.talebian.analytics.DrawdownResult;
import io.talebian.analytics.SeriesReport;
import io.talebian.backtest.BacktestReport;
import io.talebian.backtest.EngineSizer;
import io.talebian.backtest.PerformanceMetrics;
import io.talebian.backtest.SizingBacktest;
import io.talebian.data.PriceSeries;
import io.talebian.data.SeriesFormatException;
import io.talebian.engine.BadTickException;
import io.talebian.engine.Preset;
import io.talebian.engine.RiskConfig;
import io.talebian.kernels.Backend;
import io.talebian.kernels.Backends;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code talebian backtest}: the backtest of the sizing (spec section 6). The engine's
 * recommended position size at row t is held over (t, t+1], the rest in cash at 0; the metrics
 * sit beside buy-and-hold on the same series. Optionally a self-contained HTML report.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Backtests the engine's recommended position size (spec section 6): hold size_t of capital over "
                + "(t, t+1], the rest in cash at 0, with no look-ahead; CAGR, annualised volatility, Sharpe, Sortino, "
                + "maximum drawdown, worst period and exposure beside buy-and-hold on the same series.",
            "No transaction costs, no slippage, cash earns 0. See docs/backtest.md."})
final class BacktestCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "aggressive",
            description = "aggressive, conservative or extreme (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--window", paramLabel = "N",
            description = "Returns in the engine's window (default: 252 for daily data, i.e. median spacing >= 1 day; else 1024).")
    Integer window;

    @Option(names = "--periods-per-year", paramLabel = "N",
            description = "Annualisation factor (default: 252 for daily data, else inferred from the times; see docs/backtest.md).")
    Double periodsPerYear;

    @Option(names = "--json", description = "Print one JSON object (NaN and infinities as null).")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write a self-contained HTML report (charts as inline SVG) to FILE.")
    Path html;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        final Preset p = Preset.parse(preset);
        if (periodsPerYear != null && !(periodsPerYear > 0 && Double.isFinite(periodsPerYear))) {
            throw new Main.BadInputException("--periods-per-year " + periodsPerYear + ": must be > 0");
        }
        final PriceSeries s = input.read(false);
        if (s.size() < 3) {
            throw new Main.BadInputException(s.source() + ": " + s.size()
                    + " price rows: the backtest needs at least 3 (2 periods)");
        }
        final boolean daily = s.isDailyOrCoarser();
        final int w = window != null ? window : daily ? AssessCommand.DAILY_WINDOW : AssessCommand.INTRADAY_WINDOW;
        final RiskConfig config = RiskConfig.builder(p).window(w).build();
        final String backend = new EngineSizer(config).engine().kernels().backend().id();
        SizingBacktest bt = new SizingBacktest(config);
        if (periodsPerYear != null) {
            bt = bt.periodsPerYear(periodsPerYear);
        }
        final BacktestReport r;
        try {
            r = bt.run(s);
        } catch (BadTickException e) {
            throw asInputError(s, e);
        }
        final Run run = new Run(s, config, w, window == null ? (daily ? "for daily data" : "for intraday data") : "given",
                backend, r);
        if (html != null) {
            final SeriesReport analytics = new BatchAnalyzer(AnalyticsConfig.defaults(), Backends.get(Backend.AUTO))
                    .analyze(s);
            write(html, BacktestHtml.render(run, analytics));
        }
        final PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(run));
        } else {
            text(run, out);
        }
        out.flush();
        return 0;
    }

    /** What the outputs describe: the series, the configuration and the report. */
    record Run(PriceSeries series, RiskConfig config, int window, String windowBasis, String backend,
               BacktestReport report) {
    }

    private void write(final Path file, final String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Main.BadInputException("cannot write " + file + ": " + Main.message(e));
        }
    }

    static String json(final Run run) {
        final BacktestReport r = run.report();
        final Json j = new Json().beginObject();
        j.field("source", r.source()).field("price_column", run.series().priceColumn())
                .field("rows", (long) r.rows()).field("first_time", r.time(0)).field("last_time", r.time(r.rows() - 1))
                .field("preset", run.config().preset().id()).field("window", (long) run.window())
                .field("backend", run.backend())
                .field("periods_per_year", r.annualisation().periodsPerYear())
                .field("annualisation", r.annualisation().basis())
                .field("warm_up_end_row", (long) r.warmUpEnd()).field("warm_up_end_time", r.time(r.warmUpEnd()))
                .field("costs", "none: no transaction costs, no slippage, cash at 0");
        metrics(j.name("sizing"), r, r.sizing());
        metrics(j.name("buy_and_hold"), r, r.buyAndHold());
        j.endObject();
        return j.toString();
    }

    private static void metrics(final Json j, final BacktestReport r, final PerformanceMetrics m) {
        final DrawdownResult d = m.drawdown();
        j.beginObject().field("periods", (long) m.periods()).field("years", m.years())
                .field("final_equity", m.finalEquity()).field("total_return", m.totalReturn()).field("cagr", m.cagr())
                .field("volatility", m.volatility()).field("sharpe", m.sharpe()).field("sortino", m.sortino());
        j.name("max_drawdown").beginObject().field("value", d.maxDrawdown())
                .field("peak_index", (long) d.peakIndex()).field("peak_time", r.time(d.peakIndex()))
                .field("trough_index", (long) d.troughIndex()).field("trough_time", r.time(d.troughIndex()))
                .field("recovery_index", (long) d.recoveryIndex()).field("recovery_time", r.time(d.recoveryIndex()))
                .endObject();
        j.name("worst_period").beginObject().field("return", m.worstPeriodReturn())
                .field("from_index", (long) m.worstPeriod()).field("from_time", r.time(m.worstPeriod()))
                .field("to_time", r.time(m.worstPeriod() + 1)).endObject();
        j.name("exposure").beginObject().field("mean_size", m.meanExposure())
                .field("fraction_invested", m.fractionInvested()).endObject();
        j.endObject();
    }

    private void text(final Run run, final PrintWriter o) {
        final BacktestReport r = run.report();
        o.println("Talebian backtest of the sizing: " + r.source());
        o.println("  " + r.rows() + " rows, " + r.time(0) + " .. " + r.time(r.rows() - 1) + ", column "
                + run.series().priceColumn() + "; preset " + run.config().preset().id() + ", window " + run.window()
                + " (" + run.windowBasis() + "), backend " + run.backend());
        o.println("  hold the recommended position size over (t, t+1], the rest in cash at 0; engine warm-up until "
                + (r.warmUpEnd() < 0 ? "the end" : "row " + r.warmUpEnd() + " (" + r.time(r.warmUpEnd()) + ")"));
        o.println("  annualised with " + ReportText.f(r.annualisation().periodsPerYear()) + " periods per year ("
                + r.annualisation().basis() + "); no costs, no slippage");
        o.println();
        final PerformanceMetrics a = r.sizing();
        final PerformanceMetrics b = r.buyAndHold();
        o.println(String.format(Locale.ROOT, "  %-22s %-26s %s", "", "sizing", "buy-and-hold"));
        row(o, "final equity (from 1)", ReportText.f(a.finalEquity()), ReportText.f(b.finalEquity()));
        row(o, "CAGR", ReportText.pct(a.cagr()), ReportText.pct(b.cagr()));
        row(o, "volatility (annual)", ReportText.pct(a.volatility()), ReportText.pct(b.volatility()));
        row(o, "Sharpe (annual)", num(a.sharpe()), num(b.sharpe()));
        row(o, "Sortino (annual)", num(a.sortino()), num(b.sortino()));
        row(o, "max drawdown", ReportText.pct(a.maxDrawdown()), ReportText.pct(b.maxDrawdown()));
        row(o, "  peak .. trough", span(r, a.drawdown()), span(r, b.drawdown()));
        row(o, "  recovered", recovered(r, a.drawdown()), recovered(r, b.drawdown()));
        row(o, "worst period", ReportText.pct(a.worstPeriodReturn()), ReportText.pct(b.worstPeriodReturn()));
        row(o, "  ending", r.time(a.worstPeriod() + 1), r.time(b.worstPeriod() + 1));
        row(o, "mean size", num(a.meanExposure()), num(b.meanExposure()));
        row(o, "periods invested", ReportText.pct(a.fractionInvested()), ReportText.pct(b.fractionInvested()));
        if (html != null) {
            o.println();
            o.println("HTML report: " + html);
        }
    }

    private static void row(final PrintWriter o, final String name, final String a, final String b) {
        o.println(String.format(Locale.ROOT, "  %-22s %-26s %s", name, a, b));
    }

    static String num(final double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String span(final BacktestReport r, final DrawdownResult d) {
        return d.maxDrawdown() == 0 ? "-" : r.time(d.peakIndex()) + " .. " + r.time(d.troughIndex());
    }

    static String recovered(final BacktestReport r, final DrawdownResult d) {
        return d.maxDrawdown() == 0 ? "-" : d.recoveryIndex() < 0 ? "not by the end" : r.time(d.recoveryIndex());
    }

    private static SeriesFormatException asInputError(final PriceSeries s, final BadTickException e) {
        final int i = (int) Math.max(0, Math.min(s.size() - 1, e.sequence()));
        final String column = "timestamp".equals(e.field()) ? s.timeColumn()
                : "volume".equals(e.field()) ? s.volumeColumn() : s.priceColumn();
        final String value = "timestamp".equals(e.field()) ? s.times()[i] : Double.toString(e.value());
        return new SeriesFormatException(s.source(), s.line(i), column, value, "rejected by the engine: " + e.getMessage());
    }
}
