package io.talebian.engine;

import io.talebian.kernels.Kernels;
import io.talebian.kernels.Moments;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Moments of the return window (spec section 2), O(1) per tick: Pebay add/remove on
 * {@link Moments}, re-anchored by a two-pass recomputation ({@link Kernels#momentsAddArray} on
 * the contiguous window) so that they always agree with a two-pass result to far better than
 * 1e-9 relative.
 *
 * <p>Re-anchoring happens every W updates (amortised O(1)) and earlier when a running bound of
 * the rounding error, {@code 8 eps * sum of m2 (and m4)} over the updates since the last anchor,
 * exceeds {@link #DRIFT_BUDGET} times the current m2 (or m4). The bound matters after a volatile
 * stretch leaves the window: removing large values cancels, and the error relative to the new,
 * small m4 grows with the ratio of the two scales; the budget re-anchors before it can show.
 */
final class WindowMoments {
    /** Re-anchor when the error bound exceeds this fraction of the moment (100x below 1e-9). */
    static final double DRIFT_BUDGET = 1e-11;
    private static final double EPS8 = 8 * Math.ulp(1.0);

    private final Moments m = new Moments();
    private final int period;
    private int updatesSinceAnchor;
    private double drift2;
    private double drift4;
    private long anchors;

    WindowMoments(final int period) {
        this.period = period;
    }

    Moments moments() {
        return m;
    }

    long anchors() {
        return anchors;
    }

    /**
     * Slides the window: adds {@code x}, removes {@code old} when {@code removeOld}; then
     * re-anchors on {@code buf[off, off+len)} (the window after the update) when due.
     */
    void slide(final double x, final boolean removeOld, final double old, final double[] buf, final int off,
               final int len, final Kernels kernels) {
        final double m2Before = m.m2;
        final double m4Before = m.m4;
        if (removeOld && m.n >= 2) {
            replace(old, x);
        } else {
            if (removeOld) {
                m.remove(old);
            }
            m.add(x);
        }
        drift2 += EPS8 * Math.max(m2Before, m.m2);
        drift4 += EPS8 * Math.max(m4Before, m.m4);
        if (++updatesSinceAnchor >= period || drift2 > DRIFT_BUDGET * m.m2 || drift4 > DRIFT_BUDGET * m.m4) {
            reanchor(buf, off, len, kernels);
        }
    }

    /** n the replace coefficients below were computed for (n is constant once the window is full). */
    private long coefN = -1;
    private double rn;
    private double rn2;
    private double rna;
    private double cm2;
    private double cm3;
    private double cm4;
    private double ca4;
    private double ca3;

    /**
     * {@link Moments#remove}(old) then {@link Moments#add}(x) (n &gt;= 2, n unchanged), the same
     * Pebay updates with every division by n, n - 1 and their powers replaced by a multiplication
     * by a reciprocal cached on n: no division per tick (the formulas had eight). Differs from the
     * two calls by rounding only, which the drift bound and the re-anchoring already cover.
     */
    private void replace(final double old, final double x) {
        final long n = m.n;
        if (n != coefN) {
            coefN = n;
            final double nc = n;
            final double na = nc - 1.0;
            rn = 1.0 / nc;
            rn2 = 1.0 / (nc * nc);
            rna = 1.0 / na;
            cm2 = na / nc;
            cm3 = na * (na - 1.0) / (nc * nc);
            cm4 = na * (na * na - na + 1.0) / (nc * nc * nc);
            ca4 = nc * nc - 3.0 * nc + 3.0;
            ca3 = nc - 2.0;
        }
        // remove old (n -> n - 1)
        final double meanA = (n * m.mean - old) * rna;
        final double delta = old - meanA;
        final double d2 = delta * delta;
        final double m2a = m.m2 - d2 * cm2;
        final double m3a = m.m3 - d2 * delta * cm3 + 3.0 * delta * m2a * rn;
        final double m4a = m.m4 - d2 * d2 * cm4 - 6.0 * d2 * m2a * rn2 + 4.0 * delta * m3a * rn;
        final double m2r = Math.max(m2a, 0.0);
        final double m4r = Math.max(m4a, 0.0);
        // add x (n - 1 -> n)
        final double dx = x - meanA;
        final double dn = dx * rn;
        final double dn2 = dn * dn;
        final double term1 = dx * dn * (n - 1);
        m.mean = meanA + dn;
        m.m4 = m4r + term1 * dn2 * ca4 + 6.0 * dn2 * m2r - 4.0 * dn * m3a;
        m.m3 = m3a + term1 * dn * ca3 - 3.0 * dn * m2r;
        m.m2 = m2r + term1;
        Moments.mergeMinMax(m, x, x);
    }

    /** Two-pass recomputation over {@code buf[off, off+len)}. */
    void reanchor(final double[] buf, final int off, final int len, final Kernels kernels) {
        m.reset();
        kernels.momentsAddArray(buf, off, len, m);
        updatesSinceAnchor = 0;
        drift2 = 0.0;
        drift4 = 0.0;
        anchors++;
    }

    long n() {
        return m.n;
    }

    double mean() {
        return m.n == 0 ? Double.NaN : m.mean;
    }

    // Caches of pure functions of the moments (not state): the engine asks for sd before a tick's
    // update (the swan event) and after it, and the moments do not change between one tick's
    // assessment and the next tick's event test; n is constant once the window is full.
    private long sdN = -1;
    private long sdM2Bits;
    private double sdValue;
    private final CountConstants count = new CountConstants();

    /** Sample standard deviation (n-1); NaN when n &lt; 2. */
    double sd() {
        final long n = m.n;
        if (n < 2) {
            return Double.NaN;
        }
        final long bits = Double.doubleToRawLongBits(m.m2);
        if (n != sdN || bits != sdM2Bits) {
            sdN = n;
            sdM2Bits = bits;
            sdValue = Math.sqrt(m.m2 / (n - 1));
        }
        return sdValue;
    }

    double skewness() {
        final long n = m.n;
        if (n < 2 || m.m2 == 0.0) {
            return Double.NaN;
        }
        return count.of(n).sqrt() * m.m3 / (m.m2 * Math.sqrt(m.m2));
    }

    double kurtosis() {
        return m.n < 2 || m.m2 == 0.0 ? Double.NaN : m.n * m.m4 / (m.m2 * m.m2) - 3.0;
    }

    void write(final DataOutput out) throws IOException {
        out.writeLong(m.n);
        out.writeDouble(m.mean);
        out.writeDouble(m.m2);
        out.writeDouble(m.m3);
        out.writeDouble(m.m4);
        out.writeDouble(m.min);
        out.writeDouble(m.max);
        out.writeInt(updatesSinceAnchor);
        out.writeDouble(drift2);
        out.writeDouble(drift4);
        out.writeLong(anchors);
    }

    void read(final DataInput in) throws IOException {
        m.n = in.readLong();
        m.mean = in.readDouble();
        m.m2 = in.readDouble();
        m.m3 = in.readDouble();
        m.m4 = in.readDouble();
        m.min = in.readDouble();
        m.max = in.readDouble();
        updatesSinceAnchor = in.readInt();
        drift2 = in.readDouble();
        drift4 = in.readDouble();
        anchors = in.readLong();
    }
}
