package io.talebian.bench;

import java.util.Arrays;

import io.talebian.engine.Assessment;
import io.talebian.engine.RiskEngine;
import io.talebian.engine.Tick;

/**
 * Per-tick time by tick class: the sign (-, 0, +) of the return leaving the window and of the
 * one entering, on a replayed stream, timed with {@link System#nanoTime} (each sample includes
 * one nanoTime pair, ~30 ns on the development VM). Shows which kinds of tick the median falls
 * among and what each costs; a diagnostic, not a benchmark (JMH in this module makes the claims).
 *
 * <p>Arguments: {@code [rounds=3] [window=1024] [kernels=java] [stream=btc]}; a round is 1 M ticks.
 */
public final class TickClasses {
    private static final int TICKS_PER_ROUND = 1_000_000;

    private TickClasses() {
    }

    public static void main(final String[] args) {
        final int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        final int window = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
        final String kernels = args.length > 2 ? args[2] : "java";
        final String stream = args.length > 3 ? args[3] : "btc";
        final RiskEngine engine = new RiskEngine(EngineFixture.config(window, kernels));
        final TickReplay replay = new TickReplay(MarketStream.load(stream), 0);
        final Tick tick = new Tick();
        final Assessment out = new Assessment(engine.config().maxReferenceStates());
        // the sign of each return in the window, oldest first at pos (a ring of the window's size)
        final int[] signs = new int[window];
        int pos = 0;
        double prev = Double.NaN;
        for (int i = 0; i < 3 * window + 2_000_000; i++) {
            engine.assess(replay.next(tick), out);
            signs[pos] = prev == prev ? Integer.signum(Double.compare(tick.price, prev)) : 0;
            pos = pos + 1 == window ? 0 : pos + 1;
            prev = tick.price;
        }
        final long[][] times = new long[9][TICKS_PER_ROUND];
        final int[] counts = new int[9];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < TICKS_PER_ROUND; i++) {
                replay.next(tick);
                final int entering = Integer.signum(Double.compare(tick.price, prev));
                final int leaving = signs[pos];
                final long a = System.nanoTime();
                engine.assess(tick, out);
                final long b = System.nanoTime();
                signs[pos] = entering;
                pos = pos + 1 == window ? 0 : pos + 1;
                prev = tick.price;
                final int c = (leaving + 1) * 3 + entering + 1;
                if (counts[c] < TICKS_PER_ROUND) {
                    times[c][counts[c]++] = b - a;
                }
            }
        }
        long total = 0;
        for (final int c : counts) {
            total += c;
        }
        final String[] sign = {"-", "0", "+"};
        System.out.printf("leaving entering  share    p50    p90 (ns; window %d, %s, %s, %d rounds of %d ticks)%n", window,
                kernels, stream, rounds, TICKS_PER_ROUND);
        for (int c = 0; c < 9; c++) {
            if (counts[c] == 0) {
                continue;
            }
            final long[] x = Arrays.copyOf(times[c], counts[c]);
            Arrays.sort(x);
            System.out.printf("   %s       %s     %5.1f%% %6d %6d%n", sign[c / 3], sign[c % 3], 100.0 * counts[c] / total,
                    x[x.length / 2], x[x.length * 9 / 10]);
        }
    }
}
