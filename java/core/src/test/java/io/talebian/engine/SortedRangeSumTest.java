package io.talebian.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The incremental prefix/suffix sums of the sorted window ({@link SortedRangeSum}) against direct
 * sums, and the hinted searches against the plain ones, on sliding windows with ties, boundary
 * jumps (re-sums) and scale changes (values 1e6 times larger leaving the window).
 */
class SortedRangeSumTest {

    @Property(tries = 60)
    void prefixAndSuffixSumsFollowTheWindow(@ForAll final long seed, @ForAll @IntRange(min = 1, max = 60) final int cap,
                                            @ForAll @IntRange(min = 0, max = 3) final int ties) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final SortedWindow w = new SortedWindow(cap);
        final SortedRangeSum prefix = new SortedRangeSum(false, cap);
        final SortedRangeSum suffix = new SortedRangeSum(true, cap);
        final List<Double> fifo = new ArrayList<>();
        int hint = 0;
        for (int step = 0; step < 400; step++) {
            final double scale = step < 150 ? 1e6 : 1.0; // large values, then small ones
            final double v = ties > 0 ? (rnd.nextInt(ties * 3) - ties) * scale : rnd.nextDouble(-1, 1) * scale;
            SortedWindowTest.slide(w, fifo, cap, v);
            final double[] s = fifo.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            final int n = s.length;
            // usually a small move, sometimes a jump
            final int bp = Math.min(n, Math.max(0, prefix.follow(w) + (rnd.nextInt(10) == 0 ? rnd.nextInt(-n, n + 1)
                    : rnd.nextInt(-2, 3))));
            final int bs = Math.min(n, Math.max(0, suffix.follow(w) + rnd.nextInt(-2, 3)));
            final double gotP = prefix.moveTo(w, bp);
            final double gotS = suffix.moveTo(w, bs);
            double wantP = 0;
            double absP = 0;
            for (int i = 0; i < bp; i++) {
                wantP += s[i];
                absP += Math.abs(s[i]);
            }
            double wantS = 0;
            double absS = 0;
            for (int i = bs; i < n; i++) {
                wantS += s[i];
                absS += Math.abs(s[i]);
            }
            // within the rounding of a direct sum of what is in the range now (not of what has left)
            assertEquals(wantP, gotP, 4 * n * Math.ulp(1.0) * absP, "prefix [0," + bp + ") of " + Arrays.toString(s));
            assertEquals(wantS, gotS, 4 * n * Math.ulp(1.0) * absS, "suffix [" + bs + "," + n + ") of " + Arrays.toString(s));
            if (bp == 0) {
                assertEquals(0.0, gotP, 0.0);
            }
            final double probe = ties > 0 ? (rnd.nextInt(ties * 3) - ties) * scale : rnd.nextDouble(-1, 1) * scale;
            hint = w.upperBoundNear(hint, probe);
            assertEquals(w.upperBound(probe), hint);
        }
    }

    /**
     * The sum of logs over the top k (the Hill sum of the black swan step) against the direct sum
     * of the logs, as positive values spanning twelve decades (with ties) enter and leave and k
     * moves, with inserts and removes as well as replaces.
     */
    @Property(tries = 60)
    void suffixSumOfLogsFollowsTheWindow(@ForAll final long seed, @ForAll @IntRange(min = 2, max = 60) final int cap,
                                         @ForAll @IntRange(min = 0, max = 3) final int ties) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final SortedWindow w = new SortedWindow(cap);
        final SortedRangeSum top = new SortedRangeSum(true, true, cap);
        final List<Double> held = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            final double v = ties > 0 ? 1 + rnd.nextInt(ties * 3) : Math.pow(10, rnd.nextDouble(-6, 6));
            final int op = rnd.nextInt(4);
            if (op == 0 && !held.isEmpty()) {
                w.remove(held.remove(rnd.nextInt(held.size())));
            } else {
                SortedWindowTest.slide(w, held, cap, v);
            }
            final double[] s = held.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            final int n = s.length;
            final int k = n == 0 ? 0 : 1 + rnd.nextInt(n);
            top.follow(w);
            final double got = top.moveTo(w, n - k);
            double want = 0;
            double abs = 0;
            for (int i = n - k; i < n; i++) {
                want += Math.log(s[i]);
                abs += Math.abs(Math.log(s[i]));
            }
            assertEquals(want, got, 8 * (n + 1) * Math.ulp(1.0) * abs, "sum of ln over the top " + k + " of " + Arrays.toString(s));
        }
    }
}
