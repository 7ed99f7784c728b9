package io.talebian.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The binned losses against sorting the window's positive losses, under every order of updates and queries. */
class BinnedLossesTest {

    /** A loss code: positive values with ties, extremes beyond the bins' range, and the non-losses. */
    private static double code(final SplittableRandom rnd, final int kind) {
        switch (kind) {
            case 0: // a few repeated values (a trade stream's quantized returns)
                return 0.25 * (1 + rnd.nextInt(6));
            case 1: // continuous, several octaves
                return Math.exp(rnd.nextGaussian() * 2);
            case 2: // one crowded bin
                return 1.0 + rnd.nextInt(4) * 0x1p-52;
            default:
                final int r = rnd.nextInt(12);
                if (r == 0) {
                    return Double.NaN;
                }
                if (r == 1) {
                    return Double.NEGATIVE_INFINITY;
                }
                if (r == 2) {
                    return Double.MIN_VALUE * (1 + rnd.nextInt(3));
                }
                if (r == 3) {
                    return 0x1p-21 * rnd.nextDouble();
                }
                if (r == 4) {
                    return 0x1p21 * (1 + rnd.nextDouble());
                }
                if (r == 5) {
                    return Double.POSITIVE_INFINITY;
                }
                return Math.exp(rnd.nextGaussian() * 3);
        }
    }

    private static double[] sortedDescending(final double[] slots) {
        final double[] d = Arrays.stream(slots).filter(x -> x > 0.0).toArray();
        Arrays.sort(d);
        for (int i = 0, j = d.length - 1; i < j; i++, j--) {
            final double t = d[i];
            d[i] = d[j];
            d[j] = t;
        }
        return d;
    }

    private static int countAbove(final double[] slots, final double y) {
        int c = 0;
        for (final double x : slots) {
            if (x > 0.0 && x > y) {
                c++;
            }
        }
        return c;
    }

    /** A y to ask about: a member, a neighbour of one, a bin edge, 0, +Infinity or a drift from the last. */
    private static double probe(final SplittableRandom rnd, final double[] desc, final double last) {
        final int r = rnd.nextInt(8);
        if (desc.length > 0 && r < 3) {
            final double x = desc[rnd.nextInt(desc.length)];
            return r == 0 ? x : r == 1 ? Math.nextUp(x) : Math.nextDown(x);
        }
        if (r == 3) {
            return Math.scalb(1.0 + rnd.nextInt(16) / 16.0, rnd.nextInt(10) - 5);
        }
        if (r == 4) {
            return rnd.nextInt(20) == 0 ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (r == 5 && last > 0.0 && last < Double.POSITIVE_INFINITY) {
            return last * (1 + 1e-3 * rnd.nextGaussian());
        }
        return Math.exp(rnd.nextGaussian() * 2);
    }

    @Property(tries = 200)
    void everyAnswerMatchesSorting(@ForAll final long seed, @ForAll @IntRange(min = 1, max = 90) final int window,
            @ForAll @IntRange(min = 0, max = 3) final int kind) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final int maxK = BlackSwanEstimator.maxHillK(window);
        final BinnedLosses bins = new BinnedLosses(window, maxK);
        final double[] slots = new double[window];
        Arrays.fill(slots, Double.NaN);
        double y = 0.5;
        for (int step = 0; step < 6 * window + 50; step++) {
            final int slot = step % window;
            slots[slot] = code(rnd, rnd.nextInt(5) == 0 ? 3 : kind);
            bins.set(slot, slots[slot]);
            final double[] desc = sortedDescending(slots);
            assertEquals(desc.length, bins.size(), "size at step " + step);
            for (int q = rnd.nextInt(4); q > 0; q--) {
                y = probe(rnd, desc, y);
                assertEquals(countAbove(slots, y), bins.countAbove(y), "count above " + y + " at step " + step);
            }
            if (desc.length > 1 && rnd.nextInt(3) > 0) {
                final int k = 1 + rnd.nextInt(Math.min(desc.length - 1, maxK));
                assertEquals(desc[k], bins.descending(k), "descending(" + k + ") at step " + step);
                assertEquals(Math.log(desc[k]), bins.lnDescending(k), "ln descending(" + k + ") at step " + step);
                final double lnU = Math.log(desc[k]);
                double s = 0.0;
                for (int i = 0; i < k; i++) {
                    s += Math.log(desc[i]) - lnU;
                }
                // terms >= 0 summed in another order: within k rounding errors of the sum (exact
                // when it is not finite: +Infinity among the losses)
                final double want = s / k;
                final double tolerance = Double.isFinite(want) ? 4 * k * Math.ulp(want) : 0.0;
                assertEquals(want, bins.hillGamma(k), tolerance, "gamma(" + k + ") at step " + step);
            }
        }
    }

