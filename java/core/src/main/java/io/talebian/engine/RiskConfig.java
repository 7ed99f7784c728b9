package io.talebian.engine;

import io.talebian.kernels.Kernels;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Locale;

/**
 * Immutable configuration of a {@link RiskEngine} (spec sections 2-4). Build it with
 * {@link #builder()} (the aggressive preset) or {@link #builder(Preset)}, override any field, and
 * {@link Builder#build()} validates every field, naming it and its value in the message.
 *
 * <p>Field names in {@link Builder#set(String, String)} are the spec's snake_case names
 * ({@code window}, {@code kelly_fraction}, ...), so a command line can override any of them.
 */
public final class RiskConfig {

    /** Spec 3.3: the black swan probability is unavailable while fewer standardized losses exist. */
    public static final int DEFAULT_SWAN_MIN_LOSSES = 30;

    private final Preset preset;
    private final int window;
    private final int momentumWindow;
    private final int volatilityLookback;
    private final int minObservations;
    private final int swanMinLosses;
    private final double ewmaLambda;
    private final double swanSigma;
    private final int swanHorizon;
    private final double swanEventZ;
    private final double afTailK;
    private final double afDelta;
    private final double antifragilityThreshold;
    private final double barbellSafeRatio;
    private final double barbellRiskyRatio;
    private final double blackSwanThreshold;
    private final double kellyFraction;
    private final double kellyMaxFraction;
    private final double riskFreePerTick;
    private final double whaleVolumeThreshold;
    private final double whaleDetectedMultiplier;
    private final double destructiveSwanProtection;
    private final double dynamicRebalanceThreshold;
    private final double parasiticOpportunityThreshold;
    private final int numQubits;
    private final int maxReferenceStates;
    private final int historySize;
    private final TailSumsMode tailSums;
    private final Kernels kernels;

    private RiskConfig(final Builder b) {
        preset = b.preset;
        window = b.window;
        momentumWindow = b.momentumWindow;
        volatilityLookback = b.volatilityLookback;
        minObservations = b.minObservations;
        swanMinLosses = b.swanMinLosses;
        ewmaLambda = b.ewmaLambda;
        swanSigma = b.swanSigma;
        swanHorizon = b.swanHorizon;
        swanEventZ = b.swanEventZ;
        afTailK = b.afTailK;
        afDelta = b.afDelta;
        antifragilityThreshold = b.antifragilityThreshold;
        barbellSafeRatio = b.barbellSafeRatio;
        barbellRiskyRatio = b.barbellRiskyRatio;
        blackSwanThreshold = b.blackSwanThreshold;
        kellyFraction = b.kellyFraction;
        kellyMaxFraction = b.kellyMaxFraction;
        riskFreePerTick = b.riskFreePerTick;
        whaleVolumeThreshold = b.whaleVolumeThreshold;
        whaleDetectedMultiplier = b.whaleDetectedMultiplier;
        destructiveSwanProtection = b.destructiveSwanProtection;
        dynamicRebalanceThreshold = b.dynamicRebalanceThreshold;
        parasiticOpportunityThreshold = b.parasiticOpportunityThreshold;
        numQubits = b.numQubits;
        maxReferenceStates = b.maxReferenceStates;
        historySize = b.historySize;
        tailSums = b.tailSums;
        kernels = b.kernels;
    }

    /** The aggressive preset (the default) as a builder. */
    public static Builder builder() {
        return new Builder(Preset.AGGRESSIVE);
    }

    /** {@code preset} as a builder. */
    public static Builder builder(final Preset preset) {
        return new Builder(preset);
    }

    /** The default configuration (aggressive preset, auto kernels). */
    public static RiskConfig defaults() {
        return builder().build();
    }

    public static RiskConfig aggressive() {
        return builder(Preset.AGGRESSIVE).build();
    }

    public static RiskConfig conservative() {
        return builder(Preset.CONSERVATIVE).build();
    }

    public static RiskConfig extreme() {
        return builder(Preset.EXTREME).build();
    }

