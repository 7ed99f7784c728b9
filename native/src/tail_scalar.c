/* tail_scalar.c - scalar tier of tlb_tail_sums (see tail_simd.inc for the vector tiers). */
#include "baseline.h"

void tlb__tail_sums_scalar(const double *x, int64_t n, double mu, double sigma, double k, double d,
                           tlb_tail_sums_t *out) {
    double c = -k * sigma, sm = sigma - d, sp = sigma + d;
    tlb_tail_acc acc = {0, 0, 0, 0, 0, 0, 0};
    for (int64_t i = 0; i < n; i++) {
        tlb__tail_step(&acc, x[i], mu, sigma, k, c, sm, sp);
    }
    out->left_sum = acc.left_sum;
    out->right_sum = acc.right_sum;
    out->left_count = acc.left_count;
    out->right_count = acc.right_count;
    out->xi_minus = acc.xi_minus;
    out->xi_mid = acc.xi_mid;
    out->xi_plus = acc.xi_plus;
    out->reserved = 0.0;
}
