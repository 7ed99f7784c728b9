package io.talebian.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link TanhTable} against {@link Math#tanh}: densely on [-8, 8], and at the edges. */
class TanhTableTest {

    @Test
    void withinOneMillionthDenselyOnMinus8To8() {
        double worst = 0;
        double at = 0;
        final int n = 1 << 21; // ~2M points, spacing 7.6e-6, every table interval hit ~8000 times
        for (int i = 0; i <= n; i++) {
            final double x = -8.0 + 16.0 * i / n;
            final double err = Math.abs(TanhTable.tanh(x) - Math.tanh(x));
            if (err > worst) {
                worst = err;
                at = x;
            }
        }
        assertTrue(worst <= 1e-6, "max abs error=" + worst + " at x=" + at);
        assertTrue(worst <= 2e-8, "the h=1/32 Hermite bound is ~1e-8, got " + worst + " at x=" + at);
    }

    @Test
    void exactAtTheKnotsAndOddSymmetric() {
        for (int i = 0; i <= TanhTable.STEPS; i++) {
            final double x = (double) i / TanhTable.SCALE;
            assertEquals(Math.tanh(x), TanhTable.tanh(x), 0.0, "knot x=" + x);
            assertEquals(-TanhTable.tanh(x), TanhTable.tanh(-x), 0.0, "odd at x=" + x);
        }
    }

    @Test
    void edges() {
        assertEquals(1.0, TanhTable.tanh(8.000001));
        assertEquals(-1.0, TanhTable.tanh(-1e300));
        assertEquals(1.0, TanhTable.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, TanhTable.tanh(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(TanhTable.tanh(Double.NaN)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(TanhTable.tanh(-0.0)));
        assertEquals(Math.tanh(8.0), TanhTable.tanh(8.0), 0.0);
        assertEquals(Double.MIN_VALUE, TanhTable.tanh(Double.MIN_VALUE), 1e-300);
        final double[] xs = {-3, 0.5, 9};
        TanhTable.tanh(xs, 3, xs);
        assertEquals(1.0, xs[2]);
        assertEquals(Math.tanh(-3), xs[0], 1e-8);
    }
}
