package io.talebian.engine;

/**
 * Knuth's TwoSum: the exact rounding error of a floating-point addition, with no branch and no
 * condition on the operands' magnitudes (Neumaier's form, {@link CompensatedSum}, needs a compare
 * that is unpredictable when the two are alike). The running sums that must not keep the rounding
 * of values that came and went accumulate it beside their rounded sum.
 */
final class TwoSum {
    private TwoSum() {
    }

    /** For {@code s = a + b} (rounded): the error e with a + b = s + e exactly. */
    static double error(final double a, final double b, final double s) {
        final double bp = s - a;
        return (a - (s - bp)) + (b - bp);
    }
}