    /** A builder holding every value of this configuration. */
    public Builder toBuilder() {
        final Builder b = new Builder(preset);
        b.window = window;
        b.momentumWindow = momentumWindow;
        b.volatilityLookback = volatilityLookback;
        b.minObservations = minObservations;
        b.swanMinLosses = swanMinLosses;
        b.ewmaLambda = ewmaLambda;
        b.swanSigma = swanSigma;
        b.swanHorizon = swanHorizon;
        b.swanEventZ = swanEventZ;
        b.afTailK = afTailK;
        b.afDelta = afDelta;
        b.antifragilityThreshold = antifragilityThreshold;
        b.barbellSafeRatio = barbellSafeRatio;
        b.barbellRiskyRatio = barbellRiskyRatio;
        b.blackSwanThreshold = blackSwanThreshold;
        b.kellyFraction = kellyFraction;
        b.kellyMaxFraction = kellyMaxFraction;
        b.riskFreePerTick = riskFreePerTick;
        b.whaleVolumeThreshold = whaleVolumeThreshold;
        b.whaleDetectedMultiplier = whaleDetectedMultiplier;
        b.destructiveSwanProtection = destructiveSwanProtection;
        b.dynamicRebalanceThreshold = dynamicRebalanceThreshold;
        b.parasiticOpportunityThreshold = parasiticOpportunityThreshold;
        b.numQubits = numQubits;
        b.maxReferenceStates = maxReferenceStates;
        b.historySize = historySize;
        b.tailSums = tailSums;
        b.kernels = kernels;
        return b;
    }

    /** The preset this configuration started from (fields may have been overridden since). */
    public Preset preset() { return preset; }
    /** W: returns (and volumes) kept in the window (spec 2). */
    public int window() { return window; }
    /** m: momentum window (spec 3.6) and the OFI quote-update count (spec 3.1). */
    public int momentumWindow() { return momentumWindow; }
    /** v: kept for compatibility with the original design; no spec v1 formula uses it (see docs/engine.md). */
    public int volatilityLookback() { return volatilityLookback; }
    /** M: returns needed before the assessment can leave warm-up; EWMA seed length (spec 2, 3.3). */
    public int minObservations() { return minObservations; }
    /** Standardized losses needed before the black swan probability is available (spec: 30). */
    public int swanMinLosses() { return swanMinLosses; }
    public double ewmaLambda() { return ewmaLambda; }
    public double swanSigma() { return swanSigma; }
    public int swanHorizon() { return swanHorizon; }
    public double swanEventZ() { return swanEventZ; }
    public double afTailK() { return afTailK; }
    public double afDelta() { return afDelta; }
    public double antifragilityThreshold() { return antifragilityThreshold; }
    public double barbellSafeRatio() { return barbellSafeRatio; }
    public double barbellRiskyRatio() { return barbellRiskyRatio; }
    public double blackSwanThreshold() { return blackSwanThreshold; }
    public double kellyFraction() { return kellyFraction; }
    public double kellyMaxFraction() { return kellyMaxFraction; }
    public double riskFreePerTick() { return riskFreePerTick; }
    public double whaleVolumeThreshold() { return whaleVolumeThreshold; }
    public double whaleDetectedMultiplier() { return whaleDetectedMultiplier; }
    public double destructiveSwanProtection() { return destructiveSwanProtection; }
    public double dynamicRebalanceThreshold() { return dynamicRebalanceThreshold; }
    /** S above it sets {@link Assessment#opportunityDetected()} (the spec lists it without a formula). */
    public double parasiticOpportunityThreshold() { return parasiticOpportunityThreshold; }
    public int numQubits() { return numQubits; }
    /** Q = 2^num_qubits amplitudes of the regime encoding (spec 3.7). */
    public int amplitudes() { return 1 << numQubits; }
    public int maxReferenceStates() { return maxReferenceStates; }
    /** H: assessments kept in the engine's history ring (0 disables it). */
    public int historySize() { return historySize; }
    /** How the tail sums of spec 3.2 are formed (default {@link TailSumsMode#SORTED}). */
    public TailSumsMode tailSums() { return tailSums; }
    /** The kernels the engine uses, or {@code null} for the automatic choice for the window size. */
    public Kernels kernels() { return kernels; }

