/* encode_scalar.c - scalar tier of the encoder kernels (see encode_simd.inc). */
#include "baseline.h"

void tlb__tanh_array_scalar(const double *x, int64_t n, double *out) {
    for (int64_t i = 0; i < n; i++) {
        out[i] = tlb__tanh_eval(x[i]);
    }
}

double tlb__sum_sq_scalar(const double *x, int64_t n) {
    double a = 0, b = 0;
    int64_t i = 0;
    for (; i + 2 <= n; i += 2) {
        a += x[i] * x[i];
        b += x[i + 1] * x[i + 1];
    }
    if (i < n) {
        a += x[i] * x[i];
    }
    return a + b;
}

double tlb__dot_scalar(const double *x, const double *y, int64_t n) {
    double a = 0, b = 0;
    int64_t i = 0;
    for (; i + 2 <= n; i += 2) {
        a += x[i] * y[i];
        b += x[i + 1] * y[i + 1];
    }
    if (i < n) {
        a += x[i] * y[i];
    }
    return a + b;
}

void tlb__div_array_scalar(double *x, int64_t n, double div) {
    for (int64_t i = 0; i < n; i++) {
        x[i] = x[i] / div;
    }
}
