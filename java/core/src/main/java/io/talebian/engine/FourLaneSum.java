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
}
