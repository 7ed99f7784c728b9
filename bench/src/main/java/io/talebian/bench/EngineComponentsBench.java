package io.talebian.bench;

import java.util.concurrent.TimeUnit;

import io.talebian.engine.Assessment;
import io.talebian.engine.EngineStages;
import io.talebian.engine.RiskConfig;
import io.talebian.engine.RiskEngine;
import io.talebian.engine.Tick;
import io.talebian.kernels.Backends;
import io.talebian.kernels.Kernels;
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
 * Per-tick cost of the engine by component, so the slowest part is visible: each benchmark runs
 * one component's per-tick work ({@link EngineStages}, which mirrors {@code RiskEngine.assess})
 * on the real BTC stream at the engine's window, in steady state, next to the full
 * {@code RiskEngine.assess} ({@code full}: the default configuration; {@code fullKernelTails}: with
 * {@code tail_sums=kernel}; {@code fullWithRegimes}: with 4 reference states registered, so the
 * regime encoding runs).
 *
 * <ul>
 *   <li>{@code ring}: push into the return ring (the floor; every window stage includes it);</li>
 *   <li>{@code sortedWindow}: + the sorted window's replace (order statistics: median, MAD, Hill);</li>
 *   <li>{@code sortedWindowAndMad}: + the MAD query;</li>
 *   <li>{@code moments}: streaming moments with the periodic two-pass re-anchor (kernel);</li>
 *   <li>{@code blackSwan}: EWMA, ln-loss window and Hill tail estimate, update + assessment;</li>
 *   <li>{@code whale}: volume ratio, Kyle lambda, Amihud, order-flow imbalance;</li>
 *   <li>{@code tailSumsSorted}: {@code sortedWindow} + the tail-vega / fragility sums (spec 3.2)
 *       read off the sorted window, the engine's default;</li>
 *   <li>{@code tailSumsKernel}: the same sums by one O(W) {@code Kernels.tailSums} pass
 *       ({@code tail_sums=kernel});</li>
 *   <li>{@code regime}: the amplitude encoding of the last 2^num_qubits returns + 4 overlaps
 *       (skipped by the engine when no reference state is registered, the default);</li>
 *   <li>{@code history}: the copy of the assessment into the history ring.</li>
 * </ul>
 * {@code kernels}: {@code auto} = the engine's own backend choice for the window; {@code java} =
 * the scalar Java kernels, to see what the native kernels save.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {BenchJvm.NATIVE_ACCESS, BenchJvm.ADD_MODULES, BenchJvm.VECTOR_MODULE,
        BenchJvm.ADD_EXPORTS, BenchJvm.AGRONA_EXPORT, BenchJvm.HEAP_MIN, BenchJvm.HEAP_MAX})
public class EngineComponentsBench {

    static final int STATES = 4;

    @Param({"1024"})
    public int window;

    @Param({"auto", "java"})
    public String kernels;

    private RiskEngine engine;
    private RiskEngine engineKernelTails;
    private RiskEngine engineWithRegimes;
    private EngineStages stages;
    private Kernels k;
    private TickReplay replay;
    private final Tick tick = new Tick();
    private Assessment out;
    private double prevPrice;
    private double robustScale;

    // regime stage
    private int q;
    private double[] z;
    private double[] amplitudes;
    private double[][] states;

    @Setup(Level.Trial)
    public void setUp() {
        final RiskConfig config = EngineFixture.config(window, kernels);
        final MarketStream s = MarketStream.load("btc");
        engine = new RiskEngine(config);
        EngineFixture.warm(engine, new TickReplay(s, 0), window);
        engineKernelTails = new RiskEngine(EngineFixture.config(window, kernels, "kernel"));
        EngineFixture.warm(engineKernelTails, new TickReplay(s, 0), window);
        engineWithRegimes = new RiskEngine(config);
        EngineFixture.warm(engineWithRegimes, new TickReplay(s, 0), window);
        EngineFixture.registerStates(engineWithRegimes, STATES);
        out = new Assessment(config.maxReferenceStates());

        k = engine.kernels();
        stages = new EngineStages(config, k);
        replay = new TickReplay(s, 0);
        boolean first = true;
        for (int i = 0; i < 2 * window + 1_000 || !stages.isFull(); i++) {
            final Tick t = replay.next(tick);
            final double r = first ? Double.NaN : Math.log(t.price / prevPrice);
            stages.feed(t, first, prevPrice, r);
            prevPrice = t.price;
            first = false;
        }
        robustScale = stages.robustScale();

        q = config.amplitudes();
        z = new double[q];
        amplitudes = new double[q];
        states = new double[STATES][q];
        final double[] last = new double[q];
        stages.lastReturns(last, q);
        for (int i = 0; i < STATES; i++) {
            for (int j = 0; j < q; j++) {
                states[i][j] = Math.tanh(last[(j + i) % q] / stages.sd()) / Math.sqrt(q);
            }
        }
    }

    /** Next tick of the replay; returns its log return and leaves the tick in {@link #tick}. */
    private double nextReturn() {
        final double p0 = prevPrice;
        final Tick t = replay.next(tick);
        prevPrice = t.price;
        return Math.log(t.price / p0);
    }

    @Benchmark
    public Assessment full() {
        return engine.assess(replay.next(tick), out);
    }

    @Benchmark
    public Assessment fullKernelTails() {
        return engineKernelTails.assess(replay.next(tick), out);
    }

    @Benchmark
    public Assessment fullWithRegimes() {
        return engineWithRegimes.assess(replay.next(tick), out);
    }

    @Benchmark
    public double ring() {
        return stages.ring(nextReturn());
    }

    @Benchmark
    public double sortedWindow() {
        return stages.sortedWindow(nextReturn());
    }

    @Benchmark
    public double sortedWindowAndMad() {
        return stages.sortedWindowAndMad(nextReturn());
    }

    @Benchmark
    public double moments() {
        return stages.moments(nextReturn());
    }

    @Benchmark
    public double blackSwan() {
        return stages.blackSwan(nextReturn(), robustScale);
    }

    @Benchmark
    public double whale() {
        final double p0 = prevPrice;
        final double r = nextReturn();
        return stages.whale(tick, p0, r);
    }

    @Benchmark
    public double tailSumsKernel() {
        return stages.tailSumsKernel(nextReturn());
    }

    @Benchmark
    public double tailSumsSorted() {
        return stages.tailSumsSorted(nextReturn());
    }

    /** As {@code RiskEngine.regime}: standardise the last Q returns, encode (tanh + L2), 4 overlaps. */
    @Benchmark
    public double regime() {
        stages.regimeInput(nextReturn(), z, q);
        k.amplitudeEncode(z, q, amplitudes);
        double max = 0.0;
        for (int i = 0; i < STATES; i++) {
            max = Math.max(max, k.stateOverlap(amplitudes, states[i], q));
        }
        return max;
    }

    @Benchmark
    public Assessment history() {
        return stages.history();
    }

    /** Keeps Backends referenced so the registry's log line appears once per fork, before timing. */
    static {
        Backends.available();
    }
}
