package io.talebian.engine;

import io.talebian.kernels.JavaKernels;
import io.talebian.kernels.TailSums;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayDeque;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tail sums read off the sorted window against the O(W) kernel pass ({@link JavaKernels#tailSums}):
 * the same classification of every value (counts equal, so every boundary decision agrees) and
 * sums equal to rounding, through a sliding window, including the cases the threshold band must
 * hand to the exact predicates: values exactly at mu +- k sigma and at the kinks mu - k sigma^2/s,
 * runs of ties there, and sigma tiny against |mu|.
 */
class SortedTailSumsTest {

    @Property(tries = 120)
    void matchesTheKernelPass(@ForAll final long seed, @ForAll @IntRange(min = 1, max = 80) final int cap,
                              @ForAll @IntRange(min = 0, max = 3) final int shape) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final double k = 1.5;
        final double mu = shape == 3 ? 1e6 + rnd.nextDouble() : 0.25 * rnd.nextInt(-4, 5);
        final double sigma = shape == 3 ? 1e-9 * (1 + rnd.nextInt(4)) : 0.5 * (1 + rnd.nextInt(4));
        // af_delta = 1 (its largest valid value) in one case in four: s = sigma - d is 0 there
        final double d = (rnd.nextInt(4) == 0 ? 1.0 : 0.25) * sigma;
        // exact threshold values for the shapes that aim at the band
        final double[] at = {mu - k * sigma, mu + k * sigma,
            d < sigma ? mu + sigma * (-k * sigma / (sigma - d)) : mu - 2 * k * sigma,
            mu + sigma * (-k * sigma / (sigma + d)), mu};
        final SortedWindow w = new SortedWindow(cap);
        final SortedTailSums sorted = new SortedTailSums(cap);
        final ArrayDeque<Double> fifo = new ArrayDeque<>();
        final double[] buf = new double[cap];
        final TailSums got = new TailSums();
        final TailSums want = new TailSums();
        for (int step = 0; step < 250; step++) {
            final double v;
            if (shape == 0) {
                v = mu + sigma * rnd.nextGaussian() * 2;
            } else if (shape == 1 || shape == 3) {
                v = rnd.nextInt(3) == 0 ? at[rnd.nextInt(at.length)] : mu + sigma * rnd.nextGaussian() * 2;
            } else {
                // a coarse grid: many exact ties, some on the thresholds
                v = mu + sigma * 0.25 * rnd.nextInt(-12, 13);
            }
            if (fifo.size() == cap) {
                w.replace(fifo.removeFirst(), v);
            } else {
                w.insert(v);
            }
            fifo.addLast(v);
            int i = 0;
            for (double x : fifo) {
                buf[i++] = x;
            }
            // half of the calls with a slightly moved mu: boundaries must follow mu and sigma too
            final double m = rnd.nextBoolean() ? mu : mu + sigma * 1e-3 * rnd.nextInt(-3, 4);
            sorted.compute(w, m, sigma, k, d, got);
            JavaKernels.INSTANCE.tailSums(buf, 0, fifo.size(), m, sigma, k, d, want);
            final String at0 = "step " + step + " mu=" + m + " sigma=" + sigma + " window=" + fifo;
            assertEquals(want.leftCount, got.leftCount, "leftCount " + at0);
            assertEquals(want.rightCount, got.rightCount, "rightCount " + at0);
            final double scale = 1e-9 * (1 + fifo.size() * (Math.abs(m) / sigma + 10));
            assertEquals(want.leftSum, got.leftSum, scale, "leftSum " + at0);
            assertEquals(want.rightSum, got.rightSum, scale, "rightSum " + at0);
            final double hs = scale * (sigma + d);
            assertEquals(want.xiMinus, got.xiMinus, hs, "xiMinus " + at0);
            assertEquals(want.xiMid, got.xiMid, hs, "xiMid " + at0);
            assertEquals(want.xiPlus, got.xiPlus, hs, "xiPlus " + at0);
        }
    }
}
