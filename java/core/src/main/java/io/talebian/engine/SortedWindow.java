package io.talebian.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The values of a sliding window kept sorted ascending in one primitive array: the
 * order-statistics structure behind the median, the MAD and the Hill top-k (spec 3.3).
 *
 * <p>Insert and delete are a binary search plus one {@code System.arraycopy} (a memmove);
 * {@link #replace} (the common case: one value leaves, one enters) moves only the elements
 * between the two positions. O(log W) comparisons and O(W) bytes moved in the worst case, with a
 * tiny constant (at W = 1024 a full move is 8 KB). Queries are O(1) (ranks, median) or O(log W)
 * (counts, {@link #mad}). No NaN may be inserted. Not thread-safe.
 */
final class SortedWindow {
    private final double[] a;
    private int size;

    SortedWindow(final int capacity) {
        a = new double[capacity];
    }

    int size() {
        return size;
    }

    /** The i-th smallest (0-based). */
    double get(final int i) {
        return a[i];
    }

    /** The i-th largest (0-based). */
    double getDescending(final int i) {
        return a[size - 1 - i];
    }

    void clear() {
        size = 0;
    }

    /**
     * First index with a[i] >= v. Branch-free halving (the comparison feeds a conditional move,
     * not a jump): a search over 1024 values costs 10 dependent loads and no mispredictions.
     */
    int lowerBound(final double v) {
        int n = size;
        if (n == 0) {
            return 0;
        }
        int base = 0;
        while (n > 1) {
            final int half = n >>> 1;
            base = a[base + half - 1] < v ? base + half : base;
            n -= half;
        }
        return a[base] < v ? base + 1 : base;
    }

    /** First index with a[i] &gt; v (branch-free, as {@link #lowerBound}). */
    int upperBound(final double v) {
        int n = size;
        if (n == 0) {
            return 0;
        }
        int base = 0;
        while (n > 1) {
            final int half = n >>> 1;
            base = a[base + half - 1] <= v ? base + half : base;
            n -= half;
        }
        return a[base] <= v ? base + 1 : base;
    }

    /** How many values are &gt; v. */
    int countGreater(final double v) {
        return size - upperBound(v);
    }

    void insert(final double v) {
        final int i = upperBound(v);
        System.arraycopy(a, i, a, i + 1, size - i);
        a[i] = v;
        size++;
    }

    /** Removes one value equal to v (it must be present). */
    void remove(final double v) {
        final int i = indexOf(v);
        System.arraycopy(a, i + 1, a, i, size - i - 1);
        size--;
    }

    /** Removes one value equal to {@code old} and inserts {@code v}, moving only what lies between. */
    void replace(final double old, final double v) {
        final int i = indexOf(old);
        if (v >= old) {
            final int j = upperBound(v) - 1;
            System.arraycopy(a, i + 1, a, i, j - i);
            a[j] = v;
        } else {
            final int j = upperBound(v);
            System.arraycopy(a, j, a, j + 1, i - j);
            a[j] = v;
        }
    }

    private int indexOf(final double v) {
        final int i = lowerBound(v);
        if (i >= size || a[i] != v) {
            throw new IllegalStateException("SortedWindow: value=" + v + " is not held (size=" + size + ")");
        }
        return i;
    }

    /** The median (mean of the two middle values for an even size); NaN when empty. */
    double median() {
        final int n = size;
        if (n == 0) {
            return Double.NaN;
        }
        final int h = n >>> 1;
        return (n & 1) == 1 ? a[h] : 0.5 * (a[h - 1] + a[h]);
    }

    /**
     * The median absolute deviation median(|x - median(x)|), exact, in O(log n): the deviations
     * left of the median, med - a[p-1-j], and right of it, a[p+j] - med, are two ascending
     * sequences, and the k-th smallest of their union is found by binary search over how many
     * come from the left one. NaN when empty.
     */
    double mad() {
        final int n = size;
        if (n == 0) {
            return Double.NaN;
        }
        final double med = median();
        // p = lowerBound(med): a[n/2] >= med always (the median is a[n/2] or the mean of
        // a[n/2 - 1] and a[n/2]), so p = n/2 unless a tie puts the median below it
        int p = n >>> 1;
        if (p > 0 && a[p - 1] >= med) {
            p = lowerBound(med);
        }
        final int k1 = (n - 1) >>> 1;
        final int k2 = n >>> 1;
        final double d1 = kthDeviation(k1, med, p);
        return k1 == k2 ? d1 : 0.5 * (d1 + kthDeviation(k2, med, p));
    }

    /** The k-th smallest (0-based) of |a[i] - med|, with p = lowerBound(med). */
    private double kthDeviation(final int k, final double med, final int p) {
        final int na = p;
        final int nb = size - p;
        int lo = Math.max(0, k + 1 - nb);
        int hi = Math.min(k + 1, na);
        while (lo < hi) {
            final int i = (lo + hi) >>> 1;
            final int j = k + 1 - i;
            // B[j-1] > A[i]: take more from the left sequence
            if ((a[p + j - 1] - med) > (med - a[p - 1 - i])) {
                lo = i + 1;
            } else {
                hi = i;
            }
        }
        final int i = lo;
        final int j = k + 1 - i;
        final double fromA = i > 0 ? med - a[p - i] : Double.NEGATIVE_INFINITY;
        final double fromB = j > 0 ? a[p + j - 1] - med : Double.NEGATIVE_INFINITY;
        return Math.max(fromA, fromB);
    }

    /** Sum of the {@code k} largest values (k <= size). */
    double sumLargest(final int k) {
        return sumRange(size - k, size);
    }

    /** Sum of a[from, to), with four independent accumulators (no loop-carried add latency chain). */
    double sumRange(final int from, final int to) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
        }
        for (; i < to; i++) {
            s0 += a[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    void write(final DataOutput out) throws IOException {
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            out.writeDouble(a[i]);
        }
    }

    void read(final DataInput in) throws IOException {
        final int s = in.readInt();
        if (s < 0 || s > a.length) {
            throw new IOException("snapshot sorted window size=" + s + " exceeds capacity=" + a.length);
        }
        size = s;
        for (int i = 0; i < s; i++) {
            a[i] = in.readDouble();
        }
    }
}
