package io.talebian.engine;

/**
 * The sum of a slice of a double array in four independent lanes (a[i], a[i+1], a[i+2], a[i+3]
 * into separate accumulators, combined as (s0 + s1) + (s2 + s3)): no loop-carried chain of
 * dependent adds, so a short slice on the tick's path costs about a quarter of the add latency.
 * The order of the additions, and so the rounding, is fixed by (from, to).
 */
final class FourLaneSum {
    private FourLaneSum() {
    }

    /** Sum of a[from, to). */
    static double sum(final double[] a, final int from, final int to) {
        // x - 0.0 is x for every double (-0.0 included), so this is the plain sum, bit for bit
        return sumOfDifferences(a, from, to, 0.0);
    }

    /**
     * Sum of (a[i] - c) over [from, to): each term taken before it is added, so terms that are
     * all &gt;= 0 sum without cancellation (the Hill sum of ln(l(i)) - ln(u)).
     */
    static double sumOfDifferences(final double[] a, final int from, final int to, final double c) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            s0 += a[i] - c;
            s1 += a[i + 1] - c;
            s2 += a[i + 2] - c;
            s3 += a[i + 3] - c;
        }
        for (; i < to; i++) {
            s0 += a[i] - c;
        }
        return (s0 + s1) + (s2 + s3);
    }
    /**
     * {@link #sum}(a, from, to) for a slice whose last element a[to - 1] equals {@code last}, which
     * is used instead of loading it: the caller has just stored it, and a wide load (C2
     * vectorizes these loops) that overlaps a narrower store still in the store buffer cannot
     * take its value from there and waits for the store to reach the cache (the engine's momentum
     * sums: ~1.5% of a tick). Same lanes, same order of additions: bit for bit the same sum.
     */
    static double sumEndingWith(final double[] a, final int from, final int to, final double last) {
        final int n = to - from;
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = from;
        // the full blocks but the one the last element closes (when it is in lane 3)
        final int blockEnd = (n & 3) == 0 ? to - 4 : to - (n & 3);
        for (; i < blockEnd; i += 4) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
        }
        if ((n & 3) == 0) {
            if (n > 0) {
                s0 += a[i];
                s1 += a[i + 1];
                s2 += a[i + 2];
                s3 += last;
            }
        } else {
            // the remainder goes to lane 0, the last element last
            for (final int end = to - 1; i < end; i++) {
                s0 += a[i];
            }
            s0 += last;
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The sum of (a[i] - c)^2 over [from, to) in the same four lanes as {@link #sum}, with a[to - 1]
     * given as {@code last} (as {@link #sumEndingWith}).
     */
    static double sumOfSquaredDeviationsEndingWith(final double[] a, final int from, final int to, final double c,
                                                   final double last) {
        final int n = to - from;
        double q0 = 0.0;
        double q1 = 0.0;
        double q2 = 0.0;
        double q3 = 0.0;
        int i = from;
        final int blockEnd = (n & 3) == 0 ? to - 4 : to - (n & 3);
        for (; i < blockEnd; i += 4) {
            final double d0 = a[i] - c;
            final double d1 = a[i + 1] - c;
            final double d2 = a[i + 2] - c;
            final double d3 = a[i + 3] - c;
            q0 += d0 * d0;
            q1 += d1 * d1;
            q2 += d2 * d2;
            q3 += d3 * d3;
        }
        final double dl = last - c;
        if ((n & 3) == 0) {
            if (n > 0) {
                final double d0 = a[i] - c;
                final double d1 = a[i + 1] - c;
                final double d2 = a[i + 2] - c;
                q0 += d0 * d0;
                q1 += d1 * d1;
                q2 += d2 * d2;
                q3 += dl * dl;
            }
        } else {
            for (final int end = to - 1; i < end; i++) {
                final double d = a[i] - c;
                q0 += d * d;
            }
            q0 += dl * dl;
        }
        return (q0 + q1) + (q2 + q3);
    }
}
