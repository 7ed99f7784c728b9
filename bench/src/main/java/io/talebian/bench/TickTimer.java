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
    /** Tick classes: (sign of the leaving return + 1) * 3 + (sign of the entering return + 1). */
    public static final int CLASSES = 9;

    private final RiskEngine engine;
    private final TickReplay replay;
    private final Tick tick = new Tick();
    private final Assessment out;
    /** Sign (-1, 0, +1) of each return in the window, a ring with the oldest at {@code pos}. */
    private final int[] signs;
    private int pos;
    private double previousPrice;
    private long[] times = new long[0];
    private int[] classOf = new int[0];

    /** The default preset at {@code window} on {@code kernels} ({@code auto} or a backend name), warmed up. */
    public TickTimer(final int window, final String kernels, final String stream) {
        engine = new RiskEngine(EngineFixture.config(window, kernels));
        replay = new TickReplay(MarketStream.load(stream), 0);
        EngineFixture.warm(engine, replay, window);
        out = new Assessment(engine.config().maxReferenceStates());
        signs = new int[window];
        previousPrice = Double.NaN;
        // one more window of ticks, so that the sign of every return in the window is known
        for (int i = 0; i <= window; i++) {
            engine.assess(replay.next(tick), out);
            if (previousPrice == previousPrice) {
                signs[pos] = Integer.signum(Double.compare(tick.price, previousPrice));
                pos = pos + 1 == window ? 0 : pos + 1;
            }
            previousPrice = tick.price;
        }
    }

    /**
     * Times the next {@code n} ticks into {@code times[at, at + n)} (ns, each including one
     * nanoTime pair) and their tick classes into {@code classOf[at, at + n)}; returns the sum of
     * the times.
     */
    public long time(final int n, final long[] times, final int[] classOf, final int at) {
        long sum = 0;
        for (int i = at; i < at + n; i++) {
            replay.next(tick);
            final int entering = Integer.signum(Double.compare(tick.price, previousPrice));
            final long a = System.nanoTime();
            engine.assess(tick, out);
            final long b = System.nanoTime();
            times[i] = b - a;
            sum += b - a;
            classOf[i] = (signs[pos] + 1) * 3 + entering + 1;
            signs[pos] = entering;
            pos = pos + 1 == signs.length ? 0 : pos + 1;
            previousPrice = tick.price;
        }
        return sum;
    }

    /** The times of class {@code c} among {@code times[0, n)}, sorted (empty when none). */
    public static long[] sortedTimesOf(final int c, final long[] times, final int[] classOf, final int n) {
        final long[] x = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (classOf[i] == c) {
                x[m++] = times[i];
            }
        }
        final long[] sorted = Arrays.copyOf(x, m);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * Times the next {@code n} ticks; returns {p50, p90, p99, mean} in ns (each including one
     * nanoTime pair), then for each of the {@link #CLASSES} tick classes its p50 and its share of
     * the ticks (NaN p50 for an empty class).
     */
    public double[] run(final int n) {
        if (times.length != n) {
            times = new long[n];
            classOf = new int[n];
        }
        final long sum = time(n, times, classOf, 0);
        final double[] r = new double[4 + 2 * CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            final long[] x = sortedTimesOf(c, times, classOf, n);
            r[4 + 2 * c] = x.length == 0 ? Double.NaN : x[x.length / 2];
            r[5 + 2 * c] = (double) x.length / n;
        }
        Arrays.sort(times);
        r[0] = times[n / 2];
        r[1] = times[n * 9 / 10];
        r[2] = times[n * 99 / 100];
        r[3] = (double) sum / n;
        return r;
    }
}
