package io.talebian.engine;

import io.talebian.kernels.TailSums;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The tail-vega and fragility partial sums of spec 3.2 (the {@code tlb_tail_sums} quantities)
 * read off the sorted window instead of a pass over all of it: every sum is over a prefix or a
 * suffix of the sorted values (z &lt; -k, z &gt; k, and for each s the z below the kink of
 * max(-k sigma - s z, 0)), so each boundary is a binary search with the kernel's own predicate
 * (same classification, bit for bit), checked first where the window's change left it (on the
 * usual tick it has not moved: two compares, no walk), else found by a short walk from there
 * (a binary search when it moved far). Sums of z are formed as (sum of x - count * mu)/sigma,
 * with no division per element, and each sum of x is a {@link SortedRangeSum}: updated from the
 * window's change (the value that left, the one that entered) and the boundary's move, O(1)
 * typical, compensated, re-summed every W changes. The kink for s = sigma is the left tail's
 * boundary z = -k up to the rounding of its predicate, so it is searched from there and its sum
 * derived from the left sum (four range sums, not five). They agree with the kernel to rounding
 * (tested). The boundaries and sums are engine state (in snapshots). A call with the same
 * window (modCount), mu, sigma, k and d as the last one leaves {@code out} as it is.
 */
final class SortedTailSums {
    /** Longest walk from a hint before falling back to a binary search. */
    private static final int MAX_WALK = 16;

    private final SortedRangeSum left;
    private final SortedRangeSum right;
    private final SortedRangeSum minus;
    private final SortedRangeSum plus;

    /** Sums that re-sum exactly at least every {@code period} window changes (the window size). */
    SortedTailSums(final int period) {
        left = new SortedRangeSum(false, period);
        right = new SortedRangeSum(true, period);
        minus = new SortedRangeSum(false, period);
        plus = new SortedRangeSum(false, period);
    }

    // The inputs of the last compute (a cache, not state): with the same window (modCount) and the
    // same mu, sigma, k and d every boundary and sum is the same, so out is left as it is.
    private long lastModCount = -1;
    private long lastMu;
    private long lastSigma;
    private long lastK;
    private long lastD;
    private TailSums lastOut;

    void compute(final SortedWindow w, final double mu, final double sigma, final double k,
                 final double d, final TailSums out) {
        final long mc = w.modCount();
        final long muBits = Double.doubleToRawLongBits(mu);
        final long sigmaBits = Double.doubleToRawLongBits(sigma);
        final long kBits = Double.doubleToRawLongBits(k);
        final long dBits = Double.doubleToRawLongBits(d);
        if (mc == lastModCount && muBits == lastMu && sigmaBits == lastSigma && kBits == lastK && dBits == lastD
                && out == lastOut) {
            return;
        }
        lastModCount = mc;
        lastMu = muBits;
        lastSigma = sigmaBits;
        lastK = kBits;
        lastD = dBits;
        lastOut = out;
        final int n = w.size();
        final double ks = -k * sigma;
        final double sMinus = sigma - d;
        final double sPlus = sigma + d;
        final int bLeft = firstNotBelow(w, left.follow(w), mu, sigma, -k);
        final int bRight = firstAbove(w, right.follow(w), mu, sigma, k);
        final int bMinus = firstNoHarm(w, minus.follow(w), mu, sigma, ks, sMinus);
        // for s = sigma the kink is at z = -k, the left tail's own boundary but for the rounding
        // of its predicate: it is searched from bLeft and its sum derived from the left sum
        final int bMid = firstNoHarm(w, bLeft, mu, sigma, ks, sigma);
        final int bPlus = firstNoHarm(w, plus.follow(w), mu, sigma, ks, sPlus);
        final double sLeft = left.moveTo(w, bLeft);
        final double sRight = right.moveTo(w, bRight);
        final double sMinusSum = minus.moveTo(w, bMinus);
        final double sMidSum = bMid == bLeft ? sLeft
                : bMid > bLeft ? sLeft + w.sumRange(bLeft, bMid) : sLeft - w.sumRange(bMid, bLeft);
        final double sPlusSum = plus.moveTo(w, bPlus);
        // one division: the five sums scale by 1/sigma (a rounding difference from dividing each)
        final double inv = 1.0 / sigma;
        out.leftCount = bLeft;
        out.rightCount = n - bRight;
        out.leftSum = (bLeft * mu - sLeft) * inv;
        out.rightSum = (sRight - (n - bRight) * mu) * inv;
        out.xiMinus = harm(bMinus, sMinusSum, mu, inv, ks, sMinus);
        out.xiMid = harm(bMid, sMidSum, mu, inv, ks, sigma);
        out.xiPlus = harm(bPlus, sPlusSum, mu, inv, ks, sPlus);
    }

