package io.talebian.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.talebian.kernels.Backend;
import io.talebian.kernels.Backends;
import io.talebian.kernels.TanhTable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link AmplitudeEncoder} on every available backend: unit norm, self-overlap 1, orthogonality,
 * edge cases, and agreement. Native backends must match an oracle built here from
 * {@link TanhTable} (the native table's Java twin) to 1e-9, and so must every other backend:
 * they all encode with that table, so they agree to rounding.
 */
class AmplitudeEncoderTest {

    /** Lengths around every vector width and unroll tail, plus the spec's 256. */
    private static final int[] LENGTHS = {1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 255, 256, 1000};

    private static List<AmplitudeEncoder> encoders() {
        final List<AmplitudeEncoder> all = new ArrayList<>();
        for (Backend b : Backends.available()) {
            all.add(AmplitudeEncoder.of(b));
        }
        all.add(AmplitudeEncoder.create());
        return all;
    }

    private static double[] randomZ(final SplittableRandom rnd, final int n) {
        final double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = rnd.nextDouble(-10, 10) * (rnd.nextInt(4) == 0 ? 0.05 : 1);
        }
        return z;
    }

    /** The encoding with the table's tanh, summed in plain order: what native computes, up to summation order. */
    static double[] oracle(final double[] z) {
        final double[] a = new double[z.length];
        TanhTable.tanh(z, z.length, a);
        double ss = 0;
        for (double v : a) {
            ss += v * v;
        }
        final double norm = Math.sqrt(ss);
        for (int i = 0; i < a.length; i++) {
            a[i] = norm == 0 ? 0 : a[i] / norm;
        }
        return a;
    }

    @Test
    void unitNormAndSelfOverlapOne() {
        final SplittableRandom rnd = new SplittableRandom(7);
        for (AmplitudeEncoder enc : encoders()) {
            for (int n : LENGTHS) {
                final double[] z = randomZ(rnd, n);
                final double[] a = new double[n];
                enc.encode(z, a);
                double ss = 0;
                for (double v : a) {
                    ss += v * v;
                }
                assertEquals(1.0, ss, 1e-12, enc + " n=" + n + " norm^2");
                assertEquals(1.0, enc.overlap(a, a), 1e-12, enc + " n=" + n + " self-overlap");
            }
        }
    }

    @Test
    void orthogonalZeroAndNaN() {
        for (AmplitudeEncoder enc : encoders()) {
            final double[] a = new double[4];
            final double[] b = new double[4];
            enc.encode(new double[] {1, 0, 0, 0}, a);
            enc.encode(new double[] {0, 0, -3, 0}, b);
            assertEquals(0.0, enc.overlap(a, b), 0.0, enc + " orthogonal");
            assertEquals(1.0, a[0], 1e-15);
            assertEquals(-1.0, b[2], 1e-15);
            final double[] zeros = {0, -0.0, 0};
            final double[] out = {5, 5, 5};
            enc.encode(zeros, out);
            assertEquals(0.0, out[0] + out[1] + out[2], 0.0, enc + " zero input gives zeros");
            enc.encode(new double[0], new double[0]);
            final double[] nan = {1, Double.NaN, 2};
            enc.encode(nan, nan);
            assertTrue(Double.isNaN(nan[0]) && Double.isNaN(nan[2]), enc + " NaN propagates");
        }
    }

    @Test
    void nativeBackendsMatchTheTableOracleTo1e9() {
        final SplittableRandom rnd = new SplittableRandom(11);
        int checked = 0;
        for (AmplitudeEncoder enc : encoders()) {
            if (enc.backend() != Backend.FFM && enc.backend() != Backend.JNI) {
                continue;
            }
            for (int n : LENGTHS) {
                final double[] z = randomZ(rnd, n);
                final double[] want = oracle(z);
                final double[] got = new double[n];
                enc.encode(z, got);
                for (int i = 0; i < n; i++) {
                    assertEquals(want[i], got[i], 1e-9, enc + " n=" + n + " i=" + i + " z=" + z[i]);
                }
                checked++;
            }
        }
        assumeTrue(checked > 0, "no native backend available: " + Backends.unavailableReason(Backend.FFM));
    }

    @Test
    void allBackendsAgreeWithinTheTanhContract() {
        final SplittableRandom rnd = new SplittableRandom(13);
        final List<AmplitudeEncoder> all = encoders();
        for (int n : LENGTHS) {
            final double[] z = randomZ(rnd, n);
            final double[] ref = oracle(z);
            final double[] b = randomZ(rnd, n);
            final double[] refB = oracle(b);
            double refOverlap = 0;
            for (int i = 0; i < n; i++) {
                refOverlap += ref[i] * refB[i];
            }
            refOverlap *= refOverlap;
            for (AmplitudeEncoder enc : all) {
                final double[] got = new double[n];
                final double[] gotB = new double[n];
                enc.encode(z, got);
                enc.encode(b, gotB);
                for (int i = 0; i < n; i++) {
                    assertEquals(ref[i], got[i], 1e-12, enc + " n=" + n + " i=" + i);
                }
                assertEquals(refOverlap, enc.overlap(got, gotB), 1e-12, enc + " n=" + n + " overlap");
                assertEquals(refOverlap, enc.overlap(ref, refB), 1e-12,
                    enc + " n=" + n + " overlap of the same states");
            }
        }
    }

    @Test
    void facadeValidatesArguments() {
        final AmplitudeEncoder enc = AmplitudeEncoder.of(Backend.JAVA);
        assertEquals(Backend.JAVA, enc.backend());
        assertThrows(IllegalArgumentException.class, () -> enc.encode(null, 0, new double[1]));
        assertThrows(IllegalArgumentException.class, () -> enc.encode(new double[2], 3, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> enc.encode(new double[3], 3, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> enc.encode(new double[3], -1, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> enc.overlap(new double[3], new double[2]));
        assertThrows(IllegalArgumentException.class, () -> AmplitudeEncoder.on(null));
    }
}
