package io.talebian.bench;

import java.util.concurrent.TimeUnit;

import io.talebian.kernels.Kernels;
import io.talebian.kernels.WindowStats;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Window statistics (n, mean, variance, sd, skewness, excess kurtosis, min, max of one array) per
 * backend, at N = 64 .. 1048576 real BTC log returns (repeated cyclically past the file's length).
 *
 * <p>{@code impl}: {@code java} (scalar reference), {@code vector} (Vector API), {@code jni},
 * {@code ffm} (FFM, heap array passed with {@code Linker.Option.critical(true)}: no copy),
 * {@code ffmStandard} (FFM without the critical option: the array is copied to off-heap memory
 * and the call may be preempted by the GC), and the peer {@code commons}: Apache Commons Math 3.6.1
 * {@link DescriptiveStatistics} holding the same values (built once in setup), asked for the same
 * seven statistics, as a Java user would write it. Every implementation is checked against the
 * Java reference once in setup, so a wrong fast kernel cannot post a number.
 *
 * <p>Bytes per op = 8 N (the input read once; the kernels are two-pass, so the traffic is twice
 * that, cache-resident up to N = 1048576 = 8 MiB, within this machine's L3). The result-table
 * generator prints GB/s = 8 N / (ns/op) beside {@link ReadBandwidthBench} at the same bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {BenchJvm.NATIVE_ACCESS, BenchJvm.ADD_MODULES, BenchJvm.VECTOR_MODULE,
        BenchJvm.ADD_EXPORTS, BenchJvm.AGRONA_EXPORT, BenchJvm.HEAP_MIN, BenchJvm.HEAP_MAX})
public class StatsKernelsBench {

    @Param({"64", "1024", "65536", "1048576"})
    public int n;

    @Param({"commons", "java", "vector", "jni", "ffm", "ffmStandard"})
    public String impl;

    private double[] x;
    private Kernels kernels;
    private DescriptiveStatistics commons;
    private final WindowStats out = new WindowStats();

    @Setup(Level.Trial)
    public void setUp() {
        x = MarketStream.load("btc").returnsCyclic(n);
        if ("commons".equals(impl)) {
            commons = new DescriptiveStatistics(x);
            KernelChoice.checkCommons(commons, x);
        } else {
            kernels = KernelChoice.kernels(impl);
            KernelChoice.checkAgainstReference(kernels, impl, x);
        }
    }

    @Benchmark
    public void windowStats(final Blackhole bh) {
        if (kernels != null) {
            kernels.windowStats(x, 0, n, out);
            bh.consume(out.mean);
            bh.consume(out.sd);
            bh.consume(out.skewness);
            bh.consume(out.kurtosis);
            bh.consume(out.min);
            bh.consume(out.max);
        } else {
            final DescriptiveStatistics d = commons;
            bh.consume(d.getN());
            bh.consume(d.getMean());
            bh.consume(d.getVariance());
            bh.consume(d.getStandardDeviation());
            bh.consume(d.getSkewness());
            bh.consume(d.getKurtosis());
            bh.consume(d.getMin());
            bh.consume(d.getMax());
        }
    }
}