    /** sum over the first b values of (ks - s z) = b ks - s (sum - b mu)/sigma; 0 when b = 0. */
    private static double harm(final int b, final double sum, final double mu, final double invSigma, final double ks,
                               final double s) {
        return b == 0 ? 0.0 : Math.max(b * ks - s * ((sum - b * mu) * invSigma), 0.0);
    }

    void write(final DataOutput out, final SortedWindow w) throws IOException {
        left.write(out, w);
        right.write(out, w);
        minus.write(out, w);
        plus.write(out, w);
    }

    void read(final DataInput in, final SortedWindow w) throws IOException {
        lastModCount = -1;
        left.read(in, w);
        right.read(in, w);
        minus.read(in, w);
        plus.read(in, w);
    }

    // Each boundary is first checked at its hint (where the window's change left it): on the usual
    // tick it has not moved, and two loads and two compares against the threshold and its band
    // settle it without entering the walks (which, with the search behind them, made the tail
    // sums' code large enough to cost ~6% of a tick when run every time). Otherwise it is located
    // without division on the threshold in x (mu + bound*sigma):
    // a walk from the previous tick's boundary, or a binary search when that is more than
    // MAX_WALK steps away. When the values on both sides of it lie outside a narrow band around
    // the threshold, the exact kernel predicate cannot disagree and the boundary is final (no
    // division); otherwise it is moved by the exact predicate until that holds. The predicates
    // are monotone in x, so this is exactly the kernel's classification.

    /** {@code hint} moved into [0, n] (any value is a valid hint). */
    private static int clamp(final SortedWindow w, final int hint) {
        return Math.min(Math.max(hint, 0), w.size());
    }

    /** First i with !(x_i &lt; t), walking from {@code hint} (in [0, n]). */
    private static int walkLower(final SortedWindow w, final int hint, final double t) {
        final int n = w.size();
        int i = hint;
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

    /** First i with x_i &gt; t, walking from {@code hint} (in [0, n]). */
    private static int walkUpper(final SortedWindow w, final int hint, final double t) {
        final int n = w.size();
        int i = hint;
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

    /**
     * Half-width of the band around a threshold t = mu + offset outside which the exact predicate
     * is decided by comparing x with t: far wider (1e-12 relative) than the rounding of t and of
     * the predicate's own (x - mu)/sigma (a few 1e-16 relative), so outside it the two agree; the
     * divisions are evaluated only for values inside it (ties at the threshold, or sigma tiny
     * against |mu|), where the exact loops below decide.
     */
    private static double band(final double mu, final double offset) {
        return 1e-12 * (Math.abs(mu) + Math.abs(offset));
    }

    /**
     * Whether i is the first index with !(x_i &lt; t) and both neighbours are clear of the band
     * (x_(i-1) &lt; t - tol, x_i &gt;= t + tol; an end counts as clear): then every predicate
     * whose threshold lies within the band classifies as this split does.
     */
    private static boolean clearBelow(final SortedWindow w, final int i, final double t, final double tol) {
        return (i == 0 || w.get(i - 1) < t - tol) && (i == w.size() || w.get(i) >= t + tol);
    }

    /** As {@link #clearBelow} for the first index with x_i &gt; t: x_(i-1) &lt;= t - tol and x_i &gt; t + tol. */
    private static boolean clearAbove(final SortedWindow w, final int i, final double t, final double tol) {
        return (i == 0 || w.get(i - 1) <= t - tol) && (i == w.size() || w.get(i) > t + tol);
    }

    /** First i with !((x_i - mu)/sigma &lt; bound). */
    private static int firstNotBelow(final SortedWindow w, final int hint, final double mu, final double sigma,
                                     final double bound) {
        final double offset = bound * sigma;
        final double t = mu + offset;
        final double tol = band(mu, offset);
        final int h = clamp(w, hint);
        if (clearBelow(w, h, t, tol)) {
            return h;
        }
        int i = walkLower(w, h, t);
        if (clearBelow(w, i, t, tol)) {
            return i;
        }
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
        final double offset = bound * sigma;
        final double t = mu + offset;
        final double tol = band(mu, offset);
        final int h = clamp(w, hint);
        if (clearAbove(w, h, t, tol)) {
            return h;
        }
        int i = walkUpper(w, h, t);
        if (clearAbove(w, i, t, tol)) {
            return i;
        }
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
        final double offset = sigma * (ks / s);
        final double t = mu + offset;
        final double tol = band(mu, offset);
        final int h = clamp(w, hint);
        if (clearBelow(w, h, t, tol)) {
            return h;
        }
        int i = walkLower(w, h, t);
        if (clearBelow(w, i, t, tol)) {
            return i;
        }
        while (i > 0 && !(ks - s * ((w.get(i - 1) - mu) / sigma) > 0.0)) {
            i--;
        }
        while (i < w.size() && ks - s * ((w.get(i) - mu) / sigma) > 0.0) {
            i++;
        }
        return i;
    }
}
