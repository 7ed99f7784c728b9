package io.talebian.bench;

import java.util.concurrent.TimeUnit;

import io.talebian.engine.Assessment;
import io.talebian.engine.RiskEngine;
import io.talebian.engine.Tick;
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
 * The original design's latency and allocation benchmarks, on the real engine: one
 * {@link RiskEngine#assess(Tick, Assessment)} per operation, steady state (window full, warm-up
 * over), on a real trade stream replayed tick by tick ({@link TickReplay}).
 *
 * <ul>
 *   <li>{@code assess}: SampleTime, each call timed: mean and the p50/p90/p95/p99/p99.9 tail the
 *       targets are about (the seed's {@code risk_assessment});</li>
 *   <li>{@code assessAllocation}: the same call in AverageTime mode, run with {@code -prof gc}:
 *       bytes allocated per assessment (gc.alloc.rate.norm), the seed's {@code memory_pool_allocation}.</li>
 * </ul>
 * {@code window} 1024 is the target's size; {@code kernels} {@code auto} is the engine's own
 * backend choice (native for the O(W) tail sums when available); {@code states} reference states
 * registered for the regime similarity (0 = the default: the encoding is skipped).
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {BenchJvm.NATIVE_ACCESS, BenchJvm.ADD_MODULES, BenchJvm.VECTOR_MODULE,
        BenchJvm.ADD_EXPORTS, BenchJvm.AGRONA_EXPORT, BenchJvm.HEAP_MIN, BenchJvm.HEAP_MAX})
public class EngineLatencyBench {

    @Param({"1024"})
    public int window;

    @Param({"btc"})
    public String stream;

    @Param({"auto"})
    public String kernels;

    /** The engine's tail-sums mode: {@code sorted} (default) or {@code kernel} (an O(W) kernel pass per tick). */
    @Param({"sorted"})
    public String tailSums;

    @Param({"0"})
    public int states;

    private RiskEngine engine;
    private TickReplay replay;
    private final Tick tick = new Tick();
    private Assessment out;

    @Setup(Level.Trial)
    public void setUp() {
        engine = new RiskEngine(EngineFixture.config(window, kernels, tailSums));
        replay = new TickReplay(MarketStream.load(stream), 0);
        EngineFixture.warm(engine, replay, window);
        EngineFixture.registerStates(engine, states);
        out = new Assessment(engine.config().maxReferenceStates());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public Assessment assess() {
        return engine.assess(replay.next(tick), out);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public Assessment assessAllocation() {
        return engine.assess(replay.next(tick), out);
    }
}
