package io.talebian.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The full per-tick assessment of spec section 3, as primitives: a reusable result object the
 * engine overwrites (pass your own to {@link RiskEngine#assess(Tick, Assessment)} to keep one).
 *
 * <p>Every field listed in {@link AssessmentField} has a typed getter. Fields that can be
 * undefined are NaN while their flag ({@link AssessmentField#availability()}, e.g.
 * {@link #isBlackSwanAvailable()}) is false; everything else is defined once
 * {@link #isWarmingUp()} is false. Ranges (see docs/engine.md): scores, probabilities,
 * confidences, factors and fractions lie in [0, 1]; {@code volume_ratio}, {@code fat_tail_ratio}
 * and {@code es_99} may be +Infinity. Values are stored in one {@code double[]} indexed by field
 * ordinal, so copying and serialising are single loops. Not thread-safe.
 */
public final class Assessment {
    static final int PRICE = AssessmentField.PRICE.ordinal();
    static final int LOG_RETURN = AssessmentField.LOG_RETURN.ordinal();
    static final int OBSERVATIONS = AssessmentField.OBSERVATIONS.ordinal();
    static final int WARMING_UP = AssessmentField.WARMING_UP.ordinal();
    static final int DISPERSION_AVAILABLE = AssessmentField.DISPERSION_AVAILABLE.ordinal();
    static final int MEAN = AssessmentField.MEAN.ordinal();
    static final int SD = AssessmentField.SD.ordinal();
    static final int SKEWNESS = AssessmentField.SKEWNESS.ordinal();
    static final int KURTOSIS = AssessmentField.KURTOSIS.ordinal();
    static final int MIN = AssessmentField.MIN.ordinal();
    static final int MAX = AssessmentField.MAX.ordinal();
    static final int VOLUME_AVAILABLE = AssessmentField.VOLUME_AVAILABLE.ordinal();
    static final int WHALE_DETECTED = AssessmentField.WHALE_DETECTED.ordinal();
    static final int WHALE_CONFIDENCE = AssessmentField.WHALE_CONFIDENCE.ordinal();
    static final int WHALE_DIRECTION = AssessmentField.WHALE_DIRECTION.ordinal();
    static final int SIGNED_FLOW = AssessmentField.SIGNED_FLOW.ordinal();
    static final int VOLUME_RATIO = AssessmentField.VOLUME_RATIO.ordinal();
    static final int KYLE_LAMBDA_AVAILABLE = AssessmentField.KYLE_LAMBDA_AVAILABLE.ordinal();
    static final int KYLE_LAMBDA = AssessmentField.KYLE_LAMBDA.ordinal();
    static final int AMIHUD_AVAILABLE = AssessmentField.AMIHUD_AVAILABLE.ordinal();
    static final int AMIHUD = AssessmentField.AMIHUD.ordinal();
    static final int OFI_AVAILABLE = AssessmentField.OFI_AVAILABLE.ordinal();
    static final int OFI = AssessmentField.OFI.ordinal();
    static final int ANTIFRAGILITY_SCORE = AssessmentField.ANTIFRAGILITY_SCORE.ordinal();
    static final int TAIL_VEGA_LEFT = AssessmentField.TAIL_VEGA_LEFT.ordinal();
    static final int TAIL_VEGA_RIGHT = AssessmentField.TAIL_VEGA_RIGHT.ordinal();
    static final int FRAGILITY_AVAILABLE = AssessmentField.FRAGILITY_AVAILABLE.ordinal();
    static final int FRAGILITY = AssessmentField.FRAGILITY.ordinal();
    static final int ANTIFRAGILITY_CONFIDENCE = AssessmentField.ANTIFRAGILITY_CONFIDENCE.ordinal();
    static final int BLACK_SWAN_AVAILABLE = AssessmentField.BLACK_SWAN_AVAILABLE.ordinal();
    static final int BLACK_SWAN_PROBABILITY = AssessmentField.BLACK_SWAN_PROBABILITY.ordinal();
    static final int SWAN_PROBABILITY_PER_TICK = AssessmentField.SWAN_PROBABILITY_PER_TICK.ordinal();
    static final int GAUSSIAN_SWAN_PROBABILITY = AssessmentField.GAUSSIAN_SWAN_PROBABILITY.ordinal();
    static final int FAT_TAIL_RATIO = AssessmentField.FAT_TAIL_RATIO.ordinal();
    static final int STANDARDIZED_LOSSES = AssessmentField.STANDARDIZED_LOSSES.ordinal();
    static final int CONDITIONAL_VOLATILITY = AssessmentField.CONDITIONAL_VOLATILITY.ordinal();
    static final int SWAN_LEVEL = AssessmentField.SWAN_LEVEL.ordinal();
    static final int SWAN_LEVEL_SIGMAS = AssessmentField.SWAN_LEVEL_SIGMAS.ordinal();
    static final int TAIL_FIT_AVAILABLE = AssessmentField.TAIL_FIT_AVAILABLE.ordinal();
    static final int HILL_K = AssessmentField.HILL_K.ordinal();
    static final int TAIL_INDEX = AssessmentField.TAIL_INDEX.ordinal();
    static final int TAIL_THRESHOLD = AssessmentField.TAIL_THRESHOLD.ordinal();
    static final int VAR_99 = AssessmentField.VAR_99.ordinal();
    static final int ES_99 = AssessmentField.ES_99.ordinal();
    static final int SWAN_EVENT = AssessmentField.SWAN_EVENT.ordinal();
    static final int SWAN_EVENT_SCORE = AssessmentField.SWAN_EVENT_SCORE.ordinal();
    static final int BLACK_SWAN_CONFIDENCE = AssessmentField.BLACK_SWAN_CONFIDENCE.ordinal();
    static final int ADJUSTED_MEAN = AssessmentField.ADJUSTED_MEAN.ordinal();
    static final int FULL_KELLY = AssessmentField.FULL_KELLY.ordinal();
    static final int KELLY_FRACTION = AssessmentField.KELLY_FRACTION.ordinal();
    static final int TRADE_COUNT = AssessmentField.TRADE_COUNT.ordinal();
    static final int DISCRETE_KELLY_AVAILABLE = AssessmentField.DISCRETE_KELLY_AVAILABLE.ordinal();
    static final int WIN_RATE = AssessmentField.WIN_RATE.ordinal();
    static final int PAYOFF_RATIO = AssessmentField.PAYOFF_RATIO.ordinal();
    static final int DISCRETE_KELLY = AssessmentField.DISCRETE_KELLY.ordinal();
    static final int BARBELL_SAFE = AssessmentField.BARBELL_SAFE.ordinal();
    static final int BARBELL_RISKY = AssessmentField.BARBELL_RISKY.ordinal();
    static final int MOMENTUM = AssessmentField.MOMENTUM.ordinal();
    static final int MOMENTUM_FACTOR = AssessmentField.MOMENTUM_FACTOR.ordinal();
    static final int VOLATILITY_FACTOR = AssessmentField.VOLATILITY_FACTOR.ordinal();
    static final int WHALE_ALIGNMENT = AssessmentField.WHALE_ALIGNMENT.ordinal();
    static final int REGIME_FACTOR = AssessmentField.REGIME_FACTOR.ordinal();
    static final int OPPORTUNITY_SCORE = AssessmentField.OPPORTUNITY_SCORE.ordinal();
    static final int OPPORTUNITY_CONFIDENCE = AssessmentField.OPPORTUNITY_CONFIDENCE.ordinal();
    static final int RECOMMENDED_ALLOCATION = AssessmentField.RECOMMENDED_ALLOCATION.ordinal();
    static final int OPPORTUNITY_DETECTED = AssessmentField.OPPORTUNITY_DETECTED.ordinal();
    static final int REGIME_STATES = AssessmentField.REGIME_STATES.ordinal();
    static final int MAX_REGIME_SIMILARITY = AssessmentField.MAX_REGIME_SIMILARITY.ordinal();
    static final int OVERALL_RISK_SCORE = AssessmentField.OVERALL_RISK_SCORE.ordinal();
    static final int RECOMMENDED_POSITION_SIZE = AssessmentField.RECOMMENDED_POSITION_SIZE.ordinal();
    static final int CONFIDENCE = AssessmentField.CONFIDENCE.ordinal();

    final double[] v = new double[AssessmentField.count()];
    long sequence;
    long timestamp;
    final double[] similarity;
    int similarityCount;

    /** An assessment with room for 8 regime similarities. */
    public Assessment() {
        this(8);
    }

    /** An assessment with room for {@code maxReferenceStates} regime similarities. */
    public Assessment(final int maxReferenceStates) {
        similarity = new double[maxReferenceStates];
        java.util.Arrays.fill(v, Double.NaN);
    }

    /** Copies every field into {@code out} (which needs room for as many similarities). */
    public Assessment copyTo(final Assessment out) {
        System.arraycopy(v, 0, out.v, 0, v.length);
        out.sequence = sequence;
        out.timestamp = timestamp;
        final int n = Math.min(similarityCount, out.similarity.length);
        System.arraycopy(similarity, 0, out.similarity, 0, n);
        out.similarityCount = n;
        return out;
    }

    /** The value of {@code f} as a double (booleans 1/0, direction -1/0/+1, longs converted). */
    public double get(final AssessmentField f) {
        switch (f) {
            case SEQUENCE:
                return sequence;
            case TIMESTAMP:
                return timestamp;
            default:
                return v[f.ordinal()];
        }
    }

    /** Whether {@code f} is defined in this assessment (its availability flag, if any, is set and it is not NaN). */
    public boolean isDefined(final AssessmentField f) {
        final AssessmentField a = f.availability();
        return (a == null || v[a.ordinal()] != 0.0) && !Double.isNaN(get(f));
    }

    /** The sequence number of the assessed tick (0-based count of accepted ticks). */
    public long sequence() {
        return sequence;
    }

    public long timestamp() {
        return timestamp;
    }

    public double price() {
        return v[PRICE];
    }

    public double logReturn() {
        return v[LOG_RETURN];
    }

    public int observations() {
        return (int) v[OBSERVATIONS];
    }

    public boolean isWarmingUp() {
        return v[WARMING_UP] != 0.0;
    }

    /** n &gt;= 2 and sd &gt; 0 (else skewness, kurtosis and full Kelly are NaN). */
    public boolean isDispersionAvailable() {
        return v[DISPERSION_AVAILABLE] != 0.0;
    }

    public double mean() {
        return v[MEAN];
    }

    public double sd() {
        return v[SD];
    }

    public double skewness() {
        return v[SKEWNESS];
    }

    public double kurtosis() {
        return v[KURTOSIS];
    }

    public double min() {
        return v[MIN];
    }

    public double max() {
        return v[MAX];
    }

    public boolean isVolumeAvailable() {
        return v[VOLUME_AVAILABLE] != 0.0;
    }

    public boolean isWhaleDetected() {
        return v[WHALE_DETECTED] != 0.0;
    }

    public double whaleConfidence() {
        return v[WHALE_CONFIDENCE];
    }

    public Direction whaleDirection() {
        return Direction.ofSign((int) v[WHALE_DIRECTION]);
    }

    public double signedFlow() {
        return v[SIGNED_FLOW];
    }

    public double volumeRatio() {
        return v[VOLUME_RATIO];
    }

    public boolean isKyleLambdaAvailable() {
        return v[KYLE_LAMBDA_AVAILABLE] != 0.0;
    }

    public double kyleLambda() {
        return v[KYLE_LAMBDA];
    }

    public boolean isAmihudAvailable() {
        return v[AMIHUD_AVAILABLE] != 0.0;
    }

    public double amihud() {
        return v[AMIHUD];
    }

    public boolean isOfiAvailable() {
        return v[OFI_AVAILABLE] != 0.0;
    }

    public double ofi() {
        return v[OFI];
    }

    public double antifragilityScore() {
        return v[ANTIFRAGILITY_SCORE];
    }

    public double tailVegaLeft() {
        return v[TAIL_VEGA_LEFT];
    }

    public double tailVegaRight() {
        return v[TAIL_VEGA_RIGHT];
    }

    public boolean isFragilityAvailable() {
        return v[FRAGILITY_AVAILABLE] != 0.0;
    }

    public double fragility() {
        return v[FRAGILITY];
    }

    public double antifragilityConfidence() {
        return v[ANTIFRAGILITY_CONFIDENCE];
    }

    public boolean isBlackSwanAvailable() {
        return v[BLACK_SWAN_AVAILABLE] != 0.0;
    }

    public double blackSwanProbability() {
        return v[BLACK_SWAN_PROBABILITY];
    }

    public double swanProbabilityPerTick() {
        return v[SWAN_PROBABILITY_PER_TICK];
    }

    public double gaussianSwanProbability() {
        return v[GAUSSIAN_SWAN_PROBABILITY];
    }

    public double fatTailRatio() {
        return v[FAT_TAIL_RATIO];
    }

    public int standardizedLosses() {
        return (int) v[STANDARDIZED_LOSSES];
    }

    public double conditionalVolatility() {
        return v[CONDITIONAL_VOLATILITY];
    }

    public double swanLevel() {
        return v[SWAN_LEVEL];
    }

    public double swanLevelSigmas() {
        return v[SWAN_LEVEL_SIGMAS];
    }

    public boolean isTailFitAvailable() {
        return v[TAIL_FIT_AVAILABLE] != 0.0;
    }

    public int hillK() {
        return (int) v[HILL_K];
    }

    public double tailIndex() {
        return v[TAIL_INDEX];
    }

    public double tailThreshold() {
        return v[TAIL_THRESHOLD];
    }

    public double var99() {
        return v[VAR_99];
    }

    public double es99() {
        return v[ES_99];
    }

    public boolean isSwanEvent() {
        return v[SWAN_EVENT] != 0.0;
    }

    public double swanEventScore() {
        return v[SWAN_EVENT_SCORE];
    }

    public double blackSwanConfidence() {
        return v[BLACK_SWAN_CONFIDENCE];
    }

    public double adjustedMean() {
        return v[ADJUSTED_MEAN];
    }

    public double fullKelly() {
        return v[FULL_KELLY];
    }

    public double kellyFraction() {
        return v[KELLY_FRACTION];
    }

    public int tradeCount() {
        return (int) v[TRADE_COUNT];
    }

    public boolean isDiscreteKellyAvailable() {
        return v[DISCRETE_KELLY_AVAILABLE] != 0.0;
    }

    public double winRate() {
        return v[WIN_RATE];
    }

    public double payoffRatio() {
        return v[PAYOFF_RATIO];
    }

    public double discreteKelly() {
        return v[DISCRETE_KELLY];
    }

    public double barbellSafe() {
        return v[BARBELL_SAFE];
    }

    public double barbellRisky() {
        return v[BARBELL_RISKY];
    }

    public double momentum() {
        return v[MOMENTUM];
    }

    public double momentumFactor() {
        return v[MOMENTUM_FACTOR];
    }

    public double volatilityFactor() {
        return v[VOLATILITY_FACTOR];
    }

    public double whaleAlignment() {
        return v[WHALE_ALIGNMENT];
    }

    public double regimeFactor() {
        return v[REGIME_FACTOR];
    }

    public double opportunityScore() {
        return v[OPPORTUNITY_SCORE];
    }

    public double opportunityConfidence() {
        return v[OPPORTUNITY_CONFIDENCE];
    }

    public double recommendedAllocation() {
        return v[RECOMMENDED_ALLOCATION];
    }

    public boolean isOpportunityDetected() {
        return v[OPPORTUNITY_DETECTED] != 0.0;
    }

    public int regimeStates() {
        return (int) v[REGIME_STATES];
    }

    public double maxRegimeSimilarity() {
        return v[MAX_REGIME_SIMILARITY];
    }

    public double overallRiskScore() {
        return v[OVERALL_RISK_SCORE];
    }

    public double recommendedPositionSize() {
        return v[RECOMMENDED_POSITION_SIZE];
    }

    public double confidence() {
        return v[CONFIDENCE];
    }

    /** Similarity |&lt;a_now, a_ref&gt;|^2 to reference state i (registration order), 0 &lt;= i &lt; {@link #regimeStates()}. */
    public double regimeSimilarity(final int i) {
        if (i < 0 || i >= similarityCount) {
            throw new IndexOutOfBoundsException("regime state index=" + i + ", states=" + similarityCount);
        }
        return similarity[i];
    }

    /** One JSON object (no newline): NaN as null, infinities as the strings "Infinity"/"-Infinity". */
    public StringBuilder appendJson(final StringBuilder sb) {
        sb.append('{');
        boolean first = true;
        for (AssessmentField f : AssessmentField.values()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append('"').append(f.id()).append("\":");
            appendValue(sb, f, true);
        }
        if (similarityCount > 0) {
            sb.append(",\"regime_similarity\":[");
            for (int i = 0; i < similarityCount; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                appendDouble(sb, similarity[i], true);
            }
            sb.append(']');
        }
        return sb.append('}');
    }

    /** The CSV header matching {@link #appendCsv}: the field ids, comma-separated. */
    public static String csvHeader() {
        final StringBuilder sb = new StringBuilder();
        for (AssessmentField f : AssessmentField.values()) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(f.id());
        }
        return sb.toString();
    }

    /** One CSV row (no newline): NaN as an empty cell, booleans true/false, direction by name. */
    public StringBuilder appendCsv(final StringBuilder sb) {
        boolean first = true;
        for (AssessmentField f : AssessmentField.values()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            appendValue(sb, f, false);
        }
        return sb;
    }

    private void appendValue(final StringBuilder sb, final AssessmentField f, final boolean json) {
        switch (f.kind()) {
            case LONG:
                sb.append(f == AssessmentField.SEQUENCE ? sequence : timestamp);
                break;
            case INT:
                sb.append((long) v[f.ordinal()]);
                break;
            case BOOLEAN:
                sb.append(v[f.ordinal()] != 0.0);
                break;
            case DIRECTION:
                final String d = Direction.ofSign((int) v[f.ordinal()]).name();
                if (json) {
                    sb.append('"').append(d).append('"');
                } else {
                    sb.append(d);
                }
                break;
            default:
                appendDouble(sb, v[f.ordinal()], json);
        }
    }

    private static void appendDouble(final StringBuilder sb, final double x, final boolean json) {
        if (Double.isNaN(x)) {
            if (json) {
                sb.append("null");
            }
        } else if (Double.isInfinite(x)) {
            final String s = x > 0 ? "Infinity" : "-Infinity";
            if (json) {
                sb.append('"').append(s).append('"');
            } else {
                sb.append(s);
            }
        } else {
            sb.append(x);
        }
    }

    void write(final DataOutput out) throws IOException {
        out.writeLong(sequence);
        out.writeLong(timestamp);
        for (double x : v) {
            out.writeDouble(x);
        }
        out.writeInt(similarityCount);
        for (int i = 0; i < similarityCount; i++) {
            out.writeDouble(similarity[i]);
        }
    }

    void read(final DataInput in) throws IOException {
        sequence = in.readLong();
        timestamp = in.readLong();
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readDouble();
        }
        final int c = in.readInt();
        if (c < 0 || c > similarity.length) {
            throw new IOException("snapshot similarity count=" + c + " exceeds " + similarity.length);
        }
        similarityCount = c;
        for (int i = 0; i < c; i++) {
            similarity[i] = in.readDouble();
        }
    }

    @Override
    public String toString() {
        return appendJson(new StringBuilder("Assessment")).toString();
    }
}
