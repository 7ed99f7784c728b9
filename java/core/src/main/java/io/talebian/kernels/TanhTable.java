package io.talebian.kernels;

/**
 * tanh from a lookup table with cubic Hermite interpolation (spec 3.7): the Java twin of
 * {@code tlb_tanh} in {@code native/src/encode.c}, built and evaluated with the same constants and
 * the same operations in the same order (no FMA), so a Java backend that uses it agrees with the
 * native encoder to rounding (~1e-16), not merely to the table's 1e-6 contract.
 *
 * <p>The table covers [0, 8] in steps of h = 1/32; on each interval tanh is the cubic Hermite
 * interpolant of its values and derivatives (1 - tanh^2) at both ends, error &lt;= h^4/384 *
 * max|tanh''''| ~ 1e-8. |x| &gt; 8 gives +-1 (tanh(8) = 1 - 2.3e-7); NaN gives NaN; -0 gives -0.
 * Immutable and thread-safe; the 8 KiB table is built once, at class initialisation.
 */
public final class TanhTable {

    /** Table intervals per unit of x ({@code TLB_TANH_SCALE}). */
    public static final int SCALE = 32;
    /** End of the table ({@code TLB_TANH_MAX}). */
    public static final double MAX = 8.0;
    /** Intervals in the table ({@code TLB_TANH_STEPS}). */
    public static final int STEPS = 8 * SCALE;

    /** Row i (4 doubles): the cubic's coefficients on [i/32, (i+1)/32] in the local variable f. */
    private static final double[] TABLE = build();

    private TanhTable() {
    }

    private static double[] build() {
        final double[] t = new double[(STEPS + 1) * 4];
        final double h = 1.0 / SCALE;
        for (int i = 0; i < STEPS; i++) {
            final double y0 = Math.tanh(i * h);
            final double y1 = Math.tanh((i + 1) * h);
            final double d0 = h * (1.0 - y0 * y0);
            final double d1 = h * (1.0 - y1 * y1);
            t[i * 4] = y0;
            t[i * 4 + 1] = d0;
            t[i * 4 + 2] = 3.0 * (y1 - y0) - 2.0 * d0 - d1;
            t[i * 4 + 3] = 2.0 * (y0 - y1) + d0 + d1;
        }
        t[STEPS * 4] = Math.tanh(MAX);
        return t;
    }

    /** tanh(x) within 1e-6 on [-8, 8]; the same bits as {@code tlb_tanh} given the same table. */
    public static double tanh(final double x) {
        if (x != x) {
            return x;
        }
        final double a = Math.abs(x);
        final double r;
        if (a > MAX) {
            r = 1.0;
        } else {
            final double t = a * SCALE;
            final int i = (int) t;
            final double f = t - i;
            final int row = i * 4;
            r = TABLE[row] + f * (TABLE[row + 1] + f * (TABLE[row + 2] + f * TABLE[row + 3]));
        }
        return Math.copySign(r, x);
    }

    /** {@code out[i] = tanh(x[i])} for i in [0, len); {@code out} may be {@code x}. */
    public static void tanh(final double[] x, final int len, final double[] out) {
        for (int i = 0; i < len; i++) {
            out[i] = tanh(x[i]);
        }
    }
}
