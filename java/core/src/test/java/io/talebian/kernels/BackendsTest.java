package io.talebian.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The registry: what each run must and must not offer, and the reasons it gives. */
class BackendsTest {

    private static final String RUN = System.getProperty("talebian.test.run", "");
    private static final int JDK = Runtime.version().feature();

    @Test
    void javaIsAlwaysAvailableAndFirst() {
        assertTrue(Backends.isAvailable(Backend.JAVA));
        assertSame(JavaKernels.INSTANCE, Backends.get(Backend.JAVA));
        assertEquals(Backend.JAVA, Backends.available().get(0));
        assertFalse(Backends.available().contains(Backend.AUTO));
        assertTrue(Backends.isAvailable(Backend.AUTO));
        assertNull(Backends.unavailableReason(Backend.JAVA));
    }

    @Test
    void everyUnavailableBackendSaysWhy() {
        for (Backend b : Backend.values()) {
            if (!Backends.isAvailable(b)) {
                final String why = Backends.unavailableReason(b);
                assertNotNull(why, b.id());
                final UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                        () -> Backends.get(b));
                assertTrue(e.getMessage().contains(b.id()) && e.getMessage().contains(why), e.getMessage());
            }
        }
    }

    @Test
    void jdk17HasNeitherFfmNorVector() {
        Assumptions.assumeTrue(JDK < 22, "JDK " + JDK);
        assertFalse(Backends.isAvailable(Backend.FFM));
        assertFalse(Backends.isAvailable(Backend.VECTOR));
        assertTrue(Backends.unavailableReason(Backend.FFM).contains("JDK 22"), Backends.unavailableReason(Backend.FFM));
    }

    @Test
    void nativeOffMeansJavaOnly() {
        Assumptions.assumeTrue("java".equals(System.getProperty("talebian.isa")), "talebian.isa is not java");
        assertFalse(Backends.isAvailable(Backend.FFM));
        assertFalse(Backends.isAvailable(Backend.JNI));
        assertNull(Backends.bestNative());
        assertTrue(Backends.unavailableReason(Backend.JNI).contains("talebian.isa=java"));
        assertSame(JavaKernels.INSTANCE, Backends.get(Backend.AUTO));
        assertSame(JavaKernels.INSTANCE, Backends.forSize(1 << 20));
    }

    /** In the JDK 22+ runs with native on, the test classpath carries the library: FFM must be there. */
    @Test
    void ffmIsAvailableWhereItShouldBe() {
        Assumptions.assumeTrue(JDK >= 22 && RUN.startsWith("jdk22") && !RUN.equals("jdk22-java"),
                "run " + RUN + " on JDK " + JDK);
        assertTrue(Backends.isAvailable(Backend.FFM), Backends.unavailableReason(Backend.FFM));
        assertTrue(Backends.isAvailable(Backend.VECTOR), Backends.unavailableReason(Backend.VECTOR));
        assertEquals(Backend.FFM, Backends.bestNative());
    }

    @Test
    void autoSwitchesAtTheCrossover() {
        final int c = Backends.crossover();
        assertTrue(c >= 1);
        assertSame(JavaKernels.INSTANCE, Backends.forSize(0));
        assertSame(JavaKernels.INSTANCE, Backends.forSize(c - 1));
        final Backend big = Backends.forSize(c).backend();
        assertEquals(Backends.bestNative() == null ? Backend.JAVA : Backends.bestNative(), big);
        if (Backends.bestNative() != null) {
            final Kernels auto = Backends.get(Backend.AUTO);
            assertEquals(Backend.AUTO, auto.backend());
            assertSame(JavaKernels.INSTANCE, ((AutoKernels) auto).resolve(c - 1));
            assertEquals(Backends.bestNative(), ((AutoKernels) auto).resolve(c).backend());
        }
    }

    @Test
    void selfTestRejectsAWrongBackend() {
        final Kernels wrong = new Kernels() {
            @Override
            public Backend backend() {
                return Backend.JNI;
            }

            @Override
            public void windowStats(final double[] x, final int off, final int len, final WindowStats out) {
                JavaKernels.INSTANCE.windowStats(x, off, len, out);
                out.mean += 1e-6;
            }

            @Override
            public void momentsAddArray(final double[] x, final int off, final int len, final Moments acc) {
            }

            @Override
            public void tailSums(final double[] x, final int off, final int len, final double mu, final double sigma,
                                 final double k, final double d, final TailSums out) {
            }

            @Override
            public int topKDescending(final double[] x, final int off, final int len, final int k, final double[] out) {
                return 0;
            }

            @Override
            public void amplitudeEncode(final double[] z, final int len, final double[] out) {
            }

            @Override
            public double stateOverlap(final double[] a, final double[] b, final int len) {
                return 0;
            }
        };
        assertNotNull(Backends.selfTest(wrong));
        assertNull(Backends.selfTest(JavaKernels.INSTANCE));
    }
}
