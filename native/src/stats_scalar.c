/* stats_scalar.c - scalar tier of the window-statistics passes (see stats.c). */
#include "baseline.h"

void tlb__stats_pass1_scalar(const double *x, int64_t n, double *sum, double *mn, double *mx) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    double lo = x[0], hi = x[0];
    int64_t i = 0;
    for (; i + 4 <= n; i += 4) {
        s0 += x[i];
        s1 += x[i + 1];
        s2 += x[i + 2];
        s3 += x[i + 3];
        for (int j = 0; j < 4; j++) {
            double v = x[i + j];
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
        }
    }
    for (; i < n; i++) {
        double v = x[i];
        s0 += v;
        lo = v < lo ? v : lo;
        hi = v > hi ? v : hi;
    }
    *sum = (s0 + s1) + (s2 + s3);
    *mn = lo;
    *mx = hi;
}

void tlb__stats_pass2_scalar(const double *x, int64_t n, double mean, double scale, double s[4]) {
    double a1 = 0, a2 = 0, a3 = 0, a4 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0;
    int64_t i = 0;
    for (; i + 2 <= n; i += 2) {
        double d = (x[i] - mean) * scale, e = (x[i + 1] - mean) * scale;
        double d2 = d * d, e2 = e * e;
        a1 += d;
        a2 += d2;
        a3 += d2 * d;
        a4 += d2 * d2;
        b1 += e;
        b2 += e2;
        b3 += e2 * e;
        b4 += e2 * e2;
    }
    if (i < n) {
        double d = (x[i] - mean) * scale, d2 = d * d;
        a1 += d;
        a2 += d2;
        a3 += d2 * d;
        a4 += d2 * d2;
    }
    s[0] = a1 + b1;
    s[1] = a2 + b2;
    s[2] = a3 + b3;
    s[3] = a4 + b4;
}
