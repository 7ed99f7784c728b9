package io.talebian.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A compensated running sum of a prefix {@code [0, b)} or a suffix {@code [b, n)} of a
 * {@link SortedWindow}, kept up to date from the window's last change (one value removed, one
 * inserted) and from moves of the boundary b, instead of re-summing the range every tick.
 *
 * <p>Each update is an error-free TwoSum into (sum, comp), so the error stays near
 * eps * |sum| however many values came and went (a tail whose large values have left keeps no
 * trace of their rounding). The reader calls {@link #follow} after each window change (a missed
 * change, a boundary move longer than {@link #MAX_MOVE}, or {@code period} changes since the
 * last exact sum make it re-sum the range: amortised O(1)). Part of the engine state (it decides
 * the rounding of the next results), so it is in snapshots.
 */
final class SortedRangeSum {
    /** Longest boundary move applied element by element; a longer one re-sums the range. */
    static final int MAX_MOVE = 32;

    private final boolean suffix;
    private final int period;
    private boolean valid;
    /** The window's modCount this sum reflects. */
    private long seen;
    private int changes;
    private int b;
    private double sum;
    private double comp;

    /** {@code suffix}: sums [b, n), else [0, b); exact re-sum at least every {@code period} changes. */
    SortedRangeSum(final boolean suffix, final int period) {
        this.suffix = suffix;
        this.period = Math.max(1, period);
    }

    /**
     * Brings the boundary up to date with the window's last change and returns it (a guess for
     * the new boundary, exact for an index-defined one); {@link #moveTo} then sets the new one.
     * After a missed change the old boundary is returned and the next move re-sums.
     */
    int follow(final SortedWindow w) {
        final long mc = w.modCount();
        if (!valid) {
            seen = mc;
            return Math.min(b, w.size());
        }
        if (mc == seen) {
            return b;
        }
        if (mc != seen + 1 || ++changes >= period) {
            valid = false;
            seen = mc;
            return Math.min(b, w.size());
        }
        seen = mc;
        final int ra = w.removedAt();
        final int ia = w.insertedAt();
        if (suffix) {
            if (ra >= 0) {
                if (ra >= b) {
                    add(-w.removedValue());
                } else {
                    b--;
                }
            }
            if (ia >= 0) {
                if (ia >= b) {
                    add(w.insertedValue());
                } else {
                    b++;
                }
            }
        } else {
            if (ra >= 0 && ra < b) {
                add(-w.removedValue());
                b--;
            }
            if (ia >= 0 && ia < b) {
                add(w.insertedValue());
                b++;
            }
        }
        return b;
    }

    /** Moves the boundary to {@code target} (0 &lt;= target &lt;= n) and returns the range's sum. */
    double moveTo(final SortedWindow w, final int target) {
        // the usual tick: the boundary stays where the window's change left it (an empty range
        // goes on below, where its residue is cleared)
        if (target == b && valid && target != (suffix ? w.size() : 0)) {
            return sum + comp;
        }
        if (!valid || Math.abs(target - b) > MAX_MOVE) {
            b = target;
            // re-summed with the same TwoSum steps: a plain sum would leave the rounding of the
            // large values in it after they have gone
            sum = 0.0;
            comp = 0.0;
            final int from = suffix ? target : 0;
            final int to = suffix ? w.size() : target;
            for (int i = from; i < to; i++) {
                add(w.get(i));
            }
            changes = 0;
            valid = true;
            seen = w.modCount();
            return sum + comp;
        }
        int i = b;
        if (suffix) {
            while (i < target) {
                add(-w.get(i));
                i++;
            }
            while (i > target) {
                i--;
                add(w.get(i));
            }
        } else {
            while (i < target) {
                add(w.get(i));
                i++;
            }
            while (i > target) {
                i--;
                add(-w.get(i));
            }
        }
        b = i;
        if (suffix ? i == w.size() : i == 0) {
            // an empty range sums to 0 exactly (the compensation may hold a rounding residue)
            sum = 0.0;
            comp = 0.0;
        }
        return sum + comp;
    }

    /** The sum as of the last {@link #moveTo}. */
    double value() {
        return sum + comp;
    }

    int boundary() {
        return b;
    }

    /** Forgets everything: the next {@link #moveTo} re-sums. */
    void invalidate() {
        valid = false;
    }

    /** TwoSum (Knuth): sum + x exactly as the rounded sum plus an error term, accumulated in comp. */
    private void add(final double x) {
        final double t = sum + x;
        comp += TwoSum.error(sum, x, t);
        sum = t;
    }

    /** {@code w} is the window this sum follows (restored before it): a restored sum is in step with it. */
    void write(final DataOutput out, final SortedWindow w) throws IOException {
        out.writeBoolean(valid && seen == w.modCount());
        out.writeInt(changes);
        out.writeInt(b);
        out.writeDouble(sum);
        out.writeDouble(comp);
    }

    void read(final DataInput in, final SortedWindow w) throws IOException {
        valid = in.readBoolean();
        changes = in.readInt();
        b = in.readInt();
        sum = in.readDouble();
        comp = in.readDouble();
        seen = w.modCount();
        if (b < 0 || b > w.size() || changes < 0) {
            throw new IOException("snapshot range sum boundary=" + b + " changes=" + changes + " is corrupt");
        }
    }
}
