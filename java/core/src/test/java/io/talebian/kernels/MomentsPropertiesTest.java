package io.talebian.kernels;

import static io.talebian.kernels.KernelAsserts.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link Moments} add, remove and merge against the two-pass reference, as properties. */
class MomentsPropertiesTest {

    private static void assertSameMoments(final String ctx, final Moments want, final Moments got, final double scale) {
        assertEquals(want.n, got.n, ctx + " n");
        final double n = Math.max(1, want.n);
        assertClose(ctx + " mean", want.mean, got.mean, 1e-9, 1e-12 * scale);
        assertClose(ctx + " m2", want.m2, got.m2, 1e-8, 1e-11 * scale * scale * n);
        assertClose(ctx + " m3", want.m3, got.m3, 1e-6, 1e-9 * scale * scale * scale * n);
        assertClose(ctx + " m4", want.m4, got.m4, 1e-6, 1e-9 * scale * scale * scale * scale * n);
    }

    private static Moments added(final double[] x, final int from, final int to) {
        final Moments m = new Moments();
        for (int i = from; i < to; i++) {
            m.add(x[i]);
        }
        return m;
    }

    private static Moments twoPass(final double[] x, final int from, final int to) {
        final Moments m = new Moments();
        JavaKernels.INSTANCE.momentsAddArray(x, from, to - from, m);
        return m;
    }

    @Property(tries = 300)
    void addEqualsTwoPass(@ForAll @Size(min = 1, max = 200) final double[] raw,
                          @ForAll @DoubleRange(min = -1e4, max = 1e4) final double shift) {
        final double[] x = scaled(raw, shift);
        final Moments a = added(x, 0, x.length);
        final Moments b = twoPass(x, 0, x.length);
        assertSameMoments("add vs two-pass", b, a, Math.abs(shift) + 100);
        assertEquals(Arrays.stream(x).min().getAsDouble(), a.min);
        assertEquals(Arrays.stream(x).max().getAsDouble(), a.max);
    }

    @Property(tries = 300)
    void mergeEqualsAddingEverything(@ForAll @Size(min = 0, max = 150) final double[] raw,
                                     @ForAll @IntRange(min = 0, max = 150) final int cut,
                                     @ForAll @DoubleRange(min = -1e4, max = 1e4) final double shift) {
        final double[] x = scaled(raw, shift);
        final int c = Math.min(cut, x.length);
        final Moments left = added(x, 0, c);
        left.merge(added(x, c, x.length));
        final Moments all = twoPass(x, 0, x.length);
        if (x.length == 0) {
            assertEquals(0, left.n);
            return;
        }
        assertSameMoments("merge", all, left, Math.abs(shift) + 100);
        assertEquals(all.min, left.min);
        assertEquals(all.max, left.max);
    }

    @Property(tries = 300)
    void removeUndoesAdd(@ForAll @Size(min = 2, max = 150) final double[] raw,
                         @ForAll @IntRange(min = 1, max = 50) final int removed,
                         @ForAll @DoubleRange(min = -1e3, max = 1e3) final double shift) {
        final double[] x = scaled(raw, shift);
        final int r = Math.min(removed, x.length - 1);
        final Moments m = added(x, 0, x.length);
        for (int i = x.length - 1; i >= x.length - r; i--) {
            m.remove(x[i]);
        }
        final Moments want = twoPass(x, 0, x.length - r);
        assertSameMoments("remove", want, m, Math.abs(shift) + 100);
        assertEquals(true, m.min <= want.min && m.max >= want.max, "min/max are an envelope after remove");
    }

    @Property(tries = 200)
    void addArrayEqualsSequentialAdd(@ForAll @Size(min = 0, max = 100) final double[] a,
                                     @ForAll @Size(min = 0, max = 100) final double[] b) {
        final double[] x = scaled(a, 0);
        final double[] y = scaled(b, 0);
        final Moments seq = added(x, 0, x.length);
        for (double v : y) {
            seq.add(v);
        }
        final Moments arr = added(x, 0, x.length);
        JavaKernels.INSTANCE.momentsAddArray(y, 0, y.length, arr);
        assertSameMoments("addArray", seq, arr, 100);
    }

    @Test
    void nanPoisonsAndResetClears() {
        final Moments m = new Moments();
        m.add(1);
        m.add(Double.NaN);
        m.add(2);
        for (double v : new double[] {m.mean, m.m2, m.m3, m.m4, m.min, m.max}) {
            assertEquals(Double.NaN, v);
        }
        m.reset();
        m.add(3);
        assertEquals(3.0, m.mean);
        assertEquals(3.0, m.min);
        final Moments other = new Moments();
        other.add(Double.NaN);
        m.merge(other);
        assertEquals(Double.NaN, m.min);
        assertEquals(Double.NaN, m.max);
    }

    @Test
    void removeToEmptyResets() {
        final Moments m = new Moments();
        m.add(5);
        m.remove(5);
        assertEquals(0, m.n);
        assertEquals(Double.POSITIVE_INFINITY, m.min);
        assertEquals(Double.NaN, m.variance());
    }

    /** Finite values of moderate size around shift (the generator also yields huge values). */
    private static double[] scaled(final double[] raw, final double shift) {
        return Arrays.stream(raw).map(v -> shift + (Double.isFinite(v) ? v % 100.0 : 0.5)).toArray();
    }
}
