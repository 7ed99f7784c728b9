package io.talebian.analytics;

import io.talebian.kernels.Backend;
import io.talebian.kernels.Backends;
import io.talebian.kernels.Kernels;
import io.talebian.kernels.WindowStats;

/**
 * The moments of spec section 2 over a whole series: n, mean, sample sd (n-1), skewness
 * g1 = m3/m2^1.5 and excess kurtosis g2 = m4/m2^2 - 3 (central moments divided by n), min, max,
 * and the kernel backend that computed them. NaN where undefined (n &lt; 2, or zero variance for
 * g1 and g2).
 */
public record SeriesMoments(long n, double mean, double sd, double variance, double skewness,
                            double excessKurtosis, double min, double max, String backend) {

    /**
     * Computes the moments of {@code x} with the two-pass window-statistics kernel of the given
     * backend (NIST StRD accurate). {@link #backend()} names the concrete backend that ran
     * (what AUTO resolved to for this length).
     */
    public static SeriesMoments of(final double[] x, final Kernels kernels) {
        final String used = kernels.backend() == Backend.AUTO
                ? Backends.forSize(x.length).backend().id() : kernels.backend().id();
        if (x.length == 0) {
            return new SeriesMoments(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, used);
        }
        final WindowStats ws = new WindowStats();
        kernels.windowStats(x, 0, x.length, ws);
        return new SeriesMoments(ws.n, ws.mean, ws.sd, ws.variance, ws.skewness, ws.kurtosis, ws.min, ws.max, used);
    }
}
