package io.talebian.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The values of a sliding window kept sorted ascending in one primitive array: the
 * order-statistics structure behind the median, the MAD and the Hill top-k (spec 3.3).
 *
 * <p>Insert and delete are a search plus one {@code System.arraycopy} (a memmove);
 * {@link #replace} (the common case: one value leaves, one enters) moves only the elements
 * between the two positions. O(log W) comparisons and O(W) bytes moved in the worst case, with a
 * tiny constant (at W = 1024 a full move is 8 KB). Queries are O(1) (ranks, median) or O(log W)
 * (counts, {@link #mad}). No NaN may be inserted. Not thread-safe.
 *
 * <p>The array is padded to a power of two with +Infinity above the last value, so the searches
 * run a fixed number of four-way steps over the whole padded range: each step compares three
 * pivots at once (independent loads, no branch), which halves the chain of dependent loads of a
 * binary search (6 steps instead of 11 at W = 1024). The searches are latency-bound: two of them
 * per tick were the largest single cost of the engine.
 */
final class SortedWindow {
    private final double[] a;
    private final int capacity;
    /** Padded length: the smallest power of two &gt;= capacity; a[size, span) holds +Infinity. */
    private final int span;
    /** Whether log2(span) is odd: the search starts with one two-way step. */
    private final boolean oddLevels;
    private int size;
    /**
     * Where the run of zeros is: a[zerosFrom, zerosTo) == 0 (lowerBound(0), upperBound(0)), kept
     * by every mutation in O(1). A trade stream's returns are 0 on ~40% of the ticks, so a 0
     * leaves or enters the window (or both) on about two ticks in three, and {@link #replace}
     * then finds its place without a search.
     */
    private int zerosFrom;
    private int zerosTo;

    SortedWindow(final int capacity) {
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("SortedWindow: capacity=" + capacity + " must be in [0, 2^24]");
        }
        this.capacity = capacity;
        span = capacity <= 1 ? 1 : Integer.highestOneBit(capacity - 1) << 1;
        oddLevels = (Integer.numberOfTrailingZeros(span) & 1) == 1;
        a = new double[span];
        Arrays.fill(a, Double.POSITIVE_INFINITY);
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
        Arrays.fill(a, 0, size, Double.POSITIVE_INFINITY);
        size = 0;
        zerosFrom = 0;
        zerosTo = 0;
        madModCount = -1;
    }

    /** The largest capacity: the engine's largest window ({@link RiskConfig} caps it at 2^24). */
    static final int MAX_CAPACITY = 1 << 24;

    /** First index with a[i] &gt;= v (v not NaN). */
    int lowerBound(final double v) {
        int base = 0;
        int len = span;
        if (oddLevels) {
            len >>>= 1;
            base = a[len - 1] < v ? len : 0;
        }
        // four-way steps: the three pivots are loaded and compared independently, and each one below
        // v (a prefix, since a is sorted) adds a quarter to base: three conditional moves of q, with
        // no multiplication between one step's loads and the next step's addresses (a count of the
        // pivots below v times q: ~5 ns more per search). The +Infinity padding keeps every pivot
        // in the array and above v.
        while (len > 1) {
            final int q = len >>> 2;
            base += (a[base + q - 1] < v ? q : 0) + (a[base + 2 * q - 1] < v ? q : 0)
                    + (a[base + 3 * q - 1] < v ? q : 0);
            len = q;
        }
        return Math.min(a[base] < v ? base + 1 : base, size);
    }

    /** First index with a[i] &gt; v (v not NaN; as {@link #lowerBound}). */
    int upperBound(final double v) {
        int base = 0;
        int len = span;
        if (oddLevels) {
            len >>>= 1;
            base = a[len - 1] <= v ? len : 0;
        }
        while (len > 1) {
            final int q = len >>> 2;
            base += (a[base + q - 1] <= v ? q : 0) + (a[base + 2 * q - 1] <= v ? q : 0)
                    + (a[base + 3 * q - 1] <= v ? q : 0);
            len = q;
        }
        // the padding is <= v only for v = +Infinity: the result is clamped to the values held
        return Math.min(a[base] <= v ? base + 1 : base, size);
    }

    /** How many values are &gt; v. */
    int countGreater(final double v) {
        return size - upperBound(v);
    }

    /**
     * {@link #upperBound}(v) walked from {@code hint} (a previous answer; any value is correct):
     * O(1) when the answer moved by a few places, a binary search when it moved far.
     */
    int upperBoundNear(final int hint, final double v) {
        final int n = size;
        int i = Math.min(Math.max(hint, 0), n);
        int steps = 0;
        while (i > 0 && a[i - 1] > v) {
            i--;
            if (++steps > MAX_WALK) {
                return upperBound(v);
            }
        }
        while (i < n && a[i] <= v) {
            i++;
            if (++steps > MAX_WALK) {
                return upperBound(v);
            }
        }
        return i;
    }

    void insert(final double v) {
        final int i = upperBound(v);
        System.arraycopy(a, i, a, i + 1, size - i);
        a[i] = v;
        size++;
        entered(v);
        changed(-1, 0.0, i, v);
    }

    /** Removes one value equal to v (it must be present). */
    void remove(final double v) {
        final int i = indexOf(v);
        System.arraycopy(a, i + 1, a, i, size - i - 1);
        size--;
        a[size] = Double.POSITIVE_INFINITY;
        left(v);
        changed(i, v, -1, 0.0);
    }

    /**
     * Removes one value equal to {@code old} and inserts {@code v}, moving only what lies between.
     * Equal values are interchangeable, so the copy of {@code old} taken out is the one nearest to
     * where {@code v} goes, and {@code v} goes on the near side of its own equals: a window full
     * of ties (a trade stream where 40% of the returns are 0) then moves almost nothing, where
     * taking the first copy and inserting after the last would move the whole run of ties. A 0
     * (leaving or entering) is placed from the zero run's bounds, with no search.
     */
    void replace(final double old, final double v) {
        if (v > old) {
            final int i = (old == 0.0 ? zerosTo : upperBound(old)) - 1;
            if (i < 0 || a[i] != old) {
                throw notHeld(old);
            }
            // searched over the whole array, not from i: the two searches are independent, so
            // they run in parallel (lowerBound(v) > i since a[i] = old < v)
            final int j = (v == 0.0 ? zerosFrom : lowerBound(v)) - 1;
            moveDown(i, j);
            a[j] = v;
            left(old);
            entered(v);
            changed(i, old, j, v);
        } else if (v < old) {
            final int i = old == 0.0 ? zerosFrom : lowerBound(old);
            if (i >= size || a[i] != old) {
                throw notHeld(old);
            }
            // <= i since a[i] = old > v; independent of i (parallel)
            final int j = v == 0.0 ? zerosTo : upperBound(v);
            moveUp(j, i);
            a[j] = v;
            left(old);
            entered(v);
            changed(i, old, j, v);
        } else {
            // v == old: the array is unchanged (checked: a value not held is still an error), so it
            // is not a change either: readers keyed on modCount (the MAD here, the tail sums) keep
            // their results. A trade stream repeats a price often: both returns are 0 on ~18% of
            // the BTC ticks.
            final int i = old == 0.0 ? zerosFrom : lowerBound(old);
            if (i >= size || a[i] != old) {
                throw notHeld(old);
            }
        }
    }

    /** A run of zeros at least this long is rotated by one store instead of being copied. */
    private static final int ZERO_RUN_SKIP = 16;

    /**
     * a[i + 1, j + 1) moves down to a[i, j) (the slot i is free). When the run of zeros lies
     * inside it, the run moves down by one as a rotation (its last slot's value to the slot before
     * its first), so only the values on either side of it are copied: a trade stream's window
     * holds hundreds of zeros, and a return crossing from one sign to the other would move them all.
     */
    private void moveDown(final int i, final int j) {
        final int zf = zerosFrom;
        final int zt = zerosTo;
        if (zt - zf >= ZERO_RUN_SKIP && i < zf && zt <= j) {
            System.arraycopy(a, i + 1, a, i, zf - 1 - i);
            a[zf - 1] = a[zt - 1];
            System.arraycopy(a, zt, a, zt - 1, j + 1 - zt);
        } else {
            System.arraycopy(a, i + 1, a, i, j - i);
        }
    }

    /** a[j, i) moves up to a[j + 1, i + 1) (the slot i is free); the run of zeros as in {@link #moveDown}. */
    private void moveUp(final int j, final int i) {
        final int zf = zerosFrom;
        final int zt = zerosTo;
        if (zt - zf >= ZERO_RUN_SKIP && j <= zf && zt <= i) {
            System.arraycopy(a, zt, a, zt + 1, i - zt);
            a[zt] = a[zf];
            System.arraycopy(a, j, a, j + 1, zf - j);
        } else {
            System.arraycopy(a, j, a, j + 1, i - j);
        }
    }

    /** The zero run's bounds after v entered (-0.0 counts as 0, as in every comparison here). */
    private void entered(final double v) {
        // conditional adds, not branches: the sign of a trade's return is a coin toss, and the
        // branches were mispredicted on about half of the ticks
        zerosFrom += v < 0.0 ? 1 : 0;
        zerosTo += v <= 0.0 ? 1 : 0;
    }

    private void left(final double v) {
        zerosFrom -= v < 0.0 ? 1 : 0;
        zerosTo -= v <= 0.0 ? 1 : 0;
    }

    private int indexOf(final double v) {
        final int i = lowerBound(v);
        if (i >= size || a[i] != v) {
            throw notHeld(v);
        }
        return i;
    }

    private IllegalStateException notHeld(final double v) {
        return new IllegalStateException("SortedWindow: value=" + v + " is not held (size=" + size + ")");
    }

    // ------------------------------------------------------------------ the last change, for incremental readers

    /**
     * Mutations so far, and what the last one did: the index the removed value had (-1: none)
     * and the index the inserted value has now (-1: none), in that order (the insertion index is
     * in the array after the removal). Readers that keep sums over a prefix or suffix
     * ({@link SortedTailSums}, the Hill top-k sum) apply it instead of re-summing. Not state: a
     * reader that missed a change starts over (restored engines start at 0 on both sides).
     */
    private long modCount;
    private int removedAt = -1;
    private double removedValue;
    private int insertedAt = -1;
    private double insertedValue;

    private void changed(final int rAt, final double rv, final int iAt, final double iv) {
        modCount++;
        removedAt = rAt;
        removedValue = rv;
        insertedAt = iAt;
        insertedValue = iv;
    }

    long modCount() {
        return modCount;
    }

    int removedAt() {
        return removedAt;
    }

    double removedValue() {
        return removedValue;
    }

    int insertedAt() {
        return insertedAt;
    }

    double insertedValue() {
        return insertedValue;
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

    /** Longest walk from the previous answer before a binary search. */
    private static final int MAX_WALK = 8;
    /** Where the last {@link #mad} found its median position and split (a cache: any value gives the same result). */
    private int madHintP;
    private int madHintSplit;

    /**
     * The median absolute deviation median(|x - median(x)|), exact: the deviations left of the
     * median, A_j = med - a[p-1-j], and right of it, B_j = a[p+j] - med (p = first index with
     * a[p] >= med), are two ascending sequences, and the k-th smallest of their union is the
     * larger of A[i-1], B[k-i] for the split i (how many come from A) that the classic
     * two-sorted-arrays selection finds. The split moves little from tick to tick, so it is
     * walked from the previous one (a binary search when it moved far): O(1) typical, O(log n)
     * worst. For an even n the second middle deviation is the smaller of A[i], B[k+1-i] (the
     * next element of the merge), O(1). NaN when empty.
     */
    double mad() {
        final int n = size;
        if (n == 0) {
            return Double.NaN;
        }
        if (madModCount == modCount) {
            return madValue;
        }
        madModCount = modCount;
        madValue = computeMad(n);
        return madValue;
    }

    /** The modCount {@link #madValue} was computed at (-1: none); a cache, reset when the array is rewritten. */
    private long madModCount = -1;
    private double madValue;

    private double computeMad(final int n) {
        final double med = median();
        // p = lowerBound(med): a[n/2] >= med always (the median is a[n/2] or the mean of
        // a[n/2 - 1] and a[n/2]), so p = n/2 unless ties put the median below it
        int p = n >>> 1;
        if (p > 0 && a[p - 1] >= med) {
            // a median of 0 (a trade stream's, on 99.95% of ticks) starts where the zero run does
            p = med == 0.0 ? zerosFrom : lowerBoundNear(madHintP, med, p);
            madHintP = p;
        }
        final int k = (n - 1) >>> 1;
        final int na = p;
        final int nb = n - p;
        final int i = split(k, med, p, Math.max(0, k + 1 - nb), Math.min(k + 1, na));
        madHintSplit = i;
        final int j = k + 1 - i;
        final double fromA = i > 0 ? med - a[p - i] : Double.NEGATIVE_INFINITY;
        final double fromB = j > 0 ? a[p + j - 1] - med : Double.NEGATIVE_INFINITY;
        final double d1 = Math.max(fromA, fromB);
        if ((n & 1) == 1) {
            return d1;
        }
        final double nextA = i < na ? med - a[p - 1 - i] : Double.POSITIVE_INFINITY;
        final double nextB = j < nb ? a[p + j] - med : Double.POSITIVE_INFINITY;
        return 0.5 * (d1 + Math.min(nextA, nextB));
    }

    /** lowerBound(v) for v with a[hi - 1] >= v, walked from {@code hint} (binary search when far). */
    private int lowerBoundNear(final int hint, final double v, final int hi) {
        int i = Math.min(Math.max(hint, 0), hi);
        int steps = 0;
        while (i > 0 && a[i - 1] >= v) {
            i--;
            if (++steps > MAX_WALK) {
                return lowerBound(v);
            }
        }
        while (i < hi && a[i] < v) {
            i++;
            if (++steps > MAX_WALK) {
                return lowerBound(v);
            }
        }
        return i;
    }

    /**
     * The smallest i in [lo, hi] for which "B[k-i] &gt; A[i]" (take more from A) is false, or hi:
     * how many of the k+1 smallest deviations come from A. From the previous split h: on the usual
     * tick (one value out, one in) the answer is h - 1, h or h + 1, and which one is a coin toss on
     * a trade stream, so the four predicates around h are evaluated unconditionally (independent
     * loads) and combined without branches; only a candidate they do not confirm is walked from.
     */
    private int split(final int k, final double med, final int p, final int lo, final int hi) {
        final int h = Math.min(Math.max(madHintSplit, lo), hi);
        if (lo == hi) {
            return lo;
        }
        // the predicate at h - 2 .. h + 1, each index clamped into [lo, hi) and used only where valid
        final int last = hi - 1;
        final boolean t2 = takeMore(k, med, p, Math.max(h - 2, lo));
        final boolean t1 = takeMore(k, med, p, Math.max(h - 1, lo));
        final boolean t0 = takeMore(k, med, p, Math.min(h, last));
        final boolean tp = takeMore(k, med, p, Math.min(h + 1, last));
        final boolean below = h > lo & !t1;
        final boolean above = h < hi & t0;
        final int c = h - (below ? 1 : 0) + (above ? 1 : 0);
        // h - 1 is the answer if the predicate holds at h - 2 (or h - 1 is lo); h + 1 if it fails at
        // h + 1 (or h + 1 is hi); h if it neither fails at h - 1 nor holds at h
        final boolean settled = (below & (h - 1 == lo | t2)) | (above & (h + 1 == hi | !tp)) | (!below & !above);
        return settled ? c : walk(k, med, p, lo, hi, c);
    }

    /** {@link #split} walked from {@code from} (a binary search when it moves far). */
    private int walk(final int k, final double med, final int p, final int lo, final int hi, final int from) {
        int i = from;
        int steps = 0;
        // the predicate holds below the answer and fails from it on
        while (i > lo && !takeMore(k, med, p, i - 1)) {
            i--;
            if (++steps > MAX_WALK) {
                return splitSearch(k, med, p, lo, i);
            }
        }
        while (i < hi && takeMore(k, med, p, i)) {
            i++;
            if (++steps > MAX_WALK) {
                return splitSearch(k, med, p, i, hi);
            }
        }
        return i;
    }

    /** B[k-i] &gt; A[i]: the (k-i)-th right deviation exceeds the i-th left one. */
    private boolean takeMore(final int k, final double med, final int p, final int i) {
        return (a[p + k - i] - med) > (med - a[p - 1 - i]);
    }

    private int splitSearch(final int k, final double med, final int p, int lo, int hi) {
        while (lo < hi) {
            final int i = (lo + hi) >>> 1;
            if (takeMore(k, med, p, i)) {
                lo = i + 1;
            } else {
                hi = i;
            }
        }
        return lo;
    }

    /** Sum of a[from, to) ({@link FourLaneSum}). */
    double sumRange(final int from, final int to) {
        return FourLaneSum.sum(a, from, to);
    }

    void write(final DataOutput out) throws IOException {
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            out.writeDouble(a[i]);
        }
    }

    void read(final DataInput in) throws IOException {
        final int s = in.readInt();
        if (s < 0 || s > capacity) {
            throw new IOException("snapshot sorted window size=" + s + " exceeds capacity=" + capacity);
        }
        for (int i = 0; i < s; i++) {
            a[i] = in.readDouble();
        }
        Arrays.fill(a, s, span, Double.POSITIVE_INFINITY);
        size = s;
        zerosFrom = lowerBound(0.0);
        zerosTo = upperBound(0.0);
        madModCount = -1;
    }
}