    /** Writes every numeric field (not the kernels: they are not state). */
    void write(final DataOutput out) throws IOException {
        out.writeInt(preset.ordinal());
        out.writeInt(window);
        out.writeInt(momentumWindow);
        out.writeInt(volatilityLookback);
        out.writeInt(minObservations);
        out.writeInt(swanMinLosses);
        out.writeDouble(ewmaLambda);
        out.writeDouble(swanSigma);
        out.writeInt(swanHorizon);
        out.writeDouble(swanEventZ);
        out.writeDouble(afTailK);
        out.writeDouble(afDelta);
        out.writeDouble(antifragilityThreshold);
        out.writeDouble(barbellSafeRatio);
        out.writeDouble(barbellRiskyRatio);
        out.writeDouble(blackSwanThreshold);
        out.writeDouble(kellyFraction);
        out.writeDouble(kellyMaxFraction);
        out.writeDouble(riskFreePerTick);
        out.writeDouble(whaleVolumeThreshold);
        out.writeDouble(whaleDetectedMultiplier);
        out.writeDouble(destructiveSwanProtection);
        out.writeDouble(dynamicRebalanceThreshold);
        out.writeDouble(parasiticOpportunityThreshold);
        out.writeInt(numQubits);
        out.writeInt(maxReferenceStates);
        out.writeInt(historySize);
        out.writeInt(tailSums.ordinal());
    }

    /** Reads what {@link #write} wrote, into a builder (kernels left to the caller). */
    static Builder read(final DataInput in) throws IOException {
        final int p = in.readInt();
        if (p < 0 || p >= Preset.values().length) {
            throw new IOException("snapshot preset ordinal=" + p + " is out of range");
        }
        final Builder b = new Builder(Preset.values()[p]);
        b.window = in.readInt();
        b.momentumWindow = in.readInt();
        b.volatilityLookback = in.readInt();
        b.minObservations = in.readInt();
        b.swanMinLosses = in.readInt();
        b.ewmaLambda = in.readDouble();
        b.swanSigma = in.readDouble();
        b.swanHorizon = in.readInt();
        b.swanEventZ = in.readDouble();
        b.afTailK = in.readDouble();
        b.afDelta = in.readDouble();
        b.antifragilityThreshold = in.readDouble();
        b.barbellSafeRatio = in.readDouble();
        b.barbellRiskyRatio = in.readDouble();
        b.blackSwanThreshold = in.readDouble();
        b.kellyFraction = in.readDouble();
        b.kellyMaxFraction = in.readDouble();
        b.riskFreePerTick = in.readDouble();
        b.whaleVolumeThreshold = in.readDouble();
        b.whaleDetectedMultiplier = in.readDouble();
        b.destructiveSwanProtection = in.readDouble();
        b.dynamicRebalanceThreshold = in.readDouble();
        b.parasiticOpportunityThreshold = in.readDouble();
        b.numQubits = in.readInt();
        b.maxReferenceStates = in.readInt();
        b.historySize = in.readInt();
        final int mode = in.readInt();
        if (mode < 0 || mode >= TailSumsMode.values().length) {
            throw new IOException("snapshot tail_sums ordinal=" + mode + " is out of range");
        }
        b.tailSums = TailSumsMode.values()[mode];
        return b;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RiskConfig{preset=%s, window=%d, momentum_window=%d, volatility_lookback=%d, "
                        + "min_observations=%d, swan_min_losses=%d, ewma_lambda=%s, swan_sigma=%s, swan_horizon=%d, "
                        + "swan_event_z=%s, af_tail_k=%s, af_delta=%s, antifragility_threshold=%s, "
                        + "barbell_safe_ratio=%s, barbell_risky_ratio=%s, black_swan_threshold=%s, kelly_fraction=%s, "
                        + "kelly_max_fraction=%s, risk_free_per_tick=%s, whale_volume_threshold=%s, "
                        + "whale_detected_multiplier=%s, destructive_swan_protection=%s, dynamic_rebalance_threshold=%s, "
                        + "parasitic_opportunity_threshold=%s, num_qubits=%d, max_reference_states=%d, history_size=%d, "
                        + "tail_sums=%s, kernels=%s}",
                preset.id(), window, momentumWindow, volatilityLookback, minObservations, swanMinLosses, ewmaLambda,
                swanSigma, swanHorizon, swanEventZ, afTailK, afDelta, antifragilityThreshold, barbellSafeRatio,
                barbellRiskyRatio, blackSwanThreshold, kellyFraction, kellyMaxFraction, riskFreePerTick,
                whaleVolumeThreshold, whaleDetectedMultiplier, destructiveSwanProtection, dynamicRebalanceThreshold,
                parasiticOpportunityThreshold, numQubits, maxReferenceStates, historySize,
                tailSums.name().toLowerCase(Locale.ROOT), kernels == null ? "auto" : kernels.backend().id());
    }

