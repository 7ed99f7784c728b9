package io.talebian.engine;

import io.talebian.kernels.TailSums;

/**
 * The tail-vega and fragility partial sums of spec 3.2 (the {@code tlb_tail_sums} quantities)
 * read off the sorted window instead of a pass over all of it: every sum is over a prefix or a
 * suffix of the sorted values (z &lt; -k, z &gt; k, and for each s the z below the kink of
 * max(-k sigma - s z, 0)), so each boundary is a binary search with the kernel's own predicate
 * (same classification, bit for bit) and each sum touches only the tail: O(log W + tail), about
 * 20% of W with the defaults, with no division per element. Sums of z are formed as
 * (sum of x - count * mu)/sigma; they agree with the kernel to rounding (tested).
 */
final class SortedTailSums {
    private SortedTailSums() {
    }

    static void compute(final SortedWindow w, final double mu, final double sigma, final double k,
                        final double d, final TailSums out) {
        final int n = w.size();
        final double ks = -k * sigma;
        final double sMinus = sigma - d;
        final double sPlus = sigma + d;
        final int left = firstNotBelow(w, mu, sigma, -k);
        final int right = firstAbove(w, mu, sigma, k);
        final int bMinus = firstNoHarm(w, mu, sigma, ks, sMinus);
        final int bMid = firstNoHarm(w, mu, sigma, ks, sigma);
        final int bPlus = firstNoHarm(w, mu, sigma, ks, sPlus);
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

    /** First i with !((x_i - mu)/sigma &lt; bound). */
    private static int firstNotBelow(final SortedWindow w, final double mu, final double sigma, final double bound) {
        int lo = 0;
        int hi = w.size();
        while (lo < hi) {
            final int mid = (lo + hi) >>> 1;
            if ((w.get(mid) - mu) / sigma < bound) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First i with (x_i - mu)/sigma &gt; bound. */
    private static int firstAbove(final SortedWindow w, final double mu, final double sigma, final double bound) {
        int lo = 0;
        int hi = w.size();
        while (lo < hi) {
            final int mid = (lo + hi) >>> 1;
            if ((w.get(mid) - mu) / sigma > bound) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** First i whose harm ks - s z_i is not positive (the kernel's max(., 0) term is 0 from there on). */
    private static int firstNoHarm(final SortedWindow w, final double mu, final double sigma, final double ks,
                                   final double s) {
        int lo = 0;
        int hi = w.size();
        while (lo < hi) {
            final int mid = (lo + hi) >>> 1;
            if (ks - s * ((w.get(mid) - mu) / sigma) > 0.0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
