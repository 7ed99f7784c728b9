package io.talebian.bench;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;

import io.talebian.kernels.Kernels;
import io.talebian.kernels.WindowStats;
import io.talebian.nativelib.NativeLibrary;
import io.talebian.nativelib.TalebianJni;
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

/**
 * The fixed cost of crossing into C, per bridge:
 * <ul>
 *   <li>{@code windowStatsN1}: the library's own {@code windowStats} on one value through each
 *       backend ({@code java} for scale, {@code jni}, {@code ffm} = critical, {@code ffmStandard});
 *       what a caller of the {@link Kernels} API pays beyond the maths;</li>
 *   <li>{@code activeIsa}: the emptiest exported function, {@code int tlb_active_isa(void)}: JNI
 *       ({@code TalebianJni.activeIsa}), and raw FFM downcall handles built here with and without
 *       {@code Linker.Option.critical(false)} (no heap arrays, so critical(false) is the variant
 *       that applies): the bare transition cost.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {BenchJvm.NATIVE_ACCESS, BenchJvm.ADD_MODULES, BenchJvm.VECTOR_MODULE,
        BenchJvm.ADD_EXPORTS, BenchJvm.AGRONA_EXPORT, BenchJvm.HEAP_MIN, BenchJvm.HEAP_MAX})
public class CallOverheadBench {

    @Param({"java", "jni", "ffm", "ffmStandard"})
    public String impl;

    private final double[] one = {0.001};
    private final WindowStats out = new WindowStats();
    private Kernels kernels;
    /** 0 java, 1 jni, 2 ffm critical, 3 ffm standard: an int, so the dispatch costs nothing. */
    private int mode;

    @Setup(Level.Trial)
    public void setUp() {
        kernels = KernelChoice.kernels(impl);
        KernelChoice.checkAgainstReference(kernels, impl, one);
        mode = switch (impl) {
            case "jni" -> 1;
            case "ffm" -> 2;
            case "ffmStandard" -> 3;
            default -> 0;
        };
        if (mode == 2 && (int) invoke(Handles.CRITICAL) != TalebianJni.activeIsa()
                || mode == 3 && (int) invoke(Handles.STANDARD) != TalebianJni.activeIsa()) {
            throw new IllegalStateException("FFM and JNI disagree on tlb_active_isa");
        }
    }

    private static int invoke(final MethodHandle h) {
        try {
            return (int) h.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** static final handles (constants to the JIT), built on first use after the library loads. */
    private static final class Handles {
        static final MethodHandle CRITICAL = handle(true);
        static final MethodHandle STANDARD = handle(false);

        private static MethodHandle handle(final boolean critical) {
            if (!NativeLibrary.ensureLoaded()) {
                throw new IllegalStateException("native library not loaded: " + NativeLibrary.status());
            }
            final MemorySegment symbol = SymbolLookup.loaderLookup().find("tlb_active_isa")
                    .orElseThrow(() -> new IllegalStateException("tlb_active_isa not found by loaderLookup"));
            final FunctionDescriptor fd = FunctionDescriptor.of(ValueLayout.JAVA_INT);
            return critical
                    ? Linker.nativeLinker().downcallHandle(symbol, fd, Linker.Option.critical(false))
                    : Linker.nativeLinker().downcallHandle(symbol, fd);
        }
    }

    @Benchmark
    public double windowStatsN1() {
        kernels.windowStats(one, 0, 1, out);
        return out.mean;
    }

    @Benchmark
    public int activeIsa() throws Throwable {
        switch (mode) {
            case 1:
                return TalebianJni.activeIsa();
            case 2:
                return (int) Handles.CRITICAL.invokeExact();
            case 3:
                return (int) Handles.STANDARD.invokeExact();
            default:
                return 0; // java: nothing to cross; the empty-benchmark baseline
        }
    }
}
