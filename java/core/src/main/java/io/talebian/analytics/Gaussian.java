package io.talebian.analytics;

/**
 * The standard normal distribution in double precision, without dependencies.
 *
 * <p>{@link #cdf} and {@link #upperTail} are the power series of Phi near 0 (|y| &lt; 1/2), Hart's
 * (1968) algorithm 5666 as given by West (2005), "Better approximations to cumulative normal
 * functions", and Laplace's continued fraction in the far tail: relative error below 1e-12 over
 * the real line. {@link #quantile}
 * starts from Acklam's rational approximation (relative error 1.15e-9) and takes one Halley
 * step against {@link #cdf}, which brings it to near machine precision.
 */
public final class Gaussian {
    private static final double SQRT_2PI = 2.5066282746310002;

    private Gaussian() {
    }

    /** Density phi(x). */
    public static double pdf(final double x) {
        return Math.exp(-0.5 * x * x) / SQRT_2PI;
    }

    /** Phi(x) = P(Z &lt;= x) = {@link #upperTail}(-x). */
    public static double cdf(final double x) {
        return upperTail(-x);
    }

    /**
     * P(Z &gt; y) = Phi(-y), accurate in the far tail (spec 3.3's Gaussian comparison needs it out
     * to y ~ 38): for |y| &lt; 1/2 the power series of Phi (relative error ~1e-16, no exp: the swan
     * level of a trade stream is a small fraction of sigma_c, and this sits on the tick's longest
     * dependency chain), Hart's rational approximation below 4, where its relative error is under 3e-13,
     * and Laplace's continued fraction (10 to 24 terms) from 4 on, where Hart's 5-term fraction
     * would be off by up to 1e-8. Relative error under 1e-12 over the whole range (tested against
     * Commons Math's erfc); NaN gives NaN; underflows to 0 past y ~ 38.5. No allocation.
     */
    public static double upperTail(final double y) {
        if (y != y) {
            return Double.NaN;
        }
        final double x = Math.abs(y);
        if (x < SERIES_LIMIT) {
            return 0.5 - y * centralSeries(y * y);
        }
        final double c;
        if (x > 40.0) {
            c = 0.0;
        } else {
            final double e = Math.exp(-0.5 * x * x);
            if (x < 4.0) {
                double num = 3.52624965998911E-02 * x + 0.700383064443688;
                num = num * x + 6.37396220353165;
                num = num * x + 33.912866078383;
                num = num * x + 112.079291497871;
                num = num * x + 221.213596169931;
                num = num * x + 220.206867912376;
                double den = 8.83883476483184E-02 * x + 1.75566716318264;
                den = den * x + 16.064177579207;
                den = den * x + 86.7807322029461;
                den = den * x + 296.564248779674;
                den = den * x + 637.333633378831;
                den = den * x + 793.826512519948;
                den = den * x + 440.413735824752;
                c = e * num / den;
            } else {
                // Laplace's continued fraction phi(x)/(x + 1/(x + 2/(x + 3/(x + ...)))), evaluated
                // backwards; the terms needed for ~1e-13 shrink as x grows
                final int terms = x < 5.0 ? 24 : x < 7.0 ? 16 : 10;
                double b = x;
                for (int k = terms; k >= 1; k--) {
                    b = x + k / b;
                }
                c = e / b / SQRT_2PI;
            }
        }
        return y >= 0 ? c : 1.0 - c;
    }

    /** Below this |y| the tail is 1/2 minus the odd power series of Phi(y) - 1/2 (no exp, no division). */
    static final double SERIES_LIMIT = 0.5;

    // c_n / sqrt(2 pi) with c_n = (-1)^n / (n! (2n+1) 2^n): Phi(y) - 1/2 = y * sum c_n y^(2n) / sqrt(2 pi)
    private static final double S0 = 0.3989422804014327;
    private static final double S1 = -0.06649038006690544;
    private static final double S2 = 0.009973557010035817;
    private static final double S3 = -0.0011873282154804543;
    private static final double S4 = 1.1543468761615529e-4;
    private static final double S5 = -9.444656259503615e-6;
    private static final double S6 = 6.659693516316651e-7;
    private static final double S7 = -4.122667414862689e-8;
    private static final double S8 = 2.2735298243728065e-9;
    private static final double S9 = -1.1301171641619213e-10;
    private static final double S10 = 5.1124347902563106e-12;

    /**
     * (Phi(y) - 1/2)/y as a polynomial in z = y^2, for z &lt; 1/4: the first omitted term is below
     * 1e-19 there, so the error is the rounding of the evaluation (a few 1e-17). Evaluated in
     * Estrin's scheme (pairs, then powers of z): a chain of five multiply-adds instead of ten,
     * because the swan's Gaussian comparison sits at the end of the tick's longest dependency chain
     * (a trade stream's swan level is a small fraction of sigma_c).
     */
    private static double centralSeries(final double z) {
        final double z2 = z * z;
        final double z4 = z2 * z2;
        final double z8 = z4 * z4;
        final double p01 = S0 + S1 * z;
        final double p23 = S2 + S3 * z;
        final double p45 = S4 + S5 * z;
        final double p67 = S6 + S7 * z;
        final double p89 = S8 + S9 * z;
        final double p03 = p01 + p23 * z2;
        final double p47 = p45 + p67 * z2;
        final double p810 = p89 + S10 * z2;
        return (p03 + p47 * z4) + p810 * z8;
    }

    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};

    /** Phi^-1(p) for 0 &lt; p &lt; 1; -inf at 0, +inf at 1, NaN outside [0, 1]. */
    public static double quantile(final double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            return Double.NaN;
        }
        if (p == 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        final double pLow = 0.02425;
        double x;
        if (p < pLow) {
            final double q = Math.sqrt(-2.0 * Math.log(p));
            x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0);
        } else if (p <= 1.0 - pLow) {
            final double q = p - 0.5;
            final double r = q * q;
            x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                    / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0);
        } else {
            final double q = Math.sqrt(-2.0 * Math.log1p(-p));
            x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0);
        }
        // One Halley step on the accurate cdf; e = Phi(x) - p, in the upper tail from upper probabilities.
        final double e = x > 0 ? (1.0 - p) - cdf(-x) : cdf(x) - p;
        final double u = e * SQRT_2PI * Math.exp(0.5 * x * x);
        x = x - u / (1.0 + 0.5 * x * u);
        return x;
    }
}
