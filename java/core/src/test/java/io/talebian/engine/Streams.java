package io.talebian.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.fail;

/** Synthetic tick streams and comparison helpers for the engine tests. */
final class Streams {
    private Streams() {
    }

    /**
     * A fat-tailed stream: GARCH-like volatility clusters, occasional jumps, lognormal volumes with
     * spikes (when {@code volume}), top-of-book quotes (when {@code quotes}).
     */
    static List<Tick> generate(final long seed, final int count, final boolean volume, final boolean quotes) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final List<Tick> out = new ArrayList<>(count);
        double price = 100.0;
        double var = 1e-4;
        double bs = 500;
        double as = 500;
        for (int i = 0; i < count; i++) {
            final double z = gaussian(rnd);
            double r = Math.sqrt(var) * z;
            if (rnd.nextDouble() < 0.01) {
                r += (rnd.nextBoolean() ? 1 : -1) * 0.05 * (1 + rnd.nextDouble());
            }
            var = 1e-6 + 0.85 * var + 0.1 * r * r;
            var = Math.min(var, 4e-3);
            price *= Math.exp(r);
            final Tick t = new Tick().set(1_000L * i, price);
            if (volume) {
                double v = Math.exp(10 + 0.5 * gaussian(rnd));
                if (rnd.nextDouble() < 0.03) {
                    v *= 3 + 5 * rnd.nextDouble();
                }
                if (rnd.nextDouble() < 0.01) {
                    v = 0;
                }
                t.volume = Math.rint(v);
            }
            if (quotes) {
                final double spread = price * 1e-4 * (1 + rnd.nextInt(3));
                final double bid = Math.rint((price - spread / 2) * 100) / 100;
                bs = Math.max(0, bs + rnd.nextInt(-100, 101));
                as = Math.max(0, as + rnd.nextInt(-100, 101));
                t.quote(bid, bs, bid + Math.max(0.01, Math.rint(spread * 100) / 100), as);
            }
            out.add(t);
        }
        return out;
    }

    static double gaussian(final SplittableRandom rnd) {
        // Box-Muller (deterministic, seedable)
        final double u1 = 1.0 - rnd.nextDouble();
        final double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    static boolean close(final double a, final double b, final double rel, final double abs) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a == b;
        }
        return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;
    }

    /** Every field of {@code got} equals {@code want} (doubles within rel/abs; others exactly). */
    static void assertMatches(final String where, final Assessment got, final Map<AssessmentField, Double> want,
                              final double rel, final double abs) {
        for (Map.Entry<AssessmentField, Double> e : want.entrySet()) {
            final AssessmentField f = e.getKey();
            final double g = got.get(f);
            final double w = e.getValue();
            if (f.kind() == AssessmentField.Kind.DOUBLE) {
                if (!close(g, w, rel, abs)) {
                    fail(where + ": " + f.id() + " = " + g + ", reference " + w);
                }
            } else if (Double.compare(w, g) != 0) {
                fail(where + ": " + f.id() + " = " + g + ", reference " + w);
            }
        }
    }

    /** Every field of two assessments agrees (doubles within rel/abs). */
    static void assertSame(final String where, final Assessment a, final Assessment b, final double rel,
                           final double abs) {
        for (AssessmentField f : AssessmentField.values()) {
            final double x = a.get(f);
            final double y = b.get(f);
            if (f.kind() == AssessmentField.Kind.DOUBLE) {
                if (!close(x, y, rel, abs)) {
                    fail(where + ": " + f.id() + " = " + x + " vs " + y);
                }
            } else if (Double.compare(x, y) != 0) {
                fail(where + ": " + f.id() + " = " + x + " vs " + y);
            }
        }
        if (a.regimeStates() != b.regimeStates()) {
            fail(where + ": regime states " + a.regimeStates() + " vs " + b.regimeStates());
        }
        for (int i = 0; i < a.regimeStates(); i++) {
            if (!close(a.regimeSimilarity(i), b.regimeSimilarity(i), rel, abs)) {
                fail(where + ": regime_similarity[" + i + "] = " + a.regimeSimilarity(i) + " vs " + b.regimeSimilarity(i));
            }
        }
    }
}
