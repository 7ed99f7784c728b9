package io.talebian.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Running bivariate moments of (dP, q) for Kyle's lambda (spec 3.1): count, means, the
 * co-moment sum of (dP - mean)(q - mean) and the sum of (q - mean)^2, with Welford's add, the
 * matching remove, and a fused replace. Not thread-safe.
 */
final class KyleMoments {
    private long n;
    private double mx;
    private double my;
    private double cxy;
    private double m2y;

    /** 1/(n - 1) and 1/n for the replace (a cache, not state). */
    private final CountConstants count = new CountConstants();

    long count() {
        return n;
    }

    /** Cov(dP, q)/Var(q); 0 when Var(q) is 0 up to the rounding of the running update, as the spec asks. */
    double lambda() {
        if (!(m2y > 1e-12 * n * my * my) || m2y <= 0.0) {
            return 0.0;
        }
        return cxy / m2y;
    }

    void clear() {
        n = 0;
        mx = my = cxy = m2y = 0.0;
    }

    void add(final double x, final double y) {
        n++;
        final double dx = x - mx;
        mx += dx / n;
        final double dy = y - my;
        my += dy / n;
        cxy += dx * (y - my);
        m2y += dy * (y - my);
    }

    void remove(final double x, final double y) {
        if (n <= 1) {
            clear();
            return;
        }
        final double nn = n;
        final double mxA = (nn * mx - x) / (nn - 1.0);
        final double myA = (nn * my - y) / (nn - 1.0);
        cxy -= (x - mxA) * (y - my);
        m2y -= (y - myA) * (y - my);
        mx = mxA;
        my = myA;
        n--;
    }

    /**
     * {@link #remove}(xo, yo) then {@link #add}(x, y) for n &gt;= 2: the same updates with the
     * divisions by n - 1 and n replaced by reciprocals cached on n (constant once the window is
     * full); rounding differences only, which the owner's periodic refresh bounds.
     */
    void replace(final double xo, final double yo, final double x, final double y) {
        final double recipNm1 = count.of(n).inverseOfPredecessor();
        final double recipNn = count.inverse();
        final double mxA = (n * mx - xo) * recipNm1;
        final double myA = (n * my - yo) * recipNm1;
        final double c = cxy - (xo - mxA) * (yo - my);
        final double m2 = m2y - (yo - myA) * (yo - my);
        final double dx = x - mxA;
        final double dy = y - myA;
        final double myNew = myA + dy * recipNn;
        mx = mxA + dx * recipNn;
        my = myNew;
        cxy = c + dx * (y - myNew);
        m2y = m2 + dy * (y - myNew);
    }

    void write(final DataOutput out) throws IOException {
        out.writeLong(n);
        out.writeDouble(mx);
        out.writeDouble(my);
        out.writeDouble(cxy);
        out.writeDouble(m2y);
    }

    void read(final DataInput in) throws IOException {
        n = in.readLong();
        mx = in.readDouble();
        my = in.readDouble();
        cxy = in.readDouble();
        m2y = in.readDouble();
    }
}
