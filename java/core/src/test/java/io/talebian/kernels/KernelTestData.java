package io.talebian.kernels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Inputs for the backend-agreement tests: random windows at every length 0..70 (every SIMD tail
 * of every vector width), 1000 and 65537, plus adversarial ones (NaN, infinities, denormals,
 * a huge mean, constant data, mixed magnitudes, heavy tails). Each window sits at offset 3 of a
 * larger array padded with values that would change every result if a kernel read them.
 */
final class KernelTestData {

    /** A named window x[off, off+len). */
    static final class Case {
        final String name;
        final double[] x;
        final int off;
        final int len;

        Case(final String name, final double[] window) {
            this.name = name + " (n=" + window.length + ")";
            this.off = 3;
            this.len = window.length;
            this.x = new double[window.length + 6];
            Arrays.fill(x, 1e300);
            System.arraycopy(window, 0, x, off, window.length);
        }

        double maxAbs() {
            double m = 0;
            for (int i = off; i < off + len; i++) {
                if (Double.isFinite(x[i])) {
                    m = Math.max(m, Math.abs(x[i]));
                }
            }
            return m;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private KernelTestData() {
    }

    static double[] normal(final SplittableRandom r, final int n, final double mean, final double sd) {
        final double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            // Box-Muller
            final double u = 1.0 - r.nextDouble();
            final double v = r.nextDouble();
            x[i] = mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        }
        return x;
    }

    /** Random windows at every length 0..70 and at 1000 and 65537. */
    static List<Case> random() {
        final SplittableRandom r = new SplittableRandom(20261124);
        final List<Case> cases = new ArrayList<>();
        for (int n = 0; n <= 70; n++) {
            cases.add(new Case("normal(0.001, 0.02)", normal(r, n, 0.001, 0.02)));
        }
        cases.add(new Case("normal(5, 3)", normal(r, 1000, 5, 3)));
        cases.add(new Case("normal(-0.0005, 0.013)", normal(r, 65537, -0.0005, 0.013)));
        return cases;
    }

    /** Adversarial windows. */
    static List<Case> adversarial() {
        final SplittableRandom r = new SplittableRandom(42);
        final List<Case> cases = new ArrayList<>();
        for (int n : new int[] {1, 2, 3, 7, 8, 9, 16, 17, 33, 1000}) {
            final double[] nanFirst = normal(r, n, 0, 1);
            nanFirst[0] = Double.NaN;
            cases.add(new Case("NaN first", nanFirst));
            final double[] nanLast = normal(r, n, 0, 1);
            nanLast[n - 1] = Double.NaN;
            cases.add(new Case("NaN last", nanLast));
            final double[] inf = normal(r, n, 0, 1);
            inf[n / 2] = Double.POSITIVE_INFINITY;
            cases.add(new Case("+inf", inf));
            if (n >= 2) {
                final double[] both = normal(r, n, 0, 1);
                both[0] = Double.NEGATIVE_INFINITY;
                both[n - 1] = Double.POSITIVE_INFINITY;
                cases.add(new Case("-inf and +inf", both));
            }
            final double[] denormal = new double[n];
            for (int i = 0; i < n; i++) {
                denormal[i] = Double.MIN_VALUE * (1 + r.nextInt(1000)) * (r.nextBoolean() ? 1 : -1);
            }
            cases.add(new Case("denormals", denormal));
            cases.add(new Case("huge mean 1e9", normal(r, n, 1e9, 1e-3)));
            cases.add(new Case("huge mean 1e15", normal(r, n, 1e15, 1)));
            final double[] c1 = new double[n];
            Arrays.fill(c1, 0.1);
            cases.add(new Case("constant 0.1", c1));
            final double[] c2 = new double[n];
            Arrays.fill(c2, -1e300);
            cases.add(new Case("constant -1e300", c2));
            final double[] overflow = new double[n];
            for (int i = 0; i < n; i++) {
                overflow[i] = (i % 2 == 0 ? 1.5e308 : 1.7e308);
            }
            cases.add(new Case("sum overflows", overflow));
            final double[] mixed = new double[n];
            for (int i = 0; i < n; i++) {
                mixed[i] = Math.pow(10, r.nextInt(-150, 150)) * (r.nextBoolean() ? 1 : -1);
            }
            cases.add(new Case("mixed magnitudes 1e-150..1e150", mixed));
            final double[] huge = normal(r, n, 0, 1e200);
            cases.add(new Case("huge spread 1e200 (d^4 overflows unscaled)", huge));
            final double[] cauchy = new double[n];
            for (int i = 0; i < n; i++) {
                cauchy[i] = Math.tan(Math.PI * (r.nextDouble() - 0.5));
            }
            cases.add(new Case("cauchy", cauchy));
            final double[] zeros = new double[n];
            for (int i = 0; i < n; i++) {
                zeros[i] = r.nextBoolean() ? 0.0 : -0.0;
            }
            cases.add(new Case("signed zeros", zeros));
        }
        return cases;
    }

    static List<Case> all() {
        final List<Case> all = new ArrayList<>(random());
        all.addAll(adversarial());
        return all;
    }
}
