package io.talebian.bench;

import java.util.Arrays;

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
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds=" + rounds + " must be >= 1");
        }
        final TickTimer timer = new TickTimer(window, kernels, stream);
        final long[] times = new long[rounds * TICKS_PER_ROUND];
        final int[] classOf = new int[rounds * TICKS_PER_ROUND];
        // two rounds discarded (overwritten below): the engine is compiled before the counted ones
        timer.time(TICKS_PER_ROUND, times, classOf, 0);
        timer.time(TICKS_PER_ROUND, times, classOf, 0);
        for (int r = 0; r < rounds; r++) {
            timer.time(TICKS_PER_ROUND, times, classOf, r * TICKS_PER_ROUND);
        }
        final long total = (long) rounds * TICKS_PER_ROUND;
        final String[] sign = {"-", "0", "+"};
        System.out.printf("leaving entering  share    p50    p90 (ns; window %d, %s, %s, %d rounds of %d ticks)%n", window,
                kernels, stream, rounds, TICKS_PER_ROUND);
        for (int c = 0; c < TickTimer.CLASSES; c++) {
            final long[] x = TickTimer.sortedTimesOf(c, times, classOf, times.length);
            if (x.length == 0) {
                continue;
            }
            System.out.printf("   %s       %s     %5.1f%% %6d %6d%n", sign[c / 3], sign[c % 3], 100.0 * x.length / total,
                    x[x.length / 2], x[x.length * 9 / 10]);
        }
    }
}
