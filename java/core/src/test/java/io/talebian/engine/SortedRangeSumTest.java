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
}
