package io.talebian.engine;

/** Whale flow direction (spec 3.1): the signed flow above +0.1, below -0.1, or in between. */
public enum Direction {
    SELLING(-1),
    NEUTRAL(0),
    BUYING(1);

    private final int sign;

    Direction(final int sign) {
        this.sign = sign;
    }

    /** -1, 0 or +1. */
    public int sign() {
        return sign;
    }

    /** The direction of a signed flow in [-1, 1]. */
    public static Direction of(final double flow) {
        return ofSign(signOf(flow));
    }

    /**
     * {@code of(flow).sign()} without a branch: the engine's flow is the tick rule's sign on a
     * trade stream, a coin toss from tick to tick.
     */
    static int signOf(final double flow) {
        return (flow > 0.1 ? 1 : 0) - (flow < -0.1 ? 1 : 0);
    }

    static Direction ofSign(final int s) {
        return s > 0 ? BUYING : s < 0 ? SELLING : NEUTRAL;
    }
}
