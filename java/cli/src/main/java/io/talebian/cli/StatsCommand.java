package io.talebian.cli;

import io.talebian.data.PriceSeries;
import io.talebian.kernels.Backend;
import io.talebian.kernels.WindowStats;
import io.talebian.stats.Statistics;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code talebian stats}: window moments of one column (spec section 2) on a chosen backend. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "n, mean, sd, skewness, excess kurtosis, min, max of a price column (or of its log returns).")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--returns", description = "Take log returns ln(P_t/P_{t-1}) of the column first.")
    boolean returns;

    @Option(names = "--backend", paramLabel = "auto|java|vector|jni|ffm", defaultValue = "auto",
            description = "Kernel backend (default: ${DEFAULT-VALUE}).")
    String backend;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        final Backend b = Backend.parse(backend);
        final PriceSeries s = input.read(!returns);
        final double[] x = returns ? s.logReturns() : s.prices();
        final Statistics stats = Statistics.of(b);
        final WindowStats w = x.length == 0 ? null : stats.compute(x);
        final String used = stats.backendFor(x.length).id();
        final String what = returns ? "log returns of " + s.priceColumn() : s.priceColumn();
        final PrintWriter out = spec.commandLine().getOut();
        final long n = x.length;
        final double nan = Double.NaN;
        if (json) {
            final Json j = new Json().beginObject()
                    .field("source", s.source()).field("column", s.priceColumn()).field("returns", returns)
                    .field("n", n)
                    .field("mean", w == null ? nan : w.mean).field("sd", w == null ? nan : w.sd)
                    .field("skewness", w == null ? nan : w.skewness)
                    .field("excess_kurtosis", w == null ? nan : w.kurtosis)
                    .field("min", w == null ? nan : w.min).field("max", w == null ? nan : w.max)
                    .field("backend", used).field("backend_requested", b.id())
                    .endObject();
            out.println(j);
        } else {
            out.println("source           " + s.source());
            out.println("column           " + what);
            out.println("n                " + n);
            out.println("mean             " + num(w == null ? nan : w.mean));
            out.println("sd               " + num(w == null ? nan : w.sd));
            out.println("skewness         " + num(w == null ? nan : w.skewness));
            out.println("excess kurtosis  " + num(w == null ? nan : w.kurtosis));
            out.println("min              " + num(w == null ? nan : w.min));
            out.println("max              " + num(w == null ? nan : w.max));
            out.println("backend          " + used + (b == Backend.AUTO ? " (auto)" : ""));
        }
        out.flush();
        return 0;
    }

    /** Full precision in text too: these are reference numbers. */
    static String num(final double v) {
        return Double.isNaN(v) ? "undefined" : Double.toString(v);
    }
}
