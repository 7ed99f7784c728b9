/*
 * stats.c - tlb_window_stats: two-pass moments of a window (NIST StRD accurate).
 *
 * Pass 1 (SIMD): sum, min, max. mean0 = sum / n.
 * Pass 2 (SIMD): S1..S4 = sums of d^1..d^4 with d = x - mean0.
 * Correction: delta = S1 / n (the error of mean0), mean = mean0 + delta and the sums are moved
 * to the corrected mean (corrected two-pass algorithm, Chan, Golub & LeVeque 1983):
 *   M2 = S2 - n delta^2, M3 = S3 - 3 delta S2 + 2 n delta^3,
 *   M4 = S4 - 4 delta S3 + 6 delta^2 S2 - 3 n delta^4.
 * The centred sums are taken on d scaled by a power of two (see tlb__block_moments), so
 * denormal and huge data keep their sd, skewness and kurtosis.
 * A NaN anywhere makes every double NaN; a non-finite pass-1 sum without NaN (overflow or
 * +inf and -inf together) recomputes the mean as sum(x_i / n), identically for every tier.
 */
#include "baseline.h"

#include <math.h>
#include <stddef.h>

_Static_assert(sizeof(tlb_stats_t) == 80, "tlb_stats_t is 80 bytes");
_Static_assert(offsetof(tlb_stats_t, mean) == 8, "layout");
_Static_assert(offsetof(tlb_stats_t, min) == 48, "layout");
_Static_assert(offsetof(tlb_stats_t, m2) == 64, "layout");
_Static_assert(offsetof(tlb_stats_t, reserved) == 72, "layout");

static void tlb_stats_all_nan(int64_t n, tlb_stats_t *out) {
    double q = NAN;
    out->n = n;
    out->mean = q;
    out->variance = q;
    out->sd = q;
    out->skewness = q;
    out->kurtosis = q;
    out->min = q;
    out->max = q;
    out->m2 = q;
    out->reserved = 0.0;
}

int tlb__block_moments(const tlb_kernels *k, const double *x, int64_t n, tlb_block *b) {
    double sum, lo, hi;
    double dn = (double)n;
    k->stats_pass1(x, n, &sum, &lo, &hi);
    double mean0;
    if (isfinite(sum)) {
        mean0 = sum / dn;
    } else {
        /* Rare path: NaN present, or overflow / +inf and -inf. Plain loop, same for all tiers. */
        mean0 = 0.0;
        for (int64_t i = 0; i < n; i++) {
            if (isnan(x[i])) {
                return 1;
            }
            mean0 += x[i] / dn;
        }
    }
    /* Power-of-two scale putting max |x - mean0| in [0.5, 1): exact, and keeps d^4 away from
     * underflow (denormal data) and overflow (huge data). */
    double spread = hi - mean0 > mean0 - lo ? hi - mean0 : mean0 - lo;
    int e = 0;
    if (spread > 0 && isfinite(spread)) {
        frexp(spread, &e);
        e = e < -1000 ? -1000 : (e > 1000 ? 1000 : e);
    }
    double s[4];
    k->stats_pass2(x, n, mean0, ldexp(1.0, -e), s);
    double delta = s[0] / dn; /* scaled error of mean0 */
    double d2 = delta * delta;
    b->mean = isfinite(mean0) ? mean0 + ldexp(delta, e) : mean0; /* +-inf data: mean +-inf */
    double c2 = s[1] - dn * d2;
    b->ms2 = c2 < 0 ? 0.0 : c2;
    b->ms3 = s[2] - 3.0 * delta * s[1] + 2.0 * dn * d2 * delta;
    double c4 = s[3] - 4.0 * delta * s[2] + 6.0 * d2 * s[1] - 3.0 * dn * d2 * d2;
    b->ms4 = c4 < 0 ? 0.0 : c4;
    b->e = e;
    b->min = lo;
    b->max = hi;
    return 0;
}

int tlb_window_stats(const double *x, int64_t n, tlb_stats_t *out) {
    if (out == NULL || n < 0 || (x == NULL && n > 0)) {
        return TLB_ERR_ARG;
    }
    if (n == 0) {
        tlb_stats_all_nan(0, out);
        return TLB_OK;
    }
    tlb_block b;
    if (tlb__block_moments(tlb__kernels(), x, n, &b)) {
        tlb_stats_all_nan(n, out);
        return TLB_OK;
    }
    double dn = (double)n;
    out->n = n;
    out->mean = b.mean;
    out->min = b.min;
    out->max = b.max;
    out->m2 = ldexp(b.ms2, 2 * b.e);
    out->reserved = 0.0;
    if (n < 2) {
        out->variance = NAN;
        out->sd = NAN;
        out->skewness = NAN;
        out->kurtosis = NAN;
        return TLB_OK;
    }
    double vs = b.ms2 / (dn - 1.0); /* scaled variance */
    out->variance = ldexp(vs, 2 * b.e);
    out->sd = ldexp(sqrt(vs), b.e);
    if (b.ms2 == 0.0 || b.ms2 != b.ms2) {
        out->skewness = NAN;
        out->kurtosis = NAN;
    } else {
        double c2 = b.ms2 / dn; /* moment ratios are scale-free: use the scaled sums */
        out->skewness = (b.ms3 / dn) / (c2 * sqrt(c2));
        out->kurtosis = (b.ms4 / dn) / (c2 * c2) - 3.0;
    }
    return TLB_OK;
}
