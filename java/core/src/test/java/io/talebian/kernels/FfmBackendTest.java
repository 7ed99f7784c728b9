package io.talebian.kernels;

import static io.talebian.kernels.KernelAsserts.assertStats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The FFM backend's own promises, reached by name (this source compiles for Java 17): both
 * downcall modes agree with the reference, the {@code MemorySegment} overloads (off-heap and heap)
 * agree and refuse segments too short for {@code n}, and a steady-state call allocates nothing.
 * Skipped where FFM is unavailable.
 */
class FfmBackendTest {

    private Class<?> ffm;

    @BeforeEach
    void needFfm() throws ClassNotFoundException {
        Assumptions.assumeTrue(Backends.isAvailable(Backend.FFM), () -> "ffm: " + Backends.unavailableReason(Backend.FFM));
        ffm = Class.forName(Backends.FFM_CLASS);
    }

    private Kernels mode(final String factory) throws ReflectiveOperationException {
        return (Kernels) ffm.getMethod(factory).invoke(null);
    }

    @Test
    void criticalAndStandardDowncallsAgreeWithTheReference() throws ReflectiveOperationException {
        for (String m : new String[] {"critical", "standard", "adaptive"}) {
            final Kernels k = mode(m);
            for (KernelTestData.Case c : KernelTestData.all()) {
                final WindowStats want = new WindowStats();
                final WindowStats got = new WindowStats();
                JavaKernels.INSTANCE.windowStats(c.x, c.off, c.len, want);
                k.windowStats(c.x, c.off, c.len, got);
                assertStats(m + " " + c, want, got, c.maxAbs());
            }
            final double[] x = KernelTestData.normal(new java.util.SplittableRandom(5), 300, 0, 1);
            final double[] a = new double[10];
            final double[] b = new double[10];
            assertEquals(JavaKernels.INSTANCE.topKDescending(x, 1, 299, 10, a), k.topKDescending(x, 1, 299, 10, b));
            org.junit.jupiter.api.Assertions.assertArrayEquals(a, b, m);
            final TailSums tw = new TailSums();
            final TailSums tg = new TailSums();
            JavaKernels.INSTANCE.tailSums(x, 0, 300, 0, 1, 1.5, 0.1, tw);
            k.tailSums(x, 0, 300, 0, 1, 1.5, 0.1, tg);
            assertEquals(tw.leftCount, tg.leftCount, m);
            assertEquals(tw.xiMid, tg.xiMid, 1e-9 * Math.abs(tw.xiMid), m);
            final double[] e = new double[300];
            k.amplitudeEncode(x, 300, e);
            assertEquals(1.0, JavaKernels.INSTANCE.stateOverlap(e, e, 300), 1e-5, m);
            assertEquals(JavaKernels.INSTANCE.stateOverlap(e, x, 300), k.stateOverlap(e, x, 300),
                    1e-9 * JavaKernels.INSTANCE.stateOverlap(e, x, 300), m);
            final Moments mw = new Moments();
            final Moments mg = new Moments();
            JavaKernels.INSTANCE.momentsAddArray(x, 0, 300, mw);
            k.momentsAddArray(x, 0, 300, mg);
            assertEquals(mw.m2, mg.m2, 1e-9 * mw.m2, m);
        }
    }

    @Test
    void badRangesThrowInsteadOfReadingPastTheArray() throws ReflectiveOperationException {
        for (String m : new String[] {"critical", "standard"}) {
            final Kernels k = mode(m);
            assertThrows(IndexOutOfBoundsException.class, () -> k.windowStats(new double[4], 2, 3, new WindowStats()));
            assertThrows(IndexOutOfBoundsException.class, () -> k.topKDescending(new double[4], 0, 4, 4, new double[2]));
        }
    }

