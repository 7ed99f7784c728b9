/*
 * encode.c - spec 3.7: tanh lookup table, amplitude encoding and state overlap.
 *
 * The table covers [0, 8] in steps of h = 1/32; on each interval tanh is replaced by the cubic
 * Hermite interpolant of its values and derivatives (1 - tanh^2) at the ends. Error bound
 * h^4/384 * max|tanh''''| ~ 1e-8, far inside the 1e-6 contract (test_encode checks it densely).
 */
#include "baseline.h"

#include <math.h>

_Alignas(64) double tlb__tanh_table[(TLB_TANH_STEPS + 1) * 4];

/* Called once, inside the library's pthread_once initialiser. */
void tlb__tanh_init(void) {
    const double h = 1.0 / TLB_TANH_SCALE;
    for (int i = 0; i < TLB_TANH_STEPS; i++) {
        double y0 = tanh(i * h), y1 = tanh((i + 1) * h);
        double d0 = h * (1.0 - y0 * y0), d1 = h * (1.0 - y1 * y1); /* derivatives in f units */
        double *c = &tlb__tanh_table[i * 4];
        c[0] = y0;
        c[1] = d0;
        c[2] = 3.0 * (y1 - y0) - 2.0 * d0 - d1;
        c[3] = 2.0 * (y0 - y1) + d0 + d1;
    }
    double *last = &tlb__tanh_table[TLB_TANH_STEPS * 4];
    last[0] = tanh(TLB_TANH_MAX);
    last[1] = last[2] = last[3] = 0.0;
}

double tlb_tanh(double x) {
    (void)tlb__kernels(); /* makes sure the table is built */
    return tlb__tanh_eval(x);
}

int tlb_tanh_array(const double *x, int64_t n, double *out) {
    if (n < 0 || (n > 0 && (x == NULL || out == NULL))) {
        return TLB_ERR_ARG;
    }
    tlb__kernels()->tanh_array(x, n, out);
    return TLB_OK;
}

int tlb_amplitude_encode(const double *z, int64_t n, double *out) {
    if (n < 0 || (n > 0 && (z == NULL || out == NULL))) {
        return TLB_ERR_ARG;
    }
    const tlb_kernels *k = tlb__kernels();
    k->tanh_array(z, n, out);
    double ss = k->sum_sq(out, n);
    double norm = sqrt(ss);
    if (ss < 0x1p-900) { /* squares may have underflowed: rescale by the largest |value| */
        double mx = 0.0;
        for (int64_t i = 0; i < n; i++) {
            double a = fabs(out[i]);
            mx = a > mx ? a : mx;
        }
        if (mx > 0.0) {
            double t = 0.0;
            for (int64_t i = 0; i < n; i++) {
                double q = out[i] / mx;
                t += q * q;
            }
            norm = mx * sqrt(t);
        }
    }
    if (norm == 0.0) {
        for (int64_t i = 0; i < n; i++) {
            out[i] = 0.0;
        }
        return TLB_OK;
    }
    k->div_array(out, n, norm); /* NaN in z: norm is NaN and so is every out */
    return TLB_OK;
}

double tlb_state_overlap(const double *a, const double *b, int64_t n) {
    if (n < 0 || (n > 0 && (a == NULL || b == NULL))) {
        return NAN;
    }
    double d = tlb__kernels()->dot(a, b, n);
    return d * d;
}
