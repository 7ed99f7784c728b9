package io.talebian.kernels;

import static io.talebian.kernels.KernelAsserts.assertClose;
import static io.talebian.kernels.KernelAsserts.assertStats;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every backend other than the reference (VECTOR, JNI, FFM, and AUTO over them) against
 * {@link JavaKernels} on random and adversarial data. A backend that is not available in this run
 * (JDK 17, native off, vector not opted in) is reported as skipped with the registry's reason,
 * never passed.
 */
class BackendAgreementTest {

    private static Kernels kernels(final Backend b) {
        Assumptions.assumeTrue(Backends.isAvailable(b),
                () -> b.id() + " unavailable in run " + System.getProperty("talebian.test.run") + ": "
                        + Backends.unavailableReason(b));
        return Backends.get(b);
    }

    private static final JavaKernels REF = JavaKernels.INSTANCE;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Backend.class, names = {"VECTOR", "JNI", "FFM", "AUTO"})
    void windowStatsAgree(final Backend b) {
        final Kernels k = kernels(b);
        for (KernelTestData.Case c : KernelTestData.all()) {
            final WindowStats want = new WindowStats();
            final WindowStats got = new WindowStats();
            REF.windowStats(c.x, c.off, c.len, want);
            k.windowStats(c.x, c.off, c.len, got);
            assertStats(b.id() + " " + c, want, got, c.maxAbs());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Backend.class, names = {"VECTOR", "JNI", "FFM", "AUTO"})
    void momentsAddArrayAgrees(final Backend b) {
        final Kernels k = kernels(b);
        final SplittableRandom r = new SplittableRandom(7);
        for (KernelTestData.Case c : KernelTestData.random()) {
            for (int prior : new int[] {0, 1, 10}) {
                final Moments want = new Moments();
                final Moments got = new Moments();
                for (double v : KernelTestData.normal(r, prior, 0.01, 0.05)) {
                    want.add(v);
                }
                got.copyFrom(want);
                REF.momentsAddArray(c.x, c.off, c.len, want);
                k.momentsAddArray(c.x, c.off, c.len, got);
                final String ctx = b.id() + " " + c + " prior=" + prior;
                assertEquals(want.n, got.n, ctx + " n");
                final double s = c.maxAbs() + 0.2;
                assertClose(ctx + " mean", want.mean, got.mean, 1e-9, 1e-13 * s);
                assertClose(ctx + " m2", want.m2, got.m2, 1e-9, 1e-13 * s * s);
                assertClose(ctx + " m3", want.m3, got.m3, 1e-7, 1e-12 * s * s * s * Math.max(1, want.n));
                assertClose(ctx + " m4", want.m4, got.m4, 1e-7, 1e-12 * s * s * s * s * Math.max(1, want.n));
                assertClose(ctx + " min", want.min, got.min, 0, 0);
                assertClose(ctx + " max", want.max, got.max, 0, 0);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Backend.class, names = {"VECTOR", "JNI", "FFM", "AUTO"})
    void momentsAddArrayWithNaNPoisonsEverything(final Backend b) {
        final Kernels k = kernels(b);
        final Moments m = new Moments();
        m.add(1.0);
        k.momentsAddArray(new double[] {2.0, Double.NaN, 3.0}, 0, 3, m);
        assertEquals(4, m.n);
        for (double v : new double[] {m.mean, m.m2, m.m3, m.m4, m.min, m.max}) {
            assertEquals(Double.NaN, v, b.id() + " " + Arrays.toString(new double[] {m.mean, m.m2, m.min, m.max}));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Backend.class, names = {"VECTOR", "JNI", "FFM", "AUTO"})
    void tailSumsAgree(final Backend b) {
        final Kernels k = kernels(b);
        final List<KernelTestData.Case> cases = KernelTestData.random();
        for (KernelTestData.Case c : cases) {
            final WindowStats st = new WindowStats();
            REF.windowStats(c.x, c.off, c.len, st);
            final double mu = c.len > 0 ? st.mean : 0.0;
            final double sigma = c.len > 1 && st.sd > 0 ? st.sd : 1.0;
            for (double kk : new double[] {0.0, 1.0, 1.5}) {
                final TailSums want = new TailSums();
                final TailSums got = new TailSums();
                REF.tailSums(c.x, c.off, c.len, mu, sigma, kk, 0.1 * sigma, want);
                k.tailSums(c.x, c.off, c.len, mu, sigma, kk, 0.1 * sigma, got);
                final String ctx = b.id() + " " + c + " k=" + kk;
                assertEquals(want.leftCount, got.leftCount, ctx + " leftCount");
                assertEquals(want.rightCount, got.rightCount, ctx + " rightCount");
                final double abs = 1e-12 * Math.max(1, c.len);
                assertClose(ctx + " leftSum", want.leftSum, got.leftSum, 1e-9, abs);
                assertClose(ctx + " rightSum", want.rightSum, got.rightSum, 1e-9, abs);
                assertClose(ctx + " xiMinus", want.xiMinus, got.xiMinus, 1e-9, abs * sigma);
                assertClose(ctx + " xiMid", want.xiMid, got.xiMid, 1e-9, abs * sigma);
                assertClose(ctx + " xiPlus", want.xiPlus, got.xiPlus, 1e-9, abs * sigma);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Backend.class, names = {"VECTOR", "JNI", "FFM", "AUTO"})
    void topKAgreesExactly(final Backend b) {
        final Kernels k = kernels(b);
        for (KernelTestData.Case c : KernelTestData.all()) {
            for (int kk : new int[] {0, 1, 5, c.len, c.len + 3}) {
                final double[] want = new double[kk + 1];
                final double[] got = new double[kk + 1];
                Arrays.fill(want, -7.0);
                Arrays.fill(got, -7.0);
                final int nw = REF.topKDescending(c.x, c.off, c.len, kk, want);
                final int ng = k.topKDescending(c.x, c.off, c.len, kk, got);
                final String ctx = b.id() + " " + c + " k=" + kk;
                assertEquals(nw, ng, ctx + " count");
                for (int i = 0; i < nw; i++) {
                    assertEquals(want[i], got[i], 0.0, ctx + " [" + i + "]");
                }
            }
        }
    }

    /**
     * Every backend encodes with the same interpolated tanh table (spec 3.7; {@link TanhTable} is
     * the native table's Java twin), so the amplitudes agree to rounding: 1e-9 relative, 1e-12
     * absolute.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Backend.class, names = {"VECTOR", "JNI", "FFM", "AUTO"})
    void encodeAndOverlapAgree(final Backend b) {
        final Kernels k = kernels(b);
        final SplittableRandom r = new SplittableRandom(99);
        for (int n : new int[] {0, 1, 2, 3, 5, 8, 15, 16, 17, 64, 255, 256, 257, 1000}) {
            final double[] z = KernelTestData.normal(r, n, 0, 3);
            if (n > 2) {
                z[0] = 9.5;
                z[1] = -20;
            }
            final double[] want = new double[n];
            final double[] got = new double[n];
            REF.amplitudeEncode(z, n, want);
            k.amplitudeEncode(z, n, got);
            for (int i = 0; i < n; i++) {
                assertClose(b.id() + " encode n=" + n + " [" + i + "]", want[i], got[i], 1e-9, 1e-12);
            }
            final double[] inPlace = z.clone();
            k.amplitudeEncode(inPlace, n, inPlace);
            for (int i = 0; i < n; i++) {
                assertClose(b.id() + " encode in place n=" + n + " [" + i + "]", want[i], inPlace[i], 1e-9, 1e-12);
            }
            final double[] other = KernelTestData.normal(r, n, 0, 1);
            REF.amplitudeEncode(other, n, other);
            assertClose(b.id() + " overlap n=" + n, REF.stateOverlap(want, other, n), k.stateOverlap(want, other, n),
                    1e-9, 1e-15);
        }
        final double[] zeros = new double[8];
        final double[] out = new double[8];
        Arrays.fill(out, 5.0);
        k.amplitudeEncode(zeros, 8, out);
        for (double v : out) {
            assertEquals(0.0, v, b.id() + " zero norm gives zeros");
        }
    }
}
