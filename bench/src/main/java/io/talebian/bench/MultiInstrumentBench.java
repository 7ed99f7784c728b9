package io.talebian.bench;

import java.util.concurrent.TimeUnit;

import io.talebian.engine.Assessment;
import io.talebian.engine.BadTickException;
import io.talebian.engine.MultiInstrumentEngine;
import io.talebian.engine.RiskConfig;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Many-instrument throughput through {@link MultiInstrumentEngine#assessBatch}: {@code instruments}
 * engines (window 1024, each replaying the BTC stream from its own offset), one batch =
 * {@code ticksPerInstrument} ticks of every instrument, interleaved as a feed would deliver them,
 * assessed on {@code threads} worker threads (1 or 2: parallel across instruments, never inside a
 * tick). Ticks per second = batches/s x instruments x ticksPerInstrument (the table shows it).
 * The batch's ticks are refilled from the replays before each call (included in the time: a few
 * ns per tick). This machine has 2 cores shared with other work: the 2-thread speed-up is a lower
 * bound.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {BenchJvm.NATIVE_ACCESS, BenchJvm.ADD_MODULES, BenchJvm.VECTOR_MODULE,
        BenchJvm.ADD_EXPORTS, BenchJvm.AGRONA_EXPORT, BenchJvm.HEAP_MIN, BenchJvm.HEAP_MAX})
public class MultiInstrumentBench {

    @Param({"1", "2"})
    public int threads;

    @Param({"16"})
    public int instruments;

    @Param({"64"})
    public int ticksPerInstrument;

    @Param({"1024"})
    public int window;

    private MultiInstrumentEngine multi;
    private TickReplay[] replays;
    private int[] instrumentOf;
    private Tick[] ticks;
    private Assessment[] out;
    private BadTickException[] errors;
    private int count;

    @Setup(Level.Trial)
    public void setUp() {
        final RiskConfig config = EngineFixture.config(window, "auto");
        final MarketStream s = MarketStream.load("btc");
        multi = new MultiInstrumentEngine(config, threads);
        replays = new TickReplay[instruments];
        for (int i = 0; i < instruments; i++) {
            final int idx = multi.addInstrument("I" + i);
            replays[i] = new TickReplay(s, i * (s.size() / instruments));
            EngineFixture.warm(multi.engine(idx), replays[i], window);
        }
        count = instruments * ticksPerInstrument;
        instrumentOf = new int[count];
        ticks = new Tick[count];
        out = new Assessment[count];
        errors = new BadTickException[count];
        for (int j = 0; j < count; j++) {
            instrumentOf[j] = j % instruments; // interleaved: I0, I1, ..., I15, I0, ...
            ticks[j] = new Tick();
            out[j] = new Assessment(config.maxReferenceStates());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        multi.close();
    }

    @Benchmark
    public int assessBatch() {
        for (int j = 0; j < count; j++) {
            replays[instrumentOf[j]].next(ticks[j]);
        }
        final int rejected = multi.assessBatch(instrumentOf, ticks, count, out, errors);
        if (rejected != 0) {
            throw new IllegalStateException(rejected + " ticks rejected: " + firstError());
        }
        return rejected;
    }

    private BadTickException firstError() {
        for (BadTickException e : errors) {
            if (e != null) {
                return e;
            }
        }
        return null;
    }
}
