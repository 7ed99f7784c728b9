package io.talebian.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The order-statistics structure against sorting, for median, MAD, counts and top-k sums. */
class SortedWindowTest {

    /**
     * Pushes v into the window w of capacity cap and into fifo (its values, oldest first): the
     * oldest value is replaced by v when the window is full, else v is inserted.
     */
    static void slide(final SortedWindow w, final List<Double> fifo, final int cap, final double v) {
        if (fifo.size() == cap) {
            w.replace(fifo.remove(0), v);
        } else {
            w.insert(v);
        }
        fifo.add(v);
    }

    /** The window holds the FIFO's values sorted, bit for bit, and its zero run where sorting puts it. */
    private static void assertHoldsSorted(final SortedWindow w, final List<Double> fifo, final String where) {
        final double[] sorted = fifo.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(Double.doubleToRawLongBits(sorted[i]), Double.doubleToRawLongBits(w.get(i)),
                    "value " + i + " " + where);
        }
        assertEquals(Arrays.stream(sorted).filter(x -> x < 0).count(), w.lowerBound(0.0), "zeros from, " + where);
        assertEquals(Arrays.stream(sorted).filter(x -> x <= 0).count(), w.upperBound(0.0), "zeros to, " + where);
    }

    private static double bruteMad(final List<Double> values) {
        final double[] s = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        final double med = ReferenceModel.median(s);
        final double[] d = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            d[i] = Math.abs(s[i] - med);
        }
        Arrays.sort(d);
        return ReferenceModel.median(d);
    }

    @Property(tries = 100)
    void slidingWindowMatchesSorting(@ForAll final long seed, @ForAll @IntRange(min = 1, max = 40) final int cap,
                                     @ForAll @IntRange(min = 0, max = 3) final int ties) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final SortedWindow w = new SortedWindow(cap);
        final List<Double> fifo = new ArrayList<>();
        for (int step = 0; step < 150; step++) {
            // ties > 0 draws from a few values only, to exercise equal keys
            final double v = ties > 0 ? rnd.nextInt(ties * 3) - ties : rnd.nextDouble(-1, 1);
            slide(w, fifo, cap, v);
            final double[] s = fifo.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            for (int i = 0; i < s.length; i++) {
                assertEquals(s[i], w.get(i), 0.0);
            }
            assertEquals(ReferenceModel.median(s), w.median(), 0.0);
            assertEquals(bruteMad(fifo), w.mad(), 0.0, "MAD of " + fifo);
            final double probe = rnd.nextDouble(-1, 1);
            assertEquals(Arrays.stream(s).filter(x -> x > probe).count(), w.countGreater(probe));
            final int k = 1 + rnd.nextInt(s.length);
            double top = 0;
            for (int i = s.length - 1; i >= s.length - k; i--) {
                top += s[i];
            }
            assertEquals(top, w.sumRange(s.length - k, s.length), 1e-14 * k);
        }
    }

    /**
     * lowerBound/upperBound against a linear count, for every capacity shape of the padded
     * four-way search (odd and even numbers of levels, capacities that are not powers of two),
     * through inserts, replaces, removes and clears, with ties, infinities and probes equal to
     * held values or to the padding.
     */
    @Property(tries = 200)
    void searchesMatchLinearCounts(@ForAll final long seed, @ForAll @IntRange(min = 1, max = 70) final int cap) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final SortedWindow w = new SortedWindow(cap);
        final List<Double> held = new ArrayList<>();
        final double[] special = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0.0, -0.0, 1.0, -1.0};
        for (int step = 0; step < 300; step++) {
            final double v = rnd.nextInt(4) == 0 ? special[rnd.nextInt(special.length)] : rnd.nextInt(9) - 4;
            final int op = rnd.nextInt(10);
            if (op == 0 && !held.isEmpty()) {
                w.remove(held.remove(rnd.nextInt(held.size())));
            } else if (op == 1 && rnd.nextInt(8) == 0) {
                w.clear();
                held.clear();
            } else if (held.size() == cap) {
                w.replace(held.remove(rnd.nextInt(held.size())), v);
                held.add(v);
            } else {
                w.insert(v);
                held.add(v);
            }
            assertEquals(held.size(), w.size());
            for (int p = 0; p < 4; p++) {
                final double probe = p == 0 && !held.isEmpty() ? held.get(rnd.nextInt(held.size()))
                        : p == 1 ? special[rnd.nextInt(special.length)] : rnd.nextInt(11) - 5 + 0.5 * rnd.nextInt(2);
                final long below = held.stream().filter(x -> x < probe).count();
                final long notAbove = held.stream().filter(x -> x <= probe).count();
                assertEquals(below, w.lowerBound(probe), "lowerBound(" + probe + ") of " + held);
                assertEquals(notAbove, w.upperBound(probe), "upperBound(" + probe + ") of " + held);
            }
        }
    }

    /**
     * The run of zeros, whose bounds the window keeps to place a leaving or entering 0 without a
     * search: a window mostly of zeros with values of both signs leaving and entering,
     * checked value by value (sign of zero included) against sorting after every step, and
     * across a snapshot round trip (the bounds are rebuilt on read).
     */
    @Property(tries = 200)
    void zeroRunMatchesSortingAcrossSnapshots(@ForAll final long seed,
                                              @ForAll @IntRange(min = 1, max = 40) final int cap) throws IOException {
        final SplittableRandom rnd = new SplittableRandom(seed);
        SortedWindow w = new SortedWindow(cap);
        final List<Double> fifo = new ArrayList<>();
        for (int step = 0; step < 200; step++) {
            final int kind = rnd.nextInt(5);
            final double v = kind < 2 ? 0.0 : kind == 2 ? -1 - rnd.nextInt(3) : kind == 3 ? 1 + rnd.nextInt(3)
                    : rnd.nextDouble(-2, 2);
            slide(w, fifo, cap, v);
            if (rnd.nextInt(20) == 0) {
                final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                w.write(new DataOutputStream(bytes));
                w = new SortedWindow(cap);
                w.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            }
            assertHoldsSorted(w, fifo, "of " + fifo);
        }
    }

    /**
     * A replace that crosses a long run of zeros moves it by rotation, not by copying it: mostly
     * zeros, values of both signs, windows long enough for runs past the rotation's threshold.
     */
    @Property(tries = 300)
    void replaceAcrossALongZeroRunMatchesSorting(@ForAll final long seed,
                                                 @ForAll @IntRange(min = 16, max = 160) final int cap) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final SortedWindow w = new SortedWindow(cap);
        final List<Double> fifo = new ArrayList<>();
        final int zeroShare = 30 + rnd.nextInt(60);
        for (int step = 0; step < 4 * cap + 50; step++) {
            final double v = rnd.nextInt(100) < zeroShare ? 0.0 : rnd.nextBoolean() ? -rnd.nextDouble(1e-3, 3)
                    : rnd.nextDouble(1e-3, 3);
            slide(w, fifo, cap, v);
            assertHoldsSorted(w, fifo, "at step " + step);
        }
    }

    /**
     * The searches at every span from 2^0 to 2^24 (every number of four-way steps, after a two-way
     * step or not; the property above reaches 2^7), full and padded: windows of values floor(i / 3)
     * (runs of three ties), loaded through a snapshot, probed at, between, below and above the
     * values against the closed-form counts; and the capacity bound.
     */
    @Test
    void searchesMatchClosedFormsAtEverySpan() throws IOException {
        for (int level = 0; level <= 24; level++) {
            final int span = 1 << level;
            for (final int n : new int[] {span, span / 2 + 1}) {
                final SortedWindow w = new SortedWindow(span);
                w.read(new DataInputStream(new TiesOfThree(n)));
                final int top = (n - 1) / 3;
                final SplittableRandom rnd = new SplittableRandom(level * 31L + n);
                for (int probe = 0; probe < 200; probe++) {
                    final int k = probe < 4 ? new int[] {0, top, -1, top + 1}[probe] : rnd.nextInt(-2, top + 3);
                    final String where = "span=" + span + " n=" + n + " probe=";
                    // values < k: 3k; values <= k: 3(k + 1); between k and k + 1: 3(k + 1) either way
                    assertEquals(clamp(3L * k, n), w.lowerBound(k), where + k);
                    assertEquals(clamp(3L * (k + 1), n), w.upperBound(k), where + k);
                    assertEquals(clamp(3L * (k + 1), n), w.lowerBound(k + 0.5), where + (k + 0.5));
                    assertEquals(clamp(3L * (k + 1), n), w.upperBound(k + 0.5), where + (k + 0.5));
                }
                assertEquals(0, w.lowerBound(Double.NEGATIVE_INFINITY));
                assertEquals(n, w.upperBound(Double.POSITIVE_INFINITY));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new SortedWindow(SortedWindow.MAX_CAPACITY + 1));
    }

    private static int clamp(final long count, final int n) {
        return (int) Math.max(0, Math.min(count, n));
    }

    /** A snapshot stream of n values floor(i / 3), generated as it is read (the largest is 128 MB). */
    private static final class TiesOfThree extends java.io.InputStream {
        private final int n;
        private final byte[] item = new byte[8];
        private int next = -1;
        private int pos = 8;

        TiesOfThree(final int n) {
            this.n = n;
        }

        @Override
        public int read() {
            final byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(final byte[] b, final int off, final int len) {
            int done = 0;
            while (done < len) {
                if (pos == 8) {
                    if (next == n) {
                        return done == 0 ? -1 : done;
                    }
                    if (next < 0) {
                        // the size: an int, big-endian, in the last 4 bytes of the item
                        for (int i = 0; i < 4; i++) {
                            item[4 + i] = (byte) (n >>> (24 - 8 * i));
                        }
                        pos = 4;
                    } else {
                        final long bits = Double.doubleToRawLongBits(next / 3);
                        for (int i = 0; i < 8; i++) {
                            item[i] = (byte) (bits >>> (56 - 8 * i));
                        }
                        pos = 0;
                    }
                    next++;
                }
                b[off + done++] = item[pos++];
            }
            return done;
        }
    }

    @Test
    void handExampleMedianAndMad() {
        final SortedWindow w = new SortedWindow(8);
        for (double v : new double[] {1, 2, 3, 4, 100}) {
            w.insert(v);
        }
        // median 3; |x - 3| = 2,1,0,1,97 -> median 1
        assertEquals(3.0, w.median());
        assertEquals(1.0, w.mad());
        w.insert(6);
        // 1,2,3,4,6,100: median 3.5; deviations 2.5,1.5,0.5,0.5,2.5,96.5 -> (1.5+2.5)/2 = 2
        assertEquals(3.5, w.median());
        assertEquals(2.0, w.mad());
    }

    @Test
    void removingAnAbsentValueFails() {
        final SortedWindow w = new SortedWindow(4);
        w.insert(1.0);
        assertThrows(IllegalStateException.class, () -> w.remove(2.0));
    }
}
