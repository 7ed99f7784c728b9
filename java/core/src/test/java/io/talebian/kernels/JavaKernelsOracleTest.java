package io.talebian.kernels;

import static io.talebian.kernels.KernelAsserts.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

/**
 * The scalar reference against Apache Commons Math (an independent implementation) and against
 * exact expectations for the documented edge cases of {@code talebian.h}.
 */
class JavaKernelsOracleTest {

    private static final JavaKernels K = JavaKernels.INSTANCE;

    /**
     * Commons Math reports bias-corrected G1 and G2; convert to the population g1 and excess g2
     * the kernels use: g1 = G1 (n-2)/sqrt(n(n-1)), g2 = (G2 (n-2)(n-3)/(n-1) - 6)/(n+1).
     */
    @Property(tries = 300)
    void matchesCommonsMath(@ForAll @Size(min = 4, max = 300) final double[] raw,
                            @ForAll @DoubleRange(min = -1e6, max = 1e6) final double shift) {
        final double[] x = Arrays.stream(raw).map(v -> shift + (Double.isFinite(v) ? v % 1000.0 : 1.0)).toArray();
        final DescriptiveStatistics ds = new DescriptiveStatistics(x);
        final WindowStats s = new WindowStats();
        K.windowStats(x, 0, x.length, s);
        final double n = x.length;
        final double scale = Math.abs(shift) + 1000;
        assertEquals(x.length, s.n);
        assertClose("mean", ds.getMean(), s.mean, 1e-12, 1e-12 * scale);
        assertClose("variance", ds.getVariance(), s.variance, 1e-9, 1e-9 * scale);
        assertClose("sd", ds.getStandardDeviation(), s.sd, 1e-9, 1e-9 * scale);
        assertEquals(ds.getMin(), s.min);
        assertEquals(ds.getMax(), s.max);
        if (ds.getVariance() > 1e-6 * scale) {
            final double g1 = ds.getSkewness() * (n - 2) / Math.sqrt(n * (n - 1));
            final double g2 = (ds.getKurtosis() * (n - 2) * (n - 3) / (n - 1) - 6) / (n + 1);
            assertClose("skewness", g1, s.skewness, 1e-6, 1e-8);
            assertClose("kurtosis", g2, s.kurtosis, 1e-6, 1e-8);
        }
    }

    @Test
    void emptyWindowIsAllNaN() {
        final WindowStats s = new WindowStats();
        K.windowStats(new double[0], 0, 0, s);
        assertEquals(0, s.n);
        for (double v : new double[] {s.mean, s.variance, s.sd, s.skewness, s.kurtosis, s.min, s.max, s.m2}) {
            assertEquals(Double.NaN, v);
        }
    }

    @Test
    void nanAnywhereMakesEveryDoubleNaN() {
        final WindowStats s = new WindowStats();
        K.windowStats(new double[] {1, 2, Double.NaN, 4}, 0, 4, s);
        assertEquals(4, s.n);
        for (double v : new double[] {s.mean, s.variance, s.sd, s.skewness, s.kurtosis, s.min, s.max, s.m2}) {
            assertEquals(Double.NaN, v);
        }
    }

    @Test
    void smallWindowsFollowTheHeader() {
        final WindowStats s = new WindowStats();
        K.windowStats(new double[] {3.5}, 0, 1, s);
        assertEquals(3.5, s.mean);
        assertEquals(Double.NaN, s.variance, "n < 2: variance NaN");
        assertEquals(Double.NaN, s.skewness);
        assertEquals(0.0, s.m2);
        K.windowStats(new double[] {2, 2, 2, 2}, 0, 4, s);
        assertEquals(0.0, s.variance);
        assertEquals(Double.NaN, s.skewness, "m2 == 0: skewness NaN");
        assertEquals(Double.NaN, s.kurtosis, "m2 == 0: kurtosis NaN");
        K.windowStats(new double[] {1, 2, 3, 4}, 0, 4, s);
        assertEquals(2.5, s.mean);
        assertEquals(5.0 / 3.0, s.variance, 1e-15);
        assertEquals(0.0, s.skewness, 1e-15);
        assertEquals(-1.36, s.kurtosis, 1e-12);
    }

    @Test
    void tailSumsByHand() {
        final TailSums t = new TailSums();
        // mu 0, sigma 1: z = x
        K.tailSums(new double[] {-3, -1, 0, 2, 0.5}, 0, 5, 0.0, 1.0, 1.5, 0.5, t);
        assertEquals(1, t.leftCount);
        assertEquals(3.0, t.leftSum);
        assertEquals(1, t.rightCount);
        assertEquals(2.0, t.rightSum);
        // xi_mid: sum max(-1.5 - z, 0) = 1.5 (z=-3) only
        assertEquals(1.5, t.xiMid, 1e-15);
        // xi_minus with s = 0.5: max(-1.5 - 0.5 z, 0): z=-3 -> 0; so 0
        assertEquals(0.0, t.xiMinus, 1e-15);
        // xi_plus with s = 1.5: z=-3 -> 3.0; z=-1 -> 0
        assertEquals(3.0, t.xiPlus, 1e-15);
        assertThrows(IllegalArgumentException.class, () -> K.tailSums(new double[1], 0, 1, 0, 0.0, 1, 0, t));
        assertThrows(IllegalArgumentException.class, () -> K.tailSums(new double[1], 0, 1, 0, 1, -1, 0, t));
    }

    @Property(tries = 200)
    void topKIsTheSortedTail(@ForAll @Size(max = 200) final double[] x, @ForAll @IntRange(max = 250) final int k) {
        final double[] out = new double[Math.max(k, 1)];
        final int got = K.topKDescending(x, 0, x.length, k, out);
        final double[] sorted = Arrays.stream(x).filter(v -> !Double.isNaN(v)).sorted().toArray();
        final int want = Math.min(k, sorted.length);
        assertEquals(want, got);
        for (int i = 0; i < want; i++) {
            assertEquals(sorted[sorted.length - 1 - i], out[i], 0.0, "rank " + i);
        }
    }

    @Test
    void hillGammaByHand() {
        final double[] desc = {8, 4, 2, 1};
        assertEquals((Math.log(8) + Math.log(4) + Math.log(2)) / 3, JavaKernels.hillGamma(desc, 3), 1e-15);
        assertEquals(Double.NaN, JavaKernels.hillGamma(desc, 4));
        assertEquals(Double.NaN, JavaKernels.hillGamma(new double[] {1, 0}, 1));
    }

    @Test
    void encodeIsUnitNormTanh() {
        final double[] z = {0.5, -1, 2, 0};
        final double[] out = new double[4];
        K.amplitudeEncode(z, 4, out);
        double norm = 0;
        for (double v : out) {
            norm += v * v;
        }
        assertEquals(1.0, norm, 1e-15);
        assertEquals(Math.tanh(2) / Math.tanh(0.5), out[2] / out[0], 1e-14);
        assertEquals(1.0, K.stateOverlap(out, out, 4), 1e-15);
        final double[] zero = {0, 0};
        K.amplitudeEncode(zero, 2, zero);
        assertArrayEquals(new double[] {0, 0}, zero);
    }
}
