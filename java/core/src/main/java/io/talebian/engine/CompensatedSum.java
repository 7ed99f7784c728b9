package io.talebian.engine;

/**
 * A running sum with Neumaier's compensation, for sliding windows that add and subtract: the
 * error stays near eps * |sum| instead of growing with the magnitudes that came and went (a
 * window whose large values have left would otherwise keep their rounding error). Not thread-safe.
 */
final class CompensatedSum {
    private double sum;
    private double comp;

    void add(final double x) {
        final double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            comp += (sum - t) + x;
        } else {
            comp += (x - t) + sum;
        }
        sum = t;
    }

    double value() {
        return sum + comp;
    }

    void set(final double v) {
        sum = v;
        comp = 0.0;
    }

    double rawSum() {
        return sum;
    }

    double rawComp() {
        return comp;
    }

    void setRaw(final double s, final double c) {
        sum = s;
        comp = c;
    }
}