    /** Segments built by reflection (java.lang.foreign is not in the Java 17 API). */
    @Test
    void segmentOverloadsAgreeAndCheckTheirLength() throws Throwable {
        final Class<?> segment = Class.forName("java.lang.foreign.MemorySegment");
        final Class<?> arenaClass = Class.forName("java.lang.foreign.Arena");
        final Method allocate = Class.forName("java.lang.foreign.SegmentAllocator")
                .getMethod("allocate", long.class, long.class);
        final Method ofArray = segment.getMethod("ofArray", double[].class);
        final Method copy = segment.getMethod("copy", segment, long.class, segment, long.class, long.class);
        final Method ws = ffm.getMethod("windowStats", segment, long.class, WindowStats.class);
        final Object k = Backends.get(Backend.FFM);
        final Class<?> facade = Class.forName("io.talebian.stats.SegmentStatistics");
        final Object auto = facade.getMethod("of", Backend.class).invoke(null, Backend.AUTO);
        final Object onJava = facade.getMethod("of", Backend.class).invoke(null, Backend.JAVA);
        final Method compute = facade.getMethod("compute", segment, long.class, WindowStats.class);
        try (AutoCloseable arena = (AutoCloseable) arenaClass.getMethod("ofConfined").invoke(null)) {
            for (KernelTestData.Case c : KernelTestData.random()) {
                final double[] w = java.util.Arrays.copyOfRange(c.x, c.off, c.off + c.len);
                final Object heap = ofArray.invoke(null, (Object) w);
                final Object off = allocate.invoke(arena, (long) w.length * 8 + 8, 8L);
                copy.invoke(null, heap, 0L, off, 8L, (long) w.length * 8);
                final Object unaligned = segment.getMethod("asSlice", long.class).invoke(off, 8L);
                final WindowStats want = new WindowStats();
                JavaKernels.INSTANCE.windowStats(w, 0, w.length, want);
                for (Object seg : new Object[] {heap, unaligned}) {
                    final WindowStats got = new WindowStats();
                    ws.invoke(k, seg, (long) w.length, got);
                    assertStats("ffm segment " + c, want, got, c.maxAbs());
                    compute.invoke(auto, seg, (long) w.length, got);
                    assertStats("SegmentStatistics auto " + c, want, got, c.maxAbs());
                    compute.invoke(onJava, seg, (long) w.length, got);
                    assertStats("SegmentStatistics java " + c, want, got, c.maxAbs());
                }
                final InvocationTargetException e = assertThrows(InvocationTargetException.class,
                        () -> ws.invoke(k, heap, (long) w.length + 1, new WindowStats()));
                assertTrue(e.getCause() instanceof IndexOutOfBoundsException, String.valueOf(e.getCause()));
                final InvocationTargetException e2 = assertThrows(InvocationTargetException.class,
                        () -> compute.invoke(onJava, heap, (long) w.length + 1, new WindowStats()));
                assertTrue(e2.getCause().getMessage().contains("n=" + (w.length + 1)), e2.getCause().getMessage());
            }
        }
    }

    /**
     * A steady-state call on a reused array allocates nothing: results go through the per-thread
     * native scratch, the array's segments (whole and per offset) are cached per thread, and the
     * standard mode copies into a reused native buffer. Measured with
     * {@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes} over 20000 calls after warm-up.
     */
    @Test
    void steadyStateCallsDoNotAllocate() throws ReflectiveOperationException {
        final java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no allocation counter");
        final com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        final double[] x = KernelTestData.normal(new java.util.SplittableRandom(1), 64, 0, 1);
        final WindowStats out = new WindowStats();
        for (String m : new String[] {"critical", "standard", "adaptive"}) {
            final Kernels k = mode(m);
            assertEquals(0, bytesPerCall(mx, k, x, out, 0), m + ": bytes allocated per windowStats call, off=0");
            assertEquals(0, bytesPerCall(mx, k, x, out, 7), m + ": bytes allocated per windowStats call, off 0..7");
        }
    }

    private static long bytesPerCall(final com.sun.management.ThreadMXBean mx, final Kernels k, final double[] x,
                                     final WindowStats out, final int offMask) {
        final long tid = Thread.currentThread().getId();
        double sink = 0;
        long perCall = Long.MAX_VALUE;
        for (int round = 0; round < 10 && perCall > 0; round++) { // until compiled
            sink += loop(k, x, out, 20_000, offMask);
            final long before = mx.getThreadAllocatedBytes(tid);
            sink += loop(k, x, out, 20_000, offMask);
            perCall = (mx.getThreadAllocatedBytes(tid) - before) / 20_000;
        }
        assertTrue(sink != 0);
        return perCall;
    }

    private static double loop(final Kernels k, final double[] x, final WindowStats out, final int n,
                               final int offMask) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            k.windowStats(x, i & offMask, 56, out);
            s += out.mean;
        }
        return s;
    }
}
