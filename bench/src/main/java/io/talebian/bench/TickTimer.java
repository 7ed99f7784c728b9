package io.talebian.bench;

import java.util.Arrays;

import io.talebian.engine.Assessment;
import io.talebian.engine.RiskEngine;
import io.talebian.engine.Tick;

/**
 * One engine on a replayed stream, timed tick by tick with {@link System#nanoTime} (a diagnostic
 * for comparing builds and tick classes, not a benchmark: JMH in this module makes the claims).
 * {@link InterleavedAB} loads this class once per build under test; it only uses API that every
 * build of the engine has.
 */
public final class TickTimer {
    private final RiskEngine engine;
    private final TickReplay replay;
    private final Tick tick = new Tick();
    private final Assessment out;
    private long[] times = new long[0];

    /** The default preset at {@code window} on {@code kernels} ({@code auto} or a backend name), warmed up. */
    public TickTimer(final int window, final String kernels, final String stream) {
        engine = new RiskEngine(EngineFixture.config(window, kernels));
        replay = new TickReplay(MarketStream.load(stream), 0);
        EngineFixture.warm(engine, replay, window);
        out = new Assessment(engine.config().maxReferenceStates());
    }

    /** Times the next {@code n} ticks; returns {p50, p90, p99, mean} in ns (each including one nanoTime pair). */
    public double[] run(final int n) {
        if (times.length != n) {
            times = new long[n];
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            final long a = System.nanoTime();
            engine.assess(replay.next(tick), out);
            final long b = System.nanoTime();
            times[i] = b - a;
            sum += b - a;
        }
        Arrays.sort(times);
        return new double[] {times[n / 2], times[n * 9 / 10], times[n * 99 / 100], (double) sum / n};
    }
}