    /** Mutable builder; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private final Preset preset;
        private int window = 1024;
        private int momentumWindow;
        private int volatilityLookback;
        private int minObservations = 30;
        private int swanMinLosses = DEFAULT_SWAN_MIN_LOSSES;
        private double ewmaLambda = 0.94;
        private double swanSigma = 4.0;
        private int swanHorizon = 20;
        private double swanEventZ = 3.0;
        private double afTailK = 1.5;
        private double afDelta = 0.25;
        private double antifragilityThreshold;
        private double barbellSafeRatio;
        private double barbellRiskyRatio;
        private double blackSwanThreshold;
        private double kellyFraction;
        private double kellyMaxFraction;
        private double riskFreePerTick = 0.0;
        private double whaleVolumeThreshold;
        private double whaleDetectedMultiplier;
        private double destructiveSwanProtection;
        private double dynamicRebalanceThreshold;
        private double parasiticOpportunityThreshold;
        private int numQubits = 8;
        private int maxReferenceStates = 8;
        private int historySize = 16;
        private TailSumsMode tailSums = TailSumsMode.SORTED;
        private Kernels kernels;

        Builder(final Preset preset) {
            this.preset = preset;
            switch (preset) {
                case CONSERVATIVE:
                    apply(0.70, 0.85, 0.15, 0.05, 0.25, 0.30, 3.0, 1.0, 0.10, 0.05, 0.8, 50, 100);
                    break;
                case EXTREME:
                    apply(0.25, 0.55, 0.45, 0.25, 0.70, 0.90, 1.5, 2.0, 0.40, 0.15, 0.5, 15, 30);
                    break;
                case AGGRESSIVE:
                default:
                    apply(0.35, 0.65, 0.35, 0.18, 0.55, 0.75, 2.0, 1.5, 0.30, 0.10, 0.6, 20, 50);
                    break;
            }
        }

        private void apply(final double af, final double safe, final double risky, final double bst,
                           final double kf, final double kmax, final double wvt, final double wdm, final double dsp,
                           final double drt, final double pot, final int m, final int v) {
            antifragilityThreshold = af;
            barbellSafeRatio = safe;
            barbellRiskyRatio = risky;
            blackSwanThreshold = bst;
            kellyFraction = kf;
            kellyMaxFraction = kmax;
            whaleVolumeThreshold = wvt;
            whaleDetectedMultiplier = wdm;
            destructiveSwanProtection = dsp;
            dynamicRebalanceThreshold = drt;
            parasiticOpportunityThreshold = pot;
            momentumWindow = m;
            volatilityLookback = v;
        }

        public Builder window(final int v) { window = v; return this; }
        public Builder momentumWindow(final int v) { momentumWindow = v; return this; }
        public Builder volatilityLookback(final int v) { volatilityLookback = v; return this; }
        public Builder minObservations(final int v) { minObservations = v; return this; }
        public Builder swanMinLosses(final int v) { swanMinLosses = v; return this; }
        public Builder ewmaLambda(final double v) { ewmaLambda = v; return this; }
        public Builder swanSigma(final double v) { swanSigma = v; return this; }
        public Builder swanHorizon(final int v) { swanHorizon = v; return this; }
        public Builder swanEventZ(final double v) { swanEventZ = v; return this; }
        public Builder afTailK(final double v) { afTailK = v; return this; }
        public Builder afDelta(final double v) { afDelta = v; return this; }
        public Builder antifragilityThreshold(final double v) { antifragilityThreshold = v; return this; }
        /** Sets the safe ratio and the risky one to {@code 1 - v}. */
        public Builder barbellSafeRatio(final double v) { barbellSafeRatio = v; barbellRiskyRatio = 1.0 - v; return this; }
        /** Sets the risky ratio and the safe one to {@code 1 - v}. */
        public Builder barbellRiskyRatio(final double v) { barbellRiskyRatio = v; barbellSafeRatio = 1.0 - v; return this; }
        /** Sets both ratios as given ({@link #build()} checks that they sum to 1). */
        public Builder barbell(final double safe, final double risky) {
            barbellSafeRatio = safe;
            barbellRiskyRatio = risky;
            return this;
        }
        public Builder blackSwanThreshold(final double v) { blackSwanThreshold = v; return this; }
        public Builder kellyFraction(final double v) { kellyFraction = v; return this; }
        public Builder kellyMaxFraction(final double v) { kellyMaxFraction = v; return this; }
        public Builder riskFreePerTick(final double v) { riskFreePerTick = v; return this; }
        public Builder whaleVolumeThreshold(final double v) { whaleVolumeThreshold = v; return this; }
        public Builder whaleDetectedMultiplier(final double v) { whaleDetectedMultiplier = v; return this; }
        public Builder destructiveSwanProtection(final double v) { destructiveSwanProtection = v; return this; }
        public Builder dynamicRebalanceThreshold(final double v) { dynamicRebalanceThreshold = v; return this; }
        public Builder parasiticOpportunityThreshold(final double v) { parasiticOpportunityThreshold = v; return this; }
        public Builder numQubits(final int v) { numQubits = v; return this; }
        public Builder maxReferenceStates(final int v) { maxReferenceStates = v; return this; }
        public Builder historySize(final int v) { historySize = v; return this; }
        /** How the tail sums are formed (default SORTED; KERNEL runs Kernels.tailSums over the window). */
        public Builder tailSums(final TailSumsMode v) {
            if (v == null) {
                throw new IllegalArgumentException("RiskConfig: tail_sums=null");
            }
            tailSums = v;
            return this;
        }
        /** The kernels backend; {@code null} (the default) picks {@code Backends.forSize(window)}. */
        public Builder kernels(final Kernels v) { kernels = v; return this; }

