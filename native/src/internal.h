/*
 * internal.h - private declarations of the native core (never installed, never exported).
 *
 * Every tier (scalar, avx2, avx512) provides the same kernel set; dispatch.c holds a const table
 * with one row of function pointers per tier and picks a row once (CPUID + XGETBV).
 * Kernels do not validate arguments: the public wrappers (stats.c, tail.c, encode.c) do.
 */
#ifndef TALEBIAN_INTERNAL_H
#define TALEBIAN_INTERNAL_H

#include "talebian.h"

#include <math.h>
#include <stdint.h>

/* One row of the dispatch table. */
typedef struct tlb_kernels {
    int isa;
    /* Pass 1 of the window statistics: sum, min, max (n >= 1). min/max are meaningless when
     * the sum is NaN (the caller then rescans for NaN). */
    void (*stats_pass1)(const double *x, int64_t n, double *sum, double *mn, double *mx);
    /* Pass 2: s[0..3] = sum of d, d^2, d^3, d^4 with d = (x - mean) * scale (n >= 1). */
    void (*stats_pass2)(const double *x, int64_t n, double mean, double scale, double s[4]);
    /* Tail partial sums of tlb_tail_sums (arguments already checked; out zeroed by caller). */
    void (*tail_sums)(const double *x, int64_t n, double mu, double sigma, double k, double d,
                      tlb_tail_sums_t *out);
    /* out[i] = tlb_tanh(x[i]), bit-identical to the scalar tlb_tanh. out may alias x. */
    void (*tanh_array)(const double *x, int64_t n, double *out);
    double (*sum_sq)(const double *x, int64_t n);
    double (*dot)(const double *a, const double *b, int64_t n);
    /* x[i] = x[i] / div (true division, not a reciprocal multiply). */
    void (*div_array)(double *x, int64_t n, double div);
} tlb_kernels;

/* The active row; initialises the library on first use (thread-safe). Never NULL. */
const tlb_kernels *tlb__kernels(void);

/* Two-pass moments of a block (stats.c). The central sums are kept scaled by 2^-e so that
 * denormal or huge data neither underflow nor overflow: M_k = ldexp(ms[k], k * e). */
typedef struct tlb_block {
    double mean, min, max;
    double ms2, ms3, ms4; /* scaled central sums */
    int e;
} tlb_block;
/* x[0..n), n >= 1, with the given tier. Returns 1 if x holds a NaN (b unset), else 0. */
int tlb__block_moments(const tlb_kernels *k, const double *x, int64_t n, tlb_block *b);

/* Tier implementations (defined in *_scalar.c, *_avx2.c, *_avx512.c). */
#define TLB_DECLARE_TIER(sfx)                                                                      \
    void tlb__stats_pass1_##sfx(const double *x, int64_t n, double *sum, double *mn, double *mx);  \
    void tlb__stats_pass2_##sfx(const double *x, int64_t n, double mean, double scale, double s[4]); \
    void tlb__tail_sums_##sfx(const double *x, int64_t n, double mu, double sigma, double k,      \
                              double d, tlb_tail_sums_t *out);                                     \
    void tlb__tanh_array_##sfx(const double *x, int64_t n, double *out);                           \
    double tlb__sum_sq_##sfx(const double *x, int64_t n);                                          \
    double tlb__dot_##sfx(const double *a, const double *b, int64_t n);                            \
    void tlb__div_array_##sfx(double *x, int64_t n, double div);
TLB_DECLARE_TIER(scalar)
TLB_DECLARE_TIER(avx2)
TLB_DECLARE_TIER(avx512)

/* ---------------------------------------------------------------- tanh lookup table
 * tanh on [0, 8] in TLB_TANH_STEPS intervals of width 1/TLB_TANH_SCALE. Row i holds the
 * cubic Hermite polynomial of interval i in power form, c0 + f*(c1 + f*(c2 + f*c3)), f in
 * [0, 1), from the values and derivatives (1 - tanh^2) at both ends; row TLB_TANH_STEPS is the
 * constant tanh(8). Built once by tlb__tanh_init() (called from the library initialiser). */
#define TLB_TANH_SCALE 32
#define TLB_TANH_MAX 8.0
#define TLB_TANH_STEPS (8 * TLB_TANH_SCALE)
extern _Alignas(64) double tlb__tanh_table[(TLB_TANH_STEPS + 1) * 4]; /* 32-byte rows */
void tlb__tanh_init(void);

/* The one scalar evaluation, shared by every tier so all tiers agree bit for bit. */
static inline double tlb__tanh_eval(double x) {
    if (x != x) {
        return x;
    }
    double a = x < 0 ? -x : x;
    double r;
    if (a > TLB_TANH_MAX) {
        r = 1.0;
    } else {
        double t = a * (double)TLB_TANH_SCALE;
        int32_t i = (int32_t)t;
        double f = t - (double)i;
        const double *c = &tlb__tanh_table[(int64_t)i * 4];
        r = c[0] + f * (c[1] + f * (c[2] + f * c[3]));
    }
    return signbit(x) ? -r : r; /* r >= 0; -0 keeps its sign */
}

/* Scalar per-element step of the tail sums, shared by every tier's remainder loop. */
typedef struct tlb_tail_acc {
    double left_sum, right_sum, xi_minus, xi_mid, xi_plus;
    int64_t left_count, right_count;
} tlb_tail_acc;

static inline void tlb__tail_step(tlb_tail_acc *acc, double x, double mu, double sigma, double k,
                                  double c, double s_minus, double s_plus) {
    double z = (x - mu) / sigma;
    if (z < -k) {
        acc->left_sum += -z;
        acc->left_count++;
    }
    if (z > k) {
        acc->right_sum += z;
        acc->right_count++;
    }
    double vm = c - s_minus * z;
    double v0 = c - sigma * z;
    double vp = c - s_plus * z;
    acc->xi_minus += vm > 0 ? vm : 0.0;
    acc->xi_mid += v0 > 0 ? v0 : 0.0;
    acc->xi_plus += vp > 0 ? vp : 0.0;
}

#endif /* TALEBIAN_INTERNAL_H */
