package io.talebian.cli;

import io.talebian.analytics.AnalyticsConfig;
import io.talebian.analytics.BatchAnalyzer;
import io.talebian.analytics.SeriesReport;
import io.talebian.data.PriceSeries;
import io.talebian.kernels.Backend;
import io.talebian.kernels.Backends;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code talebian analyze}: the batch analytics of spec section 5 over a whole price series. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Batch analytics of the log returns of a price series (spec section 5): moments, "
                + "historical/Gaussian/Cornish-Fisher VaR and ES, Hill and GPD tails, maximum drawdown, "
                + "Sortino, Omega, Taleb's kappa, fragility heuristic, Kelly.",
            "Figures are per period of the data (per day for daily bars), in log-return units."})
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--json", description = "Print one JSON object (NaN and infinities as null).")
    boolean json;

    @Option(names = "--levels", split = ",", paramLabel = "P", defaultValue = "0.95,0.99,0.995",
            description = "VaR/ES confidence levels (default: ${DEFAULT-VALUE}).")
    double[] levels;

    @Option(names = "--threshold", paramLabel = "TAU", defaultValue = "0",
            description = "Per-period return threshold of Sortino and Omega (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--backend", paramLabel = "auto|java|vector|jni|ffm", defaultValue = "auto",
            description = "Kernel backend of the moments (default: ${DEFAULT-VALUE}).")
    String backend;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        final AnalyticsConfig cfg = AnalyticsConfig.defaults().withLevels(levels).withThreshold(threshold);
        final Backend b = Backend.parse(backend);
        final PriceSeries s = input.read(false);
        if (s.size() < 3) {
            throw new Main.BadInputException(s.source() + ": " + s.size()
                    + " price rows: the analytics need at least 3 (2 returns)");
        }
        final SeriesReport r = new BatchAnalyzer(cfg, Backends.get(b)).analyze(s);
        final PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ReportJson.toJson(r));
        } else {
            ReportText.print(r, out);
        }
        out.flush();
        return 0;
    }
}
