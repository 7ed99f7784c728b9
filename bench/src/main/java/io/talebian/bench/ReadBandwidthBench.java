package io.talebian.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The machine's read bandwidth as a Java program sees it: one pass summing a {@code long[]} (heap)
 * or an off-heap segment, at the byte sizes of the statistics kernels' inputs (N doubles x 8 bytes
 * for N = 64, 1024, 65536, 1048576) and at 256 MiB, well past the last-level cache (main memory).
 *
 * <p>GB/s = bytes / (ns/op) is computed by the result-table generator, which prints it beside
 * the kernels' GB/s for the same bytes: a kernel near the probe is memory- (or cache-) bound;
 * far under it, compute-bound. Eight independent accumulators keep the adds off the critical
 * path (C2 may also vectorise the loop; either way it is what a Java reader reaches).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {BenchJvm.NATIVE_ACCESS, BenchJvm.ADD_MODULES, BenchJvm.VECTOR_MODULE,
        BenchJvm.ADD_EXPORTS, BenchJvm.AGRONA_EXPORT, BenchJvm.HEAP_MIN, BenchJvm.HEAP_MAX})
public class ReadBandwidthBench {

    /** Bytes read per operation: 64, 1024, 65536, 1048576 doubles, and 256 MiB. */
    @Param({"512", "8192", "524288", "8388608", "268435456"})
    public long bytes;

    private long[] heap;
    private Arena arena;
    private MemorySegment offHeap;
    private long longs;

    @Setup(Level.Trial)
    public void setUp() {
        longs = bytes / 8;
        heap = new long[(int) longs];
        arena = Arena.ofConfined();
        offHeap = arena.allocate(bytes, 64);
        for (int i = 0; i < longs; i++) {
            heap[i] = i * 0x9E3779B97F4A7C15L;
            offHeap.setAtIndex(ValueLayout.JAVA_LONG, i, heap[i]);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public long heapLongSum() {
        final long[] a = heap;
        long s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int i = 0;
        for (final int end = a.length - 7; i < end; i += 8) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
            s4 += a[i + 4];
            s5 += a[i + 5];
            s6 += a[i + 6];
            s7 += a[i + 7];
        }
        for (; i < a.length; i++) {
            s0 += a[i];
        }
        return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
    }

    @Benchmark
    public long offHeapLongSum() {
        final MemorySegment m = offHeap;
        final int n = (int) longs; // an int-indexed loop: C2 treats it as a counted loop and hoists the checks
        long s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int i = 0;
        for (final int end = n - 7; i < end; i += 8) {
            final long o = (long) i << 3;
            s0 += m.get(ValueLayout.JAVA_LONG, o);
            s1 += m.get(ValueLayout.JAVA_LONG, o + 8);
            s2 += m.get(ValueLayout.JAVA_LONG, o + 16);
            s3 += m.get(ValueLayout.JAVA_LONG, o + 24);
            s4 += m.get(ValueLayout.JAVA_LONG, o + 32);
            s5 += m.get(ValueLayout.JAVA_LONG, o + 40);
            s6 += m.get(ValueLayout.JAVA_LONG, o + 48);
            s7 += m.get(ValueLayout.JAVA_LONG, o + 56);
        }
        for (; i < n; i++) {
            s0 += m.get(ValueLayout.JAVA_LONG, (long) i << 3);
        }
        return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
    }
}
