package io.talebian.engine;

/**
 * sqrt(k), 1/k and 1/(k - 1) for a count k, recomputed only when k changes: the window's n and
 * the momentum window's m are constant once their windows are full, and these divisions and
 * roots sit on the tick's dependency chain. A cache of pure functions, not engine state.
 */
final class CountConstants {
    private long k = -1;
    private double sqrt;
    private double inverse;
    private double inverseOfPredecessor;

    /** Brings the constants to count {@code count}; returns this. */
    CountConstants of(final long count) {
        if (count != k) {
            k = count;
            sqrt = Math.sqrt((double) count);
            inverse = 1.0 / count;
            inverseOfPredecessor = 1.0 / (count - 1);
        }
        return this;
    }

    double sqrt() {
        return sqrt;
    }

    /** 1/k. */
    double inverse() {
        return inverse;
    }

    /** 1/(k - 1). */
    double inverseOfPredecessor() {
        return inverseOfPredecessor;
    }
}
