package io.talebian.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talebian.kernels.Backend;
import io.talebian.kernels.Backends;
import io.talebian.kernels.JavaKernels;
import io.talebian.kernels.Moments;
import io.talebian.kernels.TailSums;
import io.talebian.kernels.WindowStats;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The facade: argument checks (before any kernel), results, backend reporting. */
class StatisticsTest {

    private static void assertMessage(final Class<? extends Throwable> type, final String part, final Executable e) {
        final Throwable t = assertThrows(type, e);
        assertTrue(t.getMessage().contains(part), "message '" + t.getMessage() + "' lacks '" + part + "'");
    }

    @Test
    void validatesEveryArgumentNamingIt() {
        final Statistics s = Statistics.of(Backend.JAVA);
        final double[] x = new double[10];
        final WindowStats out = new WindowStats();
        assertMessage(NullPointerException.class, "x=null", () -> s.compute(null));
        assertMessage(NullPointerException.class, "x=null", () -> s.compute(null, 0, 0, out));
        assertMessage(NullPointerException.class, "out=null", () -> s.compute(x, 0, 1, null));
        assertMessage(IndexOutOfBoundsException.class, "off=-1", () -> s.compute(x, -1, 1, out));
        assertMessage(IndexOutOfBoundsException.class, "len=-2", () -> s.compute(x, 0, -2, out));
        assertMessage(IndexOutOfBoundsException.class, "x.length=10", () -> s.compute(x, 8, 3, out));
        assertMessage(IndexOutOfBoundsException.class, "off=2147483647",
                () -> s.compute(x, Integer.MAX_VALUE, 2, out));
        assertMessage(NullPointerException.class, "acc=null", () -> s.addAll(null, x, 0, 1));
        final TailSums t = new TailSums();
        assertMessage(IllegalArgumentException.class, "sigma=0.0", () -> s.tailSums(x, 0, 1, 0, 0.0, 1, 0, t));
        assertMessage(IllegalArgumentException.class, "sigma=NaN", () -> s.tailSums(x, 0, 1, 0, Double.NaN, 1, 0, t));
        assertMessage(IllegalArgumentException.class, "sigma=Infinity",
                () -> s.tailSums(x, 0, 1, 0, Double.POSITIVE_INFINITY, 1, 0, t));
        assertMessage(IllegalArgumentException.class, "k=-1.0", () -> s.tailSums(x, 0, 1, 0, 1, -1, 0, t));
        assertMessage(IllegalArgumentException.class, "d=-0.5", () -> s.tailSums(x, 0, 1, 0, 1, 1, -0.5, t));
        assertMessage(IllegalArgumentException.class, "n=-1", () -> s.backendFor(-1));
        assertMessage(NullPointerException.class, "backend=null", () -> Statistics.of(null));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void computesWhatTheReferenceComputes(final Backend b) {
        Assumptions.assumeTrue(Backends.isAvailable(b), () -> b.id() + ": " + Backends.unavailableReason(b));
        final Statistics s = Statistics.of(b);
        assertEquals(b, s.backend());
        final double[] x = new double[200];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i * 0.37) * 3 + 100;
        }
        final WindowStats want = new WindowStats();
        JavaKernels.INSTANCE.windowStats(x, 5, 150, want);
        final WindowStats out = new WindowStats();
        assertSame(out, s.compute(x, 5, 150, out));
        assertEquals(150, out.n);
        assertEquals(want.mean, out.mean, 1e-12 * 100);
        assertEquals(want.sd, out.sd, 1e-9 * want.sd);
        assertEquals(want.kurtosis, out.kurtosis, 1e-7);
        final WindowStats whole = s.compute(x);
        assertEquals(200, whole.n);
        final Moments m = s.addAll(new Moments(), x, 0, 200);
        assertEquals(whole.mean, m.mean, 1e-12 * 100);
        assertEquals(whole.variance, m.variance(), 1e-9 * whole.variance);
    }

    @Test
    void unavailableBackendExplainsItself() {
        for (Backend b : Backend.values()) {
            if (!Backends.isAvailable(b)) {
                assertMessage(UnsupportedOperationException.class, Backends.unavailableReason(b),
                        () -> Statistics.of(b));
            }
        }
    }

    @Test
    void autoReportsTheConcreteBackend() {
        final Statistics s = Statistics.auto();
        assertEquals(Backend.AUTO, s.backend());
        assertEquals(Backend.JAVA, s.backendFor(0));
        final Backend big = s.backendFor(1 << 20);
        assertEquals(Backends.bestNative() == null ? Backend.JAVA : Backends.bestNative(), big);
        assertEquals(Backend.JAVA, Statistics.of(Backend.JAVA).backendFor(1 << 20));
    }
}
