package io.talebian.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The sum and the sum of squared deviations of the last m returns (spec 3.6: momentum T and the
 * volatility factor), O(1) per tick once m returns have been seen, where the two passes over the
 * m returns they replace were ~6% of a tick.
 *
 * <p>The sum is a running TwoSum (error-free steps: its error stays near eps * |sum|, however large
 * the returns that came and went). The squared deviations M2 follow the sliding-window update
 * M2' = M2 + (x - x_o)((x - mu') + (x_o - mu)) for x entering and x_o leaving (mu, mu' the means
 * before and after). They are recomputed by two passes (an anchor) every {@code period} updates, and
 * earlier when a running bound of their rounding error, 8 eps * max(M2 before, M2 after) per update,
 * exceeds {@link #DRIFT_BUDGET} of the current M2: a large return leaving a quiet window cancels
 * most of M2, and the anchor then restores it exactly (a window of zeros gets M2 = 0, not a
 * residue). Part of the engine state (the rounding of the next results depends on it).
 */
final class MomentumWindow {
    /** Anchor when the error bound exceeds this fraction of M2 (100x below the engine's 1e-9). */
    static final double DRIFT_BUDGET = 1e-11;
    private static final double EPS8 = 8 * Math.ulp(1.0);

    private final int m;
    private final double inverseM;
    private final int period;

    /** Whether the sums are those of the last m returns (false while fewer than m were seen). */
    private boolean valid;
    private double sum;
    private double comp;
    private double squares;
    private double drift;
    private int sinceAnchor;
    /** Anchors so far (a diagnostic for tests). */
    private long anchors;

    /** Over the last {@code m} returns; anchored at least every {@code period} updates. */
    MomentumWindow(final int m, final int period) {
        if (m < 1) {
            throw new IllegalArgumentException("MomentumWindow: m=" + m + " must be >= 1");
        }
        this.m = m;
        this.inverseM = 1.0 / m;
        this.period = Math.max(1, period);
    }

    /**
     * Return {@code x} entered the ring, stored as {@code a[to - 1]}; {@code full}: the ring held at
     * least m returns before it, the oldest of its last m being {@code leaving}. {@code a[to - m, to)}
     * holds the last m returns after the push when {@code full}.
     */
    void slide(final double x, final boolean full, final double leaving, final double[] a, final int to) {
        if (!full) {
            valid = false;
            return;
        }
        if (!valid) {
            anchor(x, a, to);
            return;
        }
        if (x == leaving) {
            // the same value left and entered: the window's sums are unchanged, exactly
            return;
        }
        final double muBefore = mean();
        twoSum(x);
        twoSum(-leaving);
        final double muAfter = mean();
        final double before = squares;
        final double term = (x - leaving) * ((x - muAfter) + (leaving - muBefore));
        final double after = Math.max(before + term, 0.0);
        squares = after;
        drift += EPS8 * Math.max(before, after);
        if (++sinceAnchor >= period || drift > DRIFT_BUDGET * after) {
            anchor(x, a, to);
        }
    }

    /** Two passes over a[to - m, to), whose last element is {@code x}. */
    private void anchor(final double x, final double[] a, final int to) {
        final int from = to - m;
        sum = FourLaneSum.sumEndingWith(a, from, to, x);
        comp = 0.0;
        squares = FourLaneSum.sumOfSquaredDeviationsEndingWith(a, from, to, sum * inverseM, x);
        drift = 0.0;
        sinceAnchor = 0;
        valid = true;
        anchors++;
    }

    /** TwoSum (Knuth): sum + y as the rounded sum plus its exact error, accumulated in comp. */
    private void twoSum(final double y) {
        final double t = sum + y;
        comp += TwoSum.error(sum, y, t);
        sum = t;
    }

    boolean valid() {
        return valid;
    }

    /** The sum of the last m returns (valid only). */
    double sum() {
        return sum + comp;
    }

    private double mean() {
        return (sum + comp) * inverseM;
    }

    /** The sum of their squared deviations from their mean (valid only). */
    double squares() {
        return squares;
    }

    long anchors() {
        return anchors;
    }

    void write(final DataOutput out) throws IOException {
        out.writeBoolean(valid);
        out.writeDouble(sum);
        out.writeDouble(comp);
        out.writeDouble(squares);
        out.writeDouble(drift);
        out.writeInt(sinceAnchor);
        out.writeLong(anchors);
    }

    void read(final DataInput in) throws IOException {
        valid = in.readBoolean();
        sum = in.readDouble();
        comp = in.readDouble();
        squares = in.readDouble();
        drift = in.readDouble();
        sinceAnchor = in.readInt();
        anchors = in.readLong();
        if (!(squares >= 0.0) || sinceAnchor < 0) {
            throw new IOException("snapshot momentum window squares=" + squares + " sinceAnchor=" + sinceAnchor
                    + " is corrupt");
        }
    }
}
