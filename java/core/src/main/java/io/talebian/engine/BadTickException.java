package io.talebian.engine;

/**
 * A tick that violates spec section 1. Thrown by {@link RiskEngine#assess} before any state is
 * touched: the engine stays usable and the next good tick is assessed as if this one never came.
 */
public final class BadTickException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final double value;
    private final long sequence;

    public BadTickException(final String field, final double value, final long sequence, final String rule) {
        super("bad tick #" + sequence + ": " + field + "=" + value + " " + rule);
        this.field = field;
        this.value = value;
        this.sequence = sequence;
    }

    /** The offending field: timestamp, price, volume, bid, ask, bidSize or askSize. */
    public String field() {
        return field;
    }

    /** Its value (a timestamp is given as a double). */
    public double value() {
        return value;
    }

    /** The tick's {@link Tick#sequence} when the caller set one, else the engine's tick count (0-based). */
    public long sequence() {
        return sequence;
    }
}
