package io.talebian.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@inheritDoc}
 *
 * <p>The Java Vector API ({@code jdk.incubator.vector}, {@link DoubleVector#SPECIES_PREFERRED})
 * version of window statistics, tail sums, amplitude encoding and state overlap; incremental
 * moments and top-k delegate to {@link JavaKernels}. The same algorithm as the scalar
 * reference (and {@code native/src/stats.c}: power-of-two scaled, corrected two-pass), with
 * lane-parallel sums, so results differ from it only by summation order. Opt-in: needs
 * {@code --add-modules jdk.incubator.vector}. Stateless and thread-safe.
 */
public final class VectorKernels implements Kernels {

    /** The one instance. */
    public static final VectorKernels INSTANCE = new VectorKernels();

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    public VectorKernels() {
        // public for lookups by name; INSTANCE is preferred
    }

    @Override
    public Backend backend() {
        return Backend.VECTOR;
    }

    @Override
    public void windowStats(final double[] x, final int off, final int len, final WindowStats out) {
        if (len == 0) {
            JavaKernels.INSTANCE.windowStats(x, off, len, out);
            return;
        }
        final int end = off + len;
        final int upper = off + S.loopBound(len);
        DoubleVector vs = DoubleVector.zero(S);
        DoubleVector vlo = DoubleVector.broadcast(S, x[off]);
        DoubleVector vhi = vlo;
        int i = off;
        for (; i < upper; i += S.length()) {
            final DoubleVector v = DoubleVector.fromArray(S, x, i);
            vs = vs.add(v);
            vlo = vlo.min(v);
            vhi = vhi.max(v);
        }
        double sum = vs.reduceLanes(VectorOperators.ADD);
        double min = vlo.reduceLanes(VectorOperators.MIN);
        double max = vhi.reduceLanes(VectorOperators.MAX);
        for (; i < end; i++) {
            final double v = x[i];
            sum += v;
            min = v < min ? v : min;
            max = v > max ? v : max;
        }
        final double mean0 = JavaKernels.mean0(x, off, len, sum);
        if (mean0 != mean0 && JavaKernels.hasNaN(x, off, len)) {
            final double q = Double.NaN;
            out.set(len, q, q, q, q, q, q, q);
            return;
        }
        if (min == max && Double.isFinite(min)) {
            out.set(len, min, JavaKernels.variance(len, 0.0), Double.NaN, Double.NaN, min, max, 0.0);
            return;
        }
        final int e = JavaKernels.scaleExponent(mean0, min, max);
        final double scale = Math.scalb(1.0, -e);
        final DoubleVector vm = DoubleVector.broadcast(S, mean0);
        final DoubleVector vscale = DoubleVector.broadcast(S, scale);
        DoubleVector a1 = DoubleVector.zero(S);
        DoubleVector a2 = a1;
        DoubleVector a3 = a1;
        DoubleVector a4 = a1;
        i = off;
        for (; i < upper; i += S.length()) {
            final DoubleVector d = DoubleVector.fromArray(S, x, i).sub(vm).mul(vscale);
            final DoubleVector d2 = d.mul(d);
            a1 = a1.add(d);
            a2 = a2.add(d2);
            a3 = a3.add(d2.mul(d));
            a4 = a4.add(d2.mul(d2));
        }
        double s1 = a1.reduceLanes(VectorOperators.ADD);
        double s2 = a2.reduceLanes(VectorOperators.ADD);
        double s3 = a3.reduceLanes(VectorOperators.ADD);
        double s4 = a4.reduceLanes(VectorOperators.ADD);
        for (; i < end; i++) {
            final double d = (x[i] - mean0) * scale;
            final double d2 = d * d;
            s1 += d;
            s2 += d2;
            s3 += d2 * d;
            s4 += d2 * d2;
        }
        JavaKernels.finishStats(out, len, mean0, e, s1, s2, s3, s4, min, max);
    }

    /** {@inheritDoc} Delegates to {@link JavaKernels}. */
    @Override
    public void momentsAddArray(final double[] x, final int off, final int len, final Moments acc) {
        JavaKernels.INSTANCE.momentsAddArray(x, off, len, acc);
    }

    @Override
    public void tailSums(final double[] x, final int off, final int len, final double mu, final double sigma,
                         final double k, final double d, final TailSums out) {
        JavaKernels.checkTailArgs(sigma, k, d);
        final double c = -k * sigma;
        final double sm = sigma - d;
        final double sp = sigma + d;
        final DoubleVector vmu = DoubleVector.broadcast(S, mu);
        final DoubleVector vsig = DoubleVector.broadcast(S, sigma);
        final DoubleVector vc = DoubleVector.broadcast(S, c);
        final DoubleVector vsm = DoubleVector.broadcast(S, sm);
        final DoubleVector vsp = DoubleVector.broadcast(S, sp);
        final DoubleVector zero = DoubleVector.zero(S);
        DoubleVector left = zero;
        DoubleVector right = zero;
        DoubleVector xm = zero;
        DoubleVector x0 = zero;
        DoubleVector xp = zero;
        long nl = 0;
        long nr = 0;
        final int end = off + len;
        final int upper = off + S.loopBound(len);
        int i = off;
        for (; i < upper; i += S.length()) {
            final DoubleVector z = DoubleVector.fromArray(S, x, i).sub(vmu).div(vsig);
            final VectorMask<Double> lo = z.compare(VectorOperators.LT, -k);
            final VectorMask<Double> hi = z.compare(VectorOperators.GT, k);
            left = left.sub(z, lo);
            right = right.add(z, hi);
            nl += lo.trueCount();
            nr += hi.trueCount();
            xm = xm.add(positive(vc.sub(vsm.mul(z))));
            x0 = x0.add(positive(vc.sub(vsig.mul(z))));
            xp = xp.add(positive(vc.sub(vsp.mul(z))));
        }
        double l = left.reduceLanes(VectorOperators.ADD);
        double r = right.reduceLanes(VectorOperators.ADD);
        double sxm = xm.reduceLanes(VectorOperators.ADD);
        double sx0 = x0.reduceLanes(VectorOperators.ADD);
        double sxp = xp.reduceLanes(VectorOperators.ADD);
        for (; i < end; i++) {
            final double z = (x[i] - mu) / sigma;
            if (z < -k) {
                l -= z;
                nl++;
            }
            if (z > k) {
                r += z;
                nr++;
            }
            final double vm = c - sm * z;
            final double v0 = c - sigma * z;
            final double vp = c - sp * z;
            sxm += vm > 0.0 ? vm : 0.0;
            sx0 += v0 > 0.0 ? v0 : 0.0;
            sxp += vp > 0.0 ? vp : 0.0;
        }
        out.leftSum = l;
        out.rightSum = r;
        out.leftCount = nl;
        out.rightCount = nr;
        out.xiMinus = sxm;
        out.xiMid = sx0;
        out.xiPlus = sxp;
    }

    /** v where v &gt; 0, else 0 (NaN gives 0, as {@code v > 0 ? v : 0} in C). */
    private static DoubleVector positive(final DoubleVector v) {
        return DoubleVector.zero(S).blend(v, v.compare(VectorOperators.GT, 0.0));
    }

    /** {@inheritDoc} Delegates to {@link JavaKernels}. */
    @Override
    public int topKDescending(final double[] x, final int off, final int len, final int k, final double[] out) {
        return JavaKernels.INSTANCE.topKDescending(x, off, len, k, out);
    }

    /**
     * {@inheritDoc} Delegates to {@link JavaKernels}: the encoder uses the interpolated tanh table
     * (spec 3.7) shared by every backend, which has no vector form here (it needs a gather), and
     * {@code VectorOperators.TANH} would differ from the table by up to 1e-6.
     */
    @Override
    public void amplitudeEncode(final double[] z, final int len, final double[] out) {
        JavaKernels.INSTANCE.amplitudeEncode(z, len, out);
    }

    @Override
    public double stateOverlap(final double[] a, final double[] b, final int len) {
        final int upper = S.loopBound(len);
        DoubleVector acc = DoubleVector.zero(S);
        int i = 0;
        for (; i < upper; i += S.length()) {
            acc = DoubleVector.fromArray(S, a, i).fma(DoubleVector.fromArray(S, b, i), acc);
        }
        double dot = acc.reduceLanes(VectorOperators.ADD);
        for (; i < len; i++) {
            dot += a[i] * b[i];
        }
        return dot * dot;
    }
}
