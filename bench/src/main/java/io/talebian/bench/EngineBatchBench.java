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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The original design's batch throughput benchmark: one operation assesses {@code batch}
 * consecutive ticks (10, 100, 1000) of the real stream on one engine (window 1024, steady state).
 * Assessments per second = batches/s x batch (the result-table generator prints both); run with
 * {@code -prof gc}, B/op / batch is the allocation per tick.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {BenchJvm.NATIVE_ACCESS, BenchJvm.ADD_MODULES, BenchJvm.VECTOR_MODULE,
        BenchJvm.ADD_EXPORTS, BenchJvm.AGRONA_EXPORT, BenchJvm.HEAP_MIN, BenchJvm.HEAP_MAX})
public class EngineBatchBench {

    @Param({"10", "100", "1000"})
    public int batch;

    @Param({"1024"})
    public int window;

    @Param({"btc"})
    public String stream;

    @Param({"auto"})
    public String kernels;

    /** The engine's tail-sums mode: {@code sorted} (default) or {@code kernel} (an O(W) kernel pass per tick). */
    @Param({"sorted"})
    public String tailSums;

    private RiskEngine engine;
    private TickReplay replay;
    private final Tick tick = new Tick();
    private Assessment out;

    @Setup(Level.Trial)
    public void setUp() {
        engine = new RiskEngine(EngineFixture.config(window, kernels, tailSums));
        replay = new TickReplay(MarketStream.load(stream), 0);
        EngineFixture.warm(engine, replay, window);
        out = new Assessment(engine.config().maxReferenceStates());
    }

    @Benchmark
    public void assessBatch(final Blackhole bh) {
        final RiskEngine e = engine;
        final TickReplay r = replay;
        final Tick t = tick;
        final Assessment a = out;
        for (int i = 0; i < batch; i++) {
            e.assess(r.next(t), a);
        }
        bh.consume(a.recommendedPositionSize());
    }
}
