package io.talebian.cli;

import io.talebian.data.PriceSeries;
import io.talebian.data.SeriesFormatException;
import io.talebian.data.TimeValues;
import io.talebian.engine.Assessment;
import io.talebian.engine.BadTickException;
import io.talebian.engine.Preset;
import io.talebian.engine.RiskConfig;
import io.talebian.engine.RiskEngine;
import io.talebian.engine.Tick;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code talebian assess}: runs the streaming risk engine over a price file, one record per
 * input row after the first (JSON lines or CSV), and prints a summary (rows, ticks/s, latency
 * p50/p99 of {@code RiskEngine.assess}) on stderr.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Streams a price file through the risk engine (spec sections 1-3): one record per row "
                + "after the first, with the row's time value as written and every assessment field.",
            "Output: JSON lines when --output ends in .jsonl, CSV when it ends in .csv, JSON lines on stdout "
                + "without --output. Summary on stderr."})
final class AssessCommand implements Callable<Integer> {
    /** Window for daily (or coarser) bars. */
    static final int DAILY_WINDOW = 252;
    /** Window for intraday data and ticks. */
    static final int INTRADAY_WINDOW = 1024;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--output", paramLabel = "FILE",
            description = "Where to write: *.jsonl (JSON lines) or *.csv. Default: JSON lines on stdout.")
    Path output;

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "aggressive",
            description = "aggressive, conservative or extreme (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--window", paramLabel = "N",
            description = "Returns in the window (default: 252 for daily data, i.e. median spacing >= 1 day; else 1024).")
    Integer window;

    @Option(names = "--set", paramLabel = "FIELD=VALUE",
            description = "Overrides a config field by its spec name, e.g. --set swan_horizon=10 (repeatable).")
    String[] overrides;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        final Preset p = Preset.parse(preset);
        final boolean csv = output != null && lower(output).endsWith(".csv");
        if (output != null && !csv && !lower(output).endsWith(".jsonl")) {
            throw new Main.BadInputException("--output " + output + ": the name must end in .jsonl or .csv");
        }
        final PriceSeries s = input.read(false);
        final boolean daily = s.isDailyOrCoarser();
        final int w = window != null ? window : daily ? DAILY_WINDOW : INTRADAY_WINDOW;
        final RiskConfig.Builder b = RiskConfig.builder(p).window(w);
        if (overrides != null) {
            for (String o : overrides) {
                final int eq = o.indexOf('=');
                if (eq <= 0) {
                    throw new Main.BadInputException("--set " + o + ": expected FIELD=VALUE");
                }
                b.set(o.substring(0, eq), o.substring(eq + 1));
            }
        }
        final RiskConfig config = b.build();
        final RiskEngine engine = new RiskEngine(config);
        final PrintWriter err = spec.commandLine().getErr();
        final Writer out = output == null ? spec.commandLine().getOut() : open(output);
        final long[] times = timestamps(s);
        final Histogram latency = new Histogram(3_600_000_000_000L, 3);
        final long wallStart = System.nanoTime();
        long engineNanos = 0;
        int records = 0;
        try {
            final AssessmentWriter writer = new AssessmentWriter(out, csv);
            writer.header();
            final Tick tick = new Tick();
            final Assessment a = new Assessment(config.maxReferenceStates());
            final double[] prices = s.prices();
            final double[] volumes = s.volumes();
            final String[] rowTimes = s.times();
            for (int i = 0; i < prices.length; i++) {
                if (volumes != null) {
                    tick.set(times[i], prices[i], volumes[i]);
                } else {
                    tick.set(times[i], prices[i]);
                }
                tick.sequence(i);
                final long t0 = System.nanoTime();
                try {
                    engine.assess(tick, a);
                } catch (BadTickException e) {
                    throw asInputError(s, i, e);
                }
                final long dt = System.nanoTime() - t0;
                engineNanos += dt;
                latency.recordValue(Math.max(dt, 1L));
                if (i > 0) {
                    writer.write(rowTimes[i], a);
                    records++;
                }
            }
        } finally {
            if (output == null) {
                out.flush();
            } else {
                out.close();
            }
        }
        final double wall = (System.nanoTime() - wallStart) / 1e9;
        err.println(String.format(Locale.ROOT,
                "assess: %d rows from %s -> %d records %s (window %d%s, preset %s, backend %s)",
                s.size(), s.source(), records, output == null ? "on stdout" : "in " + output, w,
                window == null ? (daily ? " for daily data" : " for intraday data") : "", p.id(),
                engine.kernels().backend().id()));
        err.println(String.format(Locale.ROOT,
                "assess: %.0f ticks/s in the engine (%.0f rows/s with output); latency per tick"
                        + " p50 %.2f us, p99 %.2f us, max %.2f us (HdrHistogram, JIT warm-up included)",
                s.size() / Math.max(engineNanos / 1e9, 1e-9), s.size() / Math.max(wall, 1e-9),
                latency.getValueAtPercentile(50) / 1e3, latency.getValueAtPercentile(99) / 1e3,
                latency.getMaxValue() / 1e3));
        err.flush();
        return 0;
    }

    private static String lower(final Path p) {
        return p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static Writer open(final Path p) {
        try {
            return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new Main.BadInputException("cannot write " + p + ": " + Main.message(e));
        }
    }

    /**
     * Tick timestamps: the parsed epoch milliseconds when every row's time parses, otherwise the
     * row number (the engine needs non-decreasing numbers, not calendar time).
     */
    static long[] timestamps(final PriceSeries s) {
        final long[] e = s.epochMillis();
        for (long t : e) {
            if (t == TimeValues.UNPARSED) {
                final long[] rows = new long[e.length];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = i;
                }
                return rows;
            }
        }
        return e;
    }

    /** A bad tick the reader let through, reported like a reader error (file, line, column, value). */
    private static SeriesFormatException asInputError(final PriceSeries s, final int i, final BadTickException e) {
        final String column;
        final String value;
        switch (e.field()) {
            case "timestamp":
                column = s.timeColumn();
                value = s.times()[i];
                break;
            case "volume":
                column = s.volumeColumn();
                value = Double.toString(e.value());
                break;
            default:
                column = s.priceColumn();
                value = Double.toString(e.value());
        }
        return new SeriesFormatException(s.source(), s.line(i), column, value, "rejected by the engine: " + e.getMessage());
    }
}
