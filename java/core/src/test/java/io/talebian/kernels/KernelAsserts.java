package io.talebian.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Comparisons with the tolerance of the {@link Kernels} contract: 1e-9 relative, plus an
 * absolute floor scaled to the data (backends sum in different orders, so a value whose exact
 * result is 0 comes out as a few ulps of the data's scale, not as 0).
 */
final class KernelAsserts {

    static final double REL = 1e-9;

    private KernelAsserts() {
    }

    static boolean close(final double want, final double got, final double rel, final double abs) {
        if (Double.isNaN(want) || Double.isNaN(got)) {
            return Double.isNaN(want) && Double.isNaN(got);
        }
        if (Double.isInfinite(want) || Double.isInfinite(got)) {
            return want == got;
        }
        final double floor = Double.isFinite(abs) ? abs : 0.0; // a scale^2 that overflowed is no floor
        return Math.abs(want - got) <= rel * Math.max(Math.abs(want), Math.abs(got)) + floor;
    }

    static void assertClose(final String what, final double want, final double got, final double rel,
                            final double abs) {
        if (!close(want, got, rel, abs)) {
            fail(what + ": expected " + want + " got " + got + " (diff " + Math.abs(want - got) + ", rel " + rel
                    + ", abs " + abs + ")");
        }
    }

    /** Every field of two window results; {@code scale} is max |x| of the window. */
    static void assertStats(final String ctx, final WindowStats want, final WindowStats got, final double scale) {
        assertEquals(want.n, got.n, ctx + " n");
        final double a1 = 1e-13 * scale;
        final double a2 = 1e-13 * scale * scale;
        assertClose(ctx + " mean", want.mean, got.mean, REL, a1);
        assertClose(ctx + " variance", want.variance, got.variance, REL, a2);
        assertClose(ctx + " sd", want.sd, got.sd, REL, a1);
        assertClose(ctx + " m2", want.m2, got.m2, REL, a2 * Math.max(1, want.n));
        // dimensionless; ill-conditioned only when m2 is at rounding level, which the cases avoid
        assertClose(ctx + " skewness", want.skewness, got.skewness, 1e-7, 1e-9);
        assertClose(ctx + " kurtosis", want.kurtosis, got.kurtosis, 1e-7, 1e-9);
        assertClose(ctx + " min", want.min, got.min, 0, 0);
        assertClose(ctx + " max", want.max, got.max, 0, 0);
    }
}
