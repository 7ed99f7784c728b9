package io.talebian.engine;

import io.talebian.kernels.TailSums;

/**
 * The tail-vega and fragility partial sums of spec 3.2 (the {@code tlb_tail_sums} quantities)
 * read off the sorted window instead of a pass over all of it: every sum is over a prefix or a
 * suffix of the sorted values (z &lt; -k, z &gt; k, and for each s the z below the kink of
 * max(-k sigma - s z, 0)), so each boundary is a binary search with the kernel's own predicate
 * (same classification, bit for bit), found by a short walk from the previous tick's boundary
 * (a binary search when it moved far), and each sum touches only the tail: O(1) typical /
 * O(log W) worst for the boundaries plus O(tail), about 20% of W with the defaults, with no
 * division per element. Sums of z are formed as
 * (sum of x - count * mu)/sigma; they agree with the kernel to rounding (tested).
 */
final class SortedTailSums {
    /** Longest walk from a hint before falling back to a binary search. */
    private static final int MAX_WALK = 16;

    /**
     * The boundaries of the previous tick: the window changes by one value per tick and mu,
     * sigma drift slowly, so each boundary is usually 0-2 steps from its last position. A cache,
     * not state: any hint gives the same result (it is not part of snapshots).
     */
    private int hintLeft;
    private int hintRight;
    private int hintMinus;
    private int hintMid;
    private int hintPlus;

    void compute(final SortedWindow w, final double mu, final double sigma, final double k,
                 final double d, final TailSums out) {
        final int n = w.size();
        final double ks = -k * sigma;
        final double sMinus = sigma - d;
        final double sPlus = sigma + d;
        final int left = firstNotBelow(w, hintLeft, mu, sigma, -k);
        final int right = firstAbove(w, hintRight, mu, sigma, k);
        final int bMinus = firstNoHarm(w, hintMinus, mu, sigma, ks, sMinus);
        final int bMid = firstNoHarm(w, hintMid, mu, sigma, ks, sigma);
        final int bPlus = firstNoHarm(w, hintPlus, mu, sigma, ks, sPlus);
        hintLeft = left;
        hintRight = right;
        hintMinus = bMinus;
        hintMid = bMid;
        hintPlus = bPlus;
        // prefix sums at the four boundaries, one pass over the longest prefix
        final double sLeft = w.sumRange(0, left);
        final double sMinusSum = prefixFrom(w, left, sLeft, bMinus);
        final double sMidSum = prefixFrom(w, left, sLeft, bMid);
        final double sPlusSum = prefixFrom(w, bMid, sMidSum, bPlus);
        final double sRight = w.sumRange(right, n);
        out.leftCount = left;
        out.rightCount = n - right;
        out.leftSum = (left * mu - sLeft) / sigma;
        out.rightSum = (sRight - (n - right) * mu) / sigma;
        out.xiMinus = harm(bMinus, sMinusSum, mu, sigma, ks, sMinus);
        out.xiMid = harm(bMid, sMidSum, mu, sigma, ks, sigma);
        out.xiPlus = harm(bPlus, sPlusSum, mu, sigma, ks, sPlus);
    }

    /** The sum of the first {@code b} values given the sum {@code known} of the first {@code from}. */
    private static double prefixFrom(final SortedWindow w, final int from, final double known, final int b) {
        return b >= from ? known + w.sumRange(from, b) : known - w.sumRange(b, from);
    }

    /** sum over the first b values of (ks - s z) = b ks - s (sum - b mu)/sigma; 0 when b = 0. */
    private static double harm(final int b, final double sum, final double mu, final double sigma, final double ks,
                               final double s) {
        return b == 0 ? 0.0 : Math.max(b * ks - s * ((sum - b * mu) / sigma), 0.0);
    }

    // Each boundary is first located without division on the threshold in x (mu + bound*sigma):
    // a walk from the previous tick's boundary, or a binary search when that is more than
    // MAX_WALK steps away; then it is moved by the exact kernel predicate until that holds. The
    // predicates are monotone in x, so this is exactly the kernel's classification, and since
    // the two thresholds differ only by rounding the fix-up is almost always 0 or 1 step.

    /** First i with !(x_i &lt; t), walking from {@code hint}. */
    private static int walkLower(final SortedWindow w, final int hint, final double t) {
        final int n = w.size();
        int i = Math.min(Math.max(hint, 0), n);
        int steps = 0;
        while (i > 0 && !(w.get(i - 1) < t)) {
            i--;
            if (++steps > MAX_WALK) {
                return w.lowerBound(t);
            }
        }
        while (i < n && w.get(i) < t) {
            i++;
            if (++steps > MAX_WALK) {
                return w.lowerBound(t);
            }
        }
        return i;
    }

    /** First i with x_i &gt; t, walking from {@code hint}. */
    private static int walkUpper(final SortedWindow w, final int hint, final double t) {
        final int n = w.size();
        int i = Math.min(Math.max(hint, 0), n);
        int steps = 0;
        while (i > 0 && w.get(i - 1) > t) {
            i--;
            if (++steps > MAX_WALK) {
                return w.upperBound(t);
            }
        }
        while (i < n && !(w.get(i) > t)) {
            i++;
            if (++steps > MAX_WALK) {
                return w.upperBound(t);
            }
        }
        return i;
    }

    /** First i with !((x_i - mu)/sigma &lt; bound). */
    private static int firstNotBelow(final SortedWindow w, final int hint, final double mu, final double sigma,
                                     final double bound) {
        int i = walkLower(w, hint, mu + bound * sigma);
        while (i > 0 && !((w.get(i - 1) - mu) / sigma < bound)) {
            i--;
        }
        while (i < w.size() && (w.get(i) - mu) / sigma < bound) {
            i++;
        }
        return i;
    }

    /** First i with (x_i - mu)/sigma &gt; bound. */
    private static int firstAbove(final SortedWindow w, final int hint, final double mu, final double sigma,
                                  final double bound) {
        int i = walkUpper(w, hint, mu + bound * sigma);
        while (i > 0 && (w.get(i - 1) - mu) / sigma > bound) {
            i--;
        }
        while (i < w.size() && !((w.get(i) - mu) / sigma > bound)) {
            i++;
        }
        return i;
    }

    /** First i whose harm ks - s z_i is not positive (the kernel's max(., 0) term is 0 from there on). */
    private static int firstNoHarm(final SortedWindow w, final int hint, final double mu, final double sigma,
                                   final double ks, final double s) {
        if (!(s > 0.0)) {
            return ks > 0.0 ? w.size() : 0;
        }
        int i = walkLower(w, hint, mu + sigma * (ks / s));
        while (i > 0 && !(ks - s * ((w.get(i - 1) - mu) / sigma) > 0.0)) {
            i--;
        }
        while (i < w.size() && ks - s * ((w.get(i) - mu) / sigma) > 0.0) {
            i++;
        }
        return i;
    }
}
