package io.talebian.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Compares the per-tick time of two builds of the engine in one JVM: each benchmark jar gets its
 * own class loader (with this module's {@link TickTimer} defined in it, so jars built before the
 * timer existed work too), and rounds of ticks alternate between the two, in alternating order.
 * On a noisy VM two separate JVMs of one build differ by a few percent; interleaving in one JVM
 * removes the machine's drift from the ratio. A diagnostic, not a benchmark (see bench/ab.sh).
 *
 * <p>Arguments: {@code OLD.jar NEW.jar [rounds=16] [ticks per round=500000] [window=1024]
 * [kernels=java] [stream=btc]}. Prints p50/p90/p99/mean of both, the p50 of each tick class (the signs of
 * the leaving and the entering return, as {@link TickClasses}) and the ratios NEW/OLD.
 */
public final class InterleavedAB {
    private InterleavedAB() {
    }

    public static void main(final String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: InterleavedAB OLD.jar NEW.jar [rounds] [ticks per round] [window] [kernels] [stream]");
            System.exit(2);
        }
        final int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        final int ticks = args.length > 3 ? Integer.parseInt(args[3]) : 500_000;
        final int window = args.length > 4 ? Integer.parseInt(args[4]) : 1024;
        final String kernels = args.length > 5 ? args[5] : "java";
        final String stream = args.length > 6 ? args[6] : "btc";
        final byte[] timerClass = ownClassBytes();
        final Object[] timers = new Object[2];
        final Method[] run = new Method[2];
        for (int j = 0; j < 2; j++) {
            final Path jar = Path.of(args[j]);
            final ClassLoader loader = new TimerLoader(jar.toUri().toURL(), timerClass);
            final Class<?> c = loader.loadClass(TickTimer.class.getName());
            timers[j] = c.getConstructor(int.class, String.class, String.class).newInstance(window, kernels, stream);
            run[j] = c.getMethod("run", int.class);
        }
        for (int w = 0; w < 6; w++) {
            for (int j = 0; j < 2; j++) {
                run[j].invoke(timers[j], ticks);
            }
        }
        final double[][] sum = new double[2][4 + 2 * TickTimer.CLASSES];
        for (int r = 0; r < rounds; r++) {
            for (int jj = 0; jj < 2; jj++) {
                final int j = (r & 1) == 0 ? jj : 1 - jj;
                final double[] x = (double[]) run[j].invoke(timers[j], ticks);
                for (int k = 0; k < x.length && k < sum[j].length; k++) {
                    sum[j][k] += x[k];
                }
            }
        }
        final String[] names = {"old", "new"};
        for (int j = 0; j < 2; j++) {
            System.out.printf("%s p50 %.1f p90 %.1f p99 %.1f mean %.1f ns (%s)%n", names[j], sum[j][0] / rounds,
                    sum[j][1] / rounds, sum[j][2] / rounds, sum[j][3] / rounds, args[j]);
        }
        // per tick class (signs of the leaving and entering return): the mean over rounds of each round's p50
        final String[] sign = {"-", "0", "+"};
        System.out.println("class  share  old p50  new p50  new/old");
        for (int c = 0; c < TickTimer.CLASSES; c++) {
            final double o = sum[0][4 + 2 * c] / rounds;
            final double nw = sum[1][4 + 2 * c] / rounds;
            System.out.printf(" %s %s  %5.1f%%  %7.1f  %7.1f  %7.3f%n", sign[c / 3], sign[c % 3],
                    100.0 * sum[0][5 + 2 * c] / rounds, o, nw, nw / o);
        }
        System.out.printf("new/old p50 %.3f p90 %.3f p99 %.3f mean %.3f (%d rounds of %d ticks, window %d, %s, %s)%n",
                sum[1][0] / sum[0][0], sum[1][1] / sum[0][1], sum[1][2] / sum[0][2], sum[1][3] / sum[0][3],
                rounds, ticks, window, kernels, stream);
    }

    private static byte[] ownClassBytes() throws IOException {
        final String name = TickTimer.class.getName().replace('.', '/') + ".class";
        try (InputStream in = InterleavedAB.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("cannot read " + name);
            }
            return in.readAllBytes();
        }
    }

    /** The jar under test, with {@link TickTimer} defined from this module's bytes (the jar's own copy, if any, is ignored). */
    private static final class TimerLoader extends URLClassLoader {
        private final byte[] timer;

        TimerLoader(final URL jar, final byte[] timer) {
            super(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
            this.timer = timer;
        }

        @Override
        protected Class<?> loadClass(final String name, final boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.equals(TickTimer.class.getName())) {
                    Class<?> c = findLoadedClass(name);
                    if (c == null) {
                        c = defineClass(name, timer, 0, timer.length);
                    }
                    return c;
                }
                return super.loadClass(name, resolve);
            }
        }
    }
}
