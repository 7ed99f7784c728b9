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
import java.util.List;

/** The JSON form of a {@link SeriesReport} (field names in snake_case; NaN/inf as null). */
final class ReportJson {
    private ReportJson() {
    }

    static String toJson(final SeriesReport r) {
        final Json j = new Json().beginObject();
        j.field("source", r.source()).field("column", r.column()).field("input", r.input())
                .field("returns", (long) r.returns()).field("first_time", r.firstTime())
                .field("last_time", r.lastTime()).field("units", "log returns per period");
        final SeriesMoments m = r.moments();
        j.name("moments").beginObject().field("n", m.n()).field("mean", m.mean()).field("sd", m.sd())
                .field("skewness", m.skewness()).field("excess_kurtosis", m.excessKurtosis())
                .field("min", m.min()).field("max", m.max()).field("backend", m.backend()).endObject();
        j.name("var_es").beginObject();
        tail(j, "historical", r.historical());
        tail(j, "gaussian", r.gaussian());
        tail(j, "cornish_fisher", r.cornishFisher());
        tail(j, "hill", r.hill());
        tail(j, "gpd", r.gpdTail());
        j.field("cornish_fisher_valid", r.cornishFisherMonotone());
        j.endObject();
        j.name("tails").beginObject();
        hill(j, "hill_left", r.hillLeft());
        hill(j, "hill_right", r.hillRight());
        final GpdFit g = r.gpd();
        j.name("gpd").beginObject().field("method", "probability-weighted moments (Hosking-Wallis 1987)")
                .field("n", (long) g.n()).field("exceedances", (long) g.exceedances()).field("threshold", g.threshold())
                .field("xi", g.xi()).field("beta", g.beta()).field("tail_index", g.tailIndex()).endObject();
        j.endObject();
        final DrawdownResult d = r.drawdown();
        j.name("max_drawdown").beginObject().field("value", d.maxDrawdown())
                .field("peak_index", (long) d.peakIndex()).field("peak_time", r.peakTime())
                .field("trough_index", (long) d.troughIndex()).field("trough_time", r.troughTime())
                .field("recovery_index", (long) d.recoveryIndex()).field("recovery_time", r.recoveryTime())
                .endObject();
        j.name("ratios").beginObject().field("threshold", r.threshold())
                .field("downside_deviation", r.downsideDeviation()).field("sortino", r.sortino())
                .field("omega", r.omega()).endObject();
        final KappaEstimate k = r.kappa();
        j.name("kappa").beginObject().field("n0", (long) k.n0()).field("n", (long) k.n())
                .field("bootstrap", k.kappaBootstrap()).field("bootstrap_sums", (long) k.bootstrapSums())
                .field("blocks", k.kappaBlocks()).field("block_count", (long) k.blocks())
                .field("mad_n0", k.madN0()).field("mad_n_bootstrap", k.madNBootstrap())
                .field("mad_n_blocks", k.madNBlocks()).endObject();
        final FragilityReport f = r.fragility();
        j.name("fragility").beginObject().field("tail_k", f.k()).field("delta", f.deltaFraction())
                .field("tail_vega_left", f.leftTailVega()).field("tail_vega_right", f.rightTailVega())
                .field("asymmetry", f.asymmetry()).field("antifragility_score", f.antifragilityScore())
                .field("xi_minus", f.xiMinus()).field("xi", f.xiMid()).field("xi_plus", f.xiPlus())
                .field("heuristic", f.heuristic()).field("relative_heuristic", f.relativeHeuristic()).endObject();
        final KellyReport ke = r.kelly();
        j.name("kelly").beginObject().field("adjusted_mean", ke.shrunkMean()).field("risk_free", ke.riskFree())
                .field("full_kelly", ke.fullKelly()).field("unshrunk_full_kelly", ke.unshrunkFullKelly())
                .field("fraction", ke.fraction()).field("max_fraction", ke.maxFraction())
                .field("fractional_kelly", ke.fractionalKelly()).field("win_probability", ke.winProbability())
                .field("payoff_ratio", ke.payoffRatio()).field("discrete_kelly", ke.discreteKelly()).endObject();
        return j.endObject().toString();
    }

    private static void tail(final Json j, final String name, final List<TailRisk> list) {
        j.name(name).beginArray();
        for (TailRisk t : list) {
            j.beginObject().field("level", t.level()).field("var", t.var()).field("es", t.es()).endObject();
        }
        j.endArray();
    }

    private static void hill(final Json j, final String name, final HillEstimate h) {
        j.name(name).beginObject().field("k", (long) h.k()).field("threshold", h.threshold())
                .field("alpha", h.alpha()).field("alpha_stderr", h.alphaStdErr()).endObject();
    }
}
