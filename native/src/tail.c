/*
 * tail.c - spec 3.2/3.3 kernels: tail partial sums (dispatched), top-k selection and the Hill
 * estimator (scalar: selection is branchy and memory-bound, SIMD does not help).
 */
#include "baseline.h"

#include <math.h>
#include <stddef.h>

_Static_assert(sizeof(tlb_tail_sums_t) == 64, "tlb_tail_sums_t is 64 bytes");
_Static_assert(offsetof(tlb_tail_sums_t, left_count) == 16, "layout");
_Static_assert(offsetof(tlb_tail_sums_t, xi_minus) == 32, "layout");
_Static_assert(offsetof(tlb_tail_sums_t, reserved) == 56, "layout");

int tlb_tail_sums(const double *x, int64_t n, double mu, double sigma, double k, double d,
                  tlb_tail_sums_t *out) {
    if (out == NULL || n < 0 || (x == NULL && n > 0)) {
        return TLB_ERR_ARG;
    }
    /* Written as negations so NaN arguments are rejected too. */
    if (!(sigma > 0) || !isfinite(sigma) || !(k >= 0) || !(d >= 0)) {
        return TLB_ERR_ARG;
    }
    tlb__kernels()->tail_sums(x, n, mu, sigma, k, d, out);
    return TLB_OK;
}

/* Min-heap of h[0..m) (the smallest of the kept values at the root). */
static void tlb_sift_down(double *h, int64_t m, int64_t i) {
    double v = h[i];
    for (;;) {
        int64_t c = 2 * i + 1;
        if (c >= m) {
            break;
        }
        if (c + 1 < m && h[c + 1] < h[c]) {
            c++;
        }
        if (!(h[c] < v)) {
            break;
        }
        h[i] = h[c];
        i = c;
    }
    h[i] = v;
}

static void tlb_sift_up(double *h, int64_t i) {
    double v = h[i];
    while (i > 0) {
        int64_t p = (i - 1) / 2;
        if (!(v < h[p])) {
            break;
        }
        h[i] = h[p];
        i = p;
    }
    h[i] = v;
}

int64_t tlb_top_k_desc(const double *x, int64_t n, int64_t k, double *out) {
    if (n < 0 || k < 0 || (x == NULL && n > 0) || (out == NULL && k > 0)) {
        return TLB_ERR_ARG;
    }
    /* out[0..m) is a min-heap of the m largest non-NaN values seen so far: O(n log k). */
    int64_t m = 0;
    for (int64_t i = 0; i < n; i++) {
        double v = x[i];
        if (v != v) {
            continue;
        }
        if (m < k) {
            out[m] = v;
            tlb_sift_up(out, m);
            m++;
        } else if (m > 0 && v > out[0]) {
            out[0] = v;
            tlb_sift_down(out, m, 0);
        }
    }
    /* Heap sort in place: moving the minimum to the end leaves out[] descending. */
    for (int64_t e = m - 1; e > 0; e--) {
        double t = out[0];
        out[0] = out[e];
        out[e] = t;
        tlb_sift_down(out, e, 0);
    }
    return m;
}

double tlb_hill_gamma(const double *desc, int64_t k) {
    if (desc == NULL || k < 1) {
        return NAN;
    }
    double u = desc[k];
    if (!(u > 0)) {
        return NAN;
    }
    double s = 0.0;
    for (int64_t i = 0; i < k; i++) {
        if (!(desc[i] > 0)) {
            return NAN;
        }
        s += log(desc[i] / u);
    }
    return s / (double)k;
}
