package io.talebian.kernels;

/**
 * {@link Backend#AUTO}: runs {@code small} (the Java reference) for inputs shorter than the
 * crossover, where a downcall costs more than it saves, and {@code large} (the best native
 * backend) from there on. One int comparison per call; both delegates agree within the
 * {@link Kernels} tolerance, so the switch is invisible to callers.
 */
final class AutoKernels implements Kernels {

    private final Kernels small;
    private final Kernels large;
    private final int crossover;

    AutoKernels(final Kernels small, final Kernels large, final int crossover) {
        this.small = small;
        this.large = large;
        this.crossover = crossover;
    }

    /** The backend that runs an input of length {@code n}. */
    Kernels resolve(final int n) {
        return n < crossover ? small : large;
    }

    @Override
    public Backend backend() {
        return Backend.AUTO;
    }

    @Override
    public void windowStats(final double[] x, final int off, final int len, final WindowStats out) {
        resolve(len).windowStats(x, off, len, out);
    }

    @Override
    public void momentsAddArray(final double[] x, final int off, final int len, final Moments acc) {
        resolve(len).momentsAddArray(x, off, len, acc);
    }

    @Override
    public void tailSums(final double[] x, final int off, final int len, final double mu, final double sigma,
                         final double k, final double d, final TailSums out) {
        resolve(len).tailSums(x, off, len, mu, sigma, k, d, out);
    }

    @Override
    public int topKDescending(final double[] x, final int off, final int len, final int k, final double[] out) {
        return resolve(len).topKDescending(x, off, len, k, out);
    }

    @Override
    public void amplitudeEncode(final double[] z, final int len, final double[] out) {
        resolve(len).amplitudeEncode(z, len, out);
    }

    @Override
    public double stateOverlap(final double[] a, final double[] b, final int len) {
        return resolve(len).stateOverlap(a, b, len);
    }

    @Override
    public String toString() {
        return "AutoKernels{java below n=" + crossover + ", " + large.backend().id() + " from there}";
    }
}
