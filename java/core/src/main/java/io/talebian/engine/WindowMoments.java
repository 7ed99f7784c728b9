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
        if (removeOld) {
            m.remove(old);
        }
        m.add(x);
        drift2 += EPS8 * Math.max(m2Before, m.m2);
        drift4 += EPS8 * Math.max(m4Before, m.m4);
        if (++updatesSinceAnchor >= period || drift2 > DRIFT_BUDGET * m.m2 || drift4 > DRIFT_BUDGET * m.m4) {
            reanchor(buf, off, len, kernels);
        }
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

    /** Sample standard deviation (n-1); NaN when n &lt; 2. */
    double sd() {
        return m.n < 2 ? Double.NaN : Math.sqrt(m.m2 / (m.n - 1));
    }

    double skewness() {
        return m.n < 2 || m.m2 == 0.0 ? Double.NaN : Math.sqrt((double) m.n) * m.m3 / (m.m2 * Math.sqrt(m.m2));
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
