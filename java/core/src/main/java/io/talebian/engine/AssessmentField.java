package io.talebian.engine;

/**
 * Every field of an {@link Assessment}, in output order, with its spec (snake_case) name, its
 * kind, and for the fields that can be undefined the flag field that says whether it is
 * ({@link #availability()}; a flag value of 0 means "unavailable", and the field is then NaN).
 * Writers (JSON lines, CSV) and tests iterate over {@link #values()}.
 */
public enum AssessmentField {
    SEQUENCE("sequence", Kind.LONG, null),
    TIMESTAMP("timestamp", Kind.LONG, null),
    PRICE("price", Kind.DOUBLE, null),
    LOG_RETURN("log_return", Kind.DOUBLE, null),
    OBSERVATIONS("observations", Kind.INT, null),
    WARMING_UP("warming_up", Kind.BOOLEAN, null),
    // window moments (spec 2)
    /** n &gt;= 2 and sd &gt; 0: skewness, kurtosis and the full Kelly fraction are defined. */
    DISPERSION_AVAILABLE("dispersion_available", Kind.BOOLEAN, null),
    MEAN("mean", Kind.DOUBLE, null),
    SD("sd", Kind.DOUBLE, null),
    SKEWNESS("skewness", Kind.DOUBLE, DISPERSION_AVAILABLE),
    KURTOSIS("kurtosis", Kind.DOUBLE, DISPERSION_AVAILABLE),
    MIN("min", Kind.DOUBLE, null),
    MAX("max", Kind.DOUBLE, null),
    // whale detection (3.1)
    VOLUME_AVAILABLE("volume_available", Kind.BOOLEAN, null),
    WHALE_DETECTED("whale_detected", Kind.BOOLEAN, null),
    WHALE_CONFIDENCE("whale_confidence", Kind.DOUBLE, null),
    WHALE_DIRECTION("whale_direction", Kind.DIRECTION, null),
    SIGNED_FLOW("signed_flow", Kind.DOUBLE, null),
    VOLUME_RATIO("volume_ratio", Kind.DOUBLE, VOLUME_AVAILABLE),
    KYLE_LAMBDA_AVAILABLE("kyle_lambda_available", Kind.BOOLEAN, null),
    KYLE_LAMBDA("kyle_lambda", Kind.DOUBLE, KYLE_LAMBDA_AVAILABLE),
    AMIHUD_AVAILABLE("amihud_available", Kind.BOOLEAN, null),
    AMIHUD("amihud", Kind.DOUBLE, AMIHUD_AVAILABLE),
    OFI_AVAILABLE("ofi_available", Kind.BOOLEAN, null),
    OFI("ofi", Kind.DOUBLE, OFI_AVAILABLE),
    // antifragility (3.2)
    ANTIFRAGILITY_SCORE("antifragility_score", Kind.DOUBLE, null),
    TAIL_VEGA_LEFT("tail_vega_left", Kind.DOUBLE, null),
    TAIL_VEGA_RIGHT("tail_vega_right", Kind.DOUBLE, null),
    FRAGILITY_AVAILABLE("fragility_available", Kind.BOOLEAN, null),
    FRAGILITY("fragility", Kind.DOUBLE, FRAGILITY_AVAILABLE),
    ANTIFRAGILITY_CONFIDENCE("antifragility_confidence", Kind.DOUBLE, null),
    // black swan (3.3)
    BLACK_SWAN_AVAILABLE("black_swan_available", Kind.BOOLEAN, null),
    BLACK_SWAN_PROBABILITY("black_swan_probability", Kind.DOUBLE, BLACK_SWAN_AVAILABLE),
    SWAN_PROBABILITY_PER_TICK("swan_probability_per_tick", Kind.DOUBLE, BLACK_SWAN_AVAILABLE),
    GAUSSIAN_SWAN_PROBABILITY("gaussian_swan_probability", Kind.DOUBLE, BLACK_SWAN_AVAILABLE),
    FAT_TAIL_RATIO("fat_tail_ratio", Kind.DOUBLE, BLACK_SWAN_AVAILABLE),
    STANDARDIZED_LOSSES("standardized_losses", Kind.INT, null),
    CONDITIONAL_VOLATILITY("conditional_volatility", Kind.DOUBLE, null),
    SWAN_LEVEL("swan_level", Kind.DOUBLE, BLACK_SWAN_AVAILABLE),
    SWAN_LEVEL_SIGMAS("swan_level_sigmas", Kind.DOUBLE, BLACK_SWAN_AVAILABLE),
    TAIL_FIT_AVAILABLE("tail_fit_available", Kind.BOOLEAN, null),
    HILL_K("hill_k", Kind.INT, null),
    TAIL_INDEX("tail_index", Kind.DOUBLE, TAIL_FIT_AVAILABLE),
    TAIL_THRESHOLD("tail_threshold", Kind.DOUBLE, TAIL_FIT_AVAILABLE),
    VAR_99("var_99", Kind.DOUBLE, TAIL_FIT_AVAILABLE),
    ES_99("es_99", Kind.DOUBLE, TAIL_FIT_AVAILABLE),
    SWAN_EVENT("swan_event", Kind.BOOLEAN, null),
    SWAN_EVENT_SCORE("swan_event_score", Kind.DOUBLE, null),
    BLACK_SWAN_CONFIDENCE("black_swan_confidence", Kind.DOUBLE, null),
    // Kelly (3.4)
    ADJUSTED_MEAN("adjusted_mean", Kind.DOUBLE, null),
    FULL_KELLY("full_kelly", Kind.DOUBLE, DISPERSION_AVAILABLE),
    KELLY_FRACTION("kelly_fraction", Kind.DOUBLE, null),
    TRADE_COUNT("trade_count", Kind.INT, null),
    DISCRETE_KELLY_AVAILABLE("discrete_kelly_available", Kind.BOOLEAN, null),
    WIN_RATE("win_rate", Kind.DOUBLE, DISCRETE_KELLY_AVAILABLE),
    PAYOFF_RATIO("payoff_ratio", Kind.DOUBLE, DISCRETE_KELLY_AVAILABLE),
    DISCRETE_KELLY("discrete_kelly", Kind.DOUBLE, DISCRETE_KELLY_AVAILABLE),
    // barbell (3.5)
    BARBELL_SAFE("barbell_safe", Kind.DOUBLE, null),
    BARBELL_RISKY("barbell_risky", Kind.DOUBLE, null),
    // parasitic opportunity (3.6)
    MOMENTUM("momentum", Kind.DOUBLE, null),
    MOMENTUM_FACTOR("momentum_factor", Kind.DOUBLE, null),
    VOLATILITY_FACTOR("volatility_factor", Kind.DOUBLE, null),
    WHALE_ALIGNMENT("whale_alignment", Kind.DOUBLE, null),
    REGIME_FACTOR("regime_factor", Kind.DOUBLE, null),
    OPPORTUNITY_SCORE("opportunity_score", Kind.DOUBLE, null),
    OPPORTUNITY_CONFIDENCE("opportunity_confidence", Kind.DOUBLE, null),
    RECOMMENDED_ALLOCATION("recommended_allocation", Kind.DOUBLE, null),
    OPPORTUNITY_DETECTED("opportunity_detected", Kind.BOOLEAN, null),
    // regime encoding (3.7)
    REGIME_STATES("regime_states", Kind.INT, null),
    MAX_REGIME_SIMILARITY("max_regime_similarity", Kind.DOUBLE, REGIME_STATES),
    // combination (3.8)
    OVERALL_RISK_SCORE("overall_risk_score", Kind.DOUBLE, null),
    RECOMMENDED_POSITION_SIZE("recommended_position_size", Kind.DOUBLE, null),
    CONFIDENCE("confidence", Kind.DOUBLE, null);

    /** How a field's value is to be read and written. */
    public enum Kind {
        /** A long outside the double array (sequence, timestamp). */
        LONG,
        /** An integer count, exact in a double. */
        INT,
        DOUBLE,
        /** 1 = true, 0 = false. */
        BOOLEAN,
        /** -1 = SELLING, 0 = NEUTRAL, +1 = BUYING. */
        DIRECTION
    }

    private static final AssessmentField[] VALUES = values();

    private final String id;
    private final Kind kind;
    private final AssessmentField availability;

    AssessmentField(final String id, final Kind kind, final AssessmentField availability) {
        this.id = id;
        this.kind = kind;
        this.availability = availability;
    }

    /** The snake_case name used in JSON and CSV output. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The flag field saying whether this one is defined, or {@code null} if it is always defined after warm-up. */
    public AssessmentField availability() {
        return availability;
    }

    static AssessmentField at(final int ordinal) {
        return VALUES[ordinal];
    }

    static int count() {
        return VALUES.length;
    }
}