    @Test
    void aSlowlyDriftingLevelOverAFullWindowCountsExactly() {
        final SplittableRandom rnd = new SplittableRandom(7);
        final int window = 1024;
        final BinnedLosses bins = new BinnedLosses(window, BlackSwanEstimator.maxHillK(window));
        final double[] slots = new double[window];
        Arrays.fill(slots, Double.NaN);
        double y = 0.07;
        for (int step = 0; step < 20 * window; step++) {
            final int slot = step % window;
            // 40% of returns are 0 (no loss), the rest quantized in steps of a slowly moving scale
            final double scale = 1.0 + 0.3 * Math.sin(step / 3000.0);
            slots[slot] = rnd.nextInt(10) < 4 ? Double.NEGATIVE_INFINITY : (1 + rnd.nextInt(8)) * 0.02 * scale;
            bins.set(slot, slots[slot]);
            y *= 1 + 2e-3 * rnd.nextGaussian();
            assertEquals(countAbove(slots, y), bins.countAbove(y), "count above " + y + " at step " + step);
            final int k = Math.min(BlackSwanEstimator.maxHillK(window), bins.size() - 1);
            if (k >= 1) {
                assertEquals(sortedDescending(slots)[k], bins.descending(k), "u at step " + step);
            }
        }
    }

    @Test
    void binsAreOrderedAsTheirValues() {
        final SplittableRandom rnd = new SplittableRandom(11);
        double last = Double.MIN_VALUE;
        int lastBin = BinnedLosses.binOf(last);
        assertTrue(lastBin > BinnedLosses.ABSENT);
        for (int i = 0; i < 200_000; i++) {
            final double x = last * (1 + rnd.nextDouble() * (i % 2 == 0 ? 1e-3 : 0.5)) + Double.MIN_VALUE;
            if (x == Double.POSITIVE_INFINITY) {
                break;
            }
            final int b = BinnedLosses.binOf(x);
            assertTrue(b >= lastBin, x + " is in bin " + b + " below " + last + "'s " + lastBin);
            assertTrue(b < BinnedLosses.BINS);
            last = x;
            lastBin = b;
        }
        assertEquals(BinnedLosses.BINS - 1, BinnedLosses.binOf(Double.POSITIVE_INFINITY));
        for (final double none : new double[] {0.0, -0.0, -1.0, Double.NEGATIVE_INFINITY, Double.NaN}) {
            assertEquals(BinnedLosses.ABSENT, BinnedLosses.binOf(none), "bin of " + none);
        }
        // 2^MANTISSA_BITS bins per octave, each the same share of it
        final int perOctave = 1 << BinnedLosses.MANTISSA_BITS;
        assertEquals(perOctave, BinnedLosses.binOf(2.0) - BinnedLosses.binOf(1.0));
        assertEquals(1, BinnedLosses.binOf(1.0 + 1.0 / perOctave) - BinnedLosses.binOf(Math.nextDown(1.0 + 1.0 / perOctave)));
    }

    @Property(tries = 200)
    void heapsortSortsByValueThenSlotDescending(@ForAll final double[] values, @ForAll final long seed) {
        final double[] a = Arrays.stream(values).filter(x -> x == x).map(x -> x == 0.0 ? 0.0 : x).toArray();
        final int n = a.length;
        final SplittableRandom rnd = new SplittableRandom(seed);
        final int[] s = new int[n];
        final Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            // ties in value as well as distinct slots
            if (i > 0 && rnd.nextInt(3) == 0) {
                a[i] = a[rnd.nextInt(i)];
            }
            s[i] = i;
            order[i] = i;
        }
        final double[] a0 = a.clone();
        Arrays.sort(order, (x, y) -> a0[x] != a0[y] ? Double.compare(a0[y], a0[x]) : Integer.compare(y, x));
        BinnedLosses.sortDescending(a, s, n);
        for (int i = 0; i < n; i++) {
            assertEquals(order[i], s[i], "slot at index " + i);
            assertEquals(a0[order[i]], a[i], "value at index " + i);
        }
    }

    @Test
    void equalLossesDoNotDrainTheTop() {
        // a price bouncing between two levels: every loss the same value; top keeps its size
        final int window = 256;
        final BinnedLosses bins = new BinnedLosses(window, BlackSwanEstimator.maxHillK(window));
        for (int step = 0; step < 20 * window; step++) {
            bins.set(step % window, step % 2 == 0 ? 1.25 : Double.NEGATIVE_INFINITY);
            final int k = Math.min(BlackSwanEstimator.maxHillK(window), bins.size() - 1);
            if (k >= 1) {
                assertEquals(1.25, bins.descending(k));
                assertEquals(0.0, bins.hillGamma(k));
            }
        }
        assertTrue(bins.refills() <= 1, "refills: " + bins.refills());
    }

    @Test
    void tiesBetweenTwoLevelsDoNotDrainTheTop() {
        // two loss levels whose pattern shifts against the window (W mod 3 = 1): a slot's loss
        // changes at every pass; top holds 1.25s only, and a 1.25 leaving is in top only if its
        // slot says so
        final int window = 256;
        final BinnedLosses bins = new BinnedLosses(window, BlackSwanEstimator.maxHillK(window));
        for (int step = 0; step < 40 * window; step++) {
            bins.set(step % window, step % 3 == 0 ? 1.0 : 1.25);
            if (step >= window) {
                assertEquals(1.25, bins.descending(BlackSwanEstimator.maxHillK(window)));
            }
        }
        // 6 refills in 10,240 updates; ordering equal losses by value alone (a leaving 1.25 taken
        // out of top whenever top ends in 1.25) gives ~370
        assertTrue(bins.refills() <= 20, "refills: " + bins.refills());
    }
}