        /**
         * Sets a field by its spec (snake_case) name from text, e.g. {@code set("window", "252")};
         * IllegalArgumentException naming an unknown field or an unparsable value.
         */
        public Builder set(final String field, final String value) {
            final String f = field.trim().toLowerCase(Locale.ROOT).replace('-', '_');
            try {
                switch (f) {
                    case "window": return window(Integer.parseInt(value.trim()));
                    case "momentum_window": return momentumWindow(Integer.parseInt(value.trim()));
                    case "volatility_lookback": return volatilityLookback(Integer.parseInt(value.trim()));
                    case "min_observations": return minObservations(Integer.parseInt(value.trim()));
                    case "swan_min_losses": return swanMinLosses(Integer.parseInt(value.trim()));
                    case "ewma_lambda": return ewmaLambda(Double.parseDouble(value));
                    case "swan_sigma": return swanSigma(Double.parseDouble(value));
                    case "swan_horizon": return swanHorizon(Integer.parseInt(value.trim()));
                    case "swan_event_z": return swanEventZ(Double.parseDouble(value));
                    case "af_tail_k": return afTailK(Double.parseDouble(value));
                    case "af_delta": return afDelta(Double.parseDouble(value));
                    case "antifragility_threshold": return antifragilityThreshold(Double.parseDouble(value));
                    case "barbell_safe_ratio": return barbellSafeRatio(Double.parseDouble(value));
                    case "barbell_risky_ratio": return barbellRiskyRatio(Double.parseDouble(value));
                    case "black_swan_threshold": return blackSwanThreshold(Double.parseDouble(value));
                    case "kelly_fraction": return kellyFraction(Double.parseDouble(value));
                    case "kelly_max_fraction": return kellyMaxFraction(Double.parseDouble(value));
                    case "risk_free_per_tick": return riskFreePerTick(Double.parseDouble(value));
                    case "whale_volume_threshold": return whaleVolumeThreshold(Double.parseDouble(value));
                    case "whale_detected_multiplier": return whaleDetectedMultiplier(Double.parseDouble(value));
                    case "destructive_swan_protection": return destructiveSwanProtection(Double.parseDouble(value));
                    case "dynamic_rebalance_threshold": return dynamicRebalanceThreshold(Double.parseDouble(value));
                    case "parasitic_opportunity_threshold":
                        return parasiticOpportunityThreshold(Double.parseDouble(value));
                    case "num_qubits": return numQubits(Integer.parseInt(value.trim()));
                    case "max_reference_states": return maxReferenceStates(Integer.parseInt(value.trim()));
                    case "history_size": return historySize(Integer.parseInt(value.trim()));
                    case "tail_sums": return tailSums(TailSumsMode.parse(value));
                    default:
                        throw new IllegalArgumentException("RiskConfig has no field " + field);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("RiskConfig: " + f + "=" + value + " is not a number", e);
            }
        }

        /** Validates (spec section 4 and the engine's own limits) and builds. */
        public RiskConfig build() {
            atLeast("window", window, 2);
            atLeast("momentum_window", momentumWindow, 2);
            atLeast("volatility_lookback", volatilityLookback, 2);
            atLeast("min_observations", minObservations, 2);
            atLeast("swan_min_losses", swanMinLosses, 2);
            atLeast("swan_horizon", swanHorizon, 1);
            if (momentumWindow > window) {
                throw new IllegalArgumentException("RiskConfig: momentum_window=" + momentumWindow
                        + " must be <= window=" + window);
            }
            if (minObservations > window) {
                throw new IllegalArgumentException("RiskConfig: min_observations=" + minObservations
                        + " must be <= window=" + window);
            }
            if (swanMinLosses > window) {
                throw new IllegalArgumentException("RiskConfig: swan_min_losses=" + swanMinLosses
                        + " must be <= window=" + window + " (else the black swan probability is never available)");
            }
            if (!(ewmaLambda > 0.0 && ewmaLambda < 1.0)) {
                throw new IllegalArgumentException("RiskConfig: ewma_lambda=" + ewmaLambda + " must be in (0, 1)");
            }
            positive("swan_sigma", swanSigma);
            positive("swan_event_z", swanEventZ);
            positive("af_tail_k", afTailK);
            ratio("af_delta", afDelta);
            positive("af_delta", afDelta);
            ratio("antifragility_threshold", antifragilityThreshold);
            positive("antifragility_threshold", antifragilityThreshold);
            ratio("barbell_safe_ratio", barbellSafeRatio);
            ratio("barbell_risky_ratio", barbellRiskyRatio);
            if (Math.abs(barbellSafeRatio + barbellRiskyRatio - 1.0) > 1e-9) {
                throw new IllegalArgumentException("RiskConfig: barbell_safe_ratio=" + barbellSafeRatio
                        + " + barbell_risky_ratio=" + barbellRiskyRatio + " must be 1");
            }
            ratio("black_swan_threshold", blackSwanThreshold);
            positive("black_swan_threshold", blackSwanThreshold);
            ratio("kelly_fraction", kellyFraction);
            ratio("kelly_max_fraction", kellyMaxFraction);
            if (!Double.isFinite(riskFreePerTick)) {
                throw new IllegalArgumentException("RiskConfig: risk_free_per_tick=" + riskFreePerTick + " must be finite");
            }
            positive("whale_volume_threshold", whaleVolumeThreshold);
            positive("whale_detected_multiplier", whaleDetectedMultiplier);
            ratio("destructive_swan_protection", destructiveSwanProtection);
            ratio("dynamic_rebalance_threshold", dynamicRebalanceThreshold);
            positive("dynamic_rebalance_threshold", dynamicRebalanceThreshold);
            ratio("parasitic_opportunity_threshold", parasiticOpportunityThreshold);
            positive("parasitic_opportunity_threshold", parasiticOpportunityThreshold);
            if (numQubits < 1 || numQubits > 16) {
                throw new IllegalArgumentException("RiskConfig: num_qubits=" + numQubits + " must be in [1, 16]");
            }
            if (maxReferenceStates < 0 || maxReferenceStates > 1024) {
                throw new IllegalArgumentException("RiskConfig: max_reference_states=" + maxReferenceStates
                        + " must be in [0, 1024]");
            }
            if (historySize < 0 || historySize > 1 << 20) {
                throw new IllegalArgumentException("RiskConfig: history_size=" + historySize + " must be in [0, 2^20]");
            }
            if (window > 1 << 24) {
                throw new IllegalArgumentException("RiskConfig: window=" + window + " must be <= 2^24");
            }
            return new RiskConfig(this);
        }

        private static void atLeast(final String name, final int v, final int min) {
            if (v < min) {
                throw new IllegalArgumentException("RiskConfig: " + name + "=" + v + " must be >= " + min);
            }
        }

        private static void positive(final String name, final double v) {
            if (!(v > 0.0) || v == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("RiskConfig: " + name + "=" + v + " must be > 0 and finite");
            }
        }

        private static void ratio(final String name, final double v) {
            if (!(v >= 0.0 && v <= 1.0)) {
                throw new IllegalArgumentException("RiskConfig: " + name + "=" + v + " must be in [0, 1]");
            }
        }
    }
}
