package io.talebian.bench;

/**
 * One JVM's share of {@code bench/ab.sh --jvms}: a warmed {@link TickTimer} (default preset, BTC
 * replay), four warm-up rounds, then the per-tick p50, p90, p99 and mean over four rounds of
 * {@code ticks}, printed on one line. Each JVM compiles the engine afresh, and on the development
 * VM two JVMs of one build differ by up to ~5% in p50 by what C2 made of it (the same spread
 * shows between the two class loaders of {@link InterleavedAB}); ab.sh therefore compares the
 * medians of many JVMs per build. A diagnostic: JMH in this module makes the claims.
 *
 * <p>Arguments: {@code [ticks per round=500000] [window=1024] [kernels=java] [stream=btc]}.
 */
public final class JvmRun {
    private static final int ROUNDS = 4;

    private JvmRun() {
    }

    public static void main(final String[] args) {
        final int ticks = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        final int window = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
        final String kernels = args.length > 2 ? args[2] : "java";
        final String stream = args.length > 3 ? args[3] : "btc";
        final TickTimer timer = new TickTimer(window, kernels, stream);
        for (int r = 0; r < ROUNDS; r++) {
            timer.run(ticks);
        }
        final double[] sum = new double[4];
        for (int r = 0; r < ROUNDS; r++) {
            final double[] x = timer.run(ticks);
            for (int k = 0; k < 4; k++) {
                sum[k] += x[k];
            }
        }
        System.out.printf(java.util.Locale.ROOT, "%.1f %.1f %.1f %.1f%n", sum[0] / ROUNDS, sum[1] / ROUNDS,
                sum[2] / ROUNDS, sum[3] / ROUNDS);
    }
}
