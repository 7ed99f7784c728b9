/* avx512_emu.h - portable C emulation of the AVX-512 intrinsics that simd_avx512.h uses,
 * following Intel's documented semantics lane by lane. Test-only: it lets the AVX-512 tier's
 * real code (simd_avx512.h + *_simd.inc) run on CPUs without AVX-512 (see CMakeLists.txt,
 * tests *_emu512). Never part of the shipped library. */
#ifndef TALEBIAN_AVX512_EMU_H
#define TALEBIAN_AVX512_EMU_H

#include <math.h>
#include <stdint.h>
#include <string.h>

typedef struct { double v[8]; } __m512d;
typedef struct { int64_t v[8]; } __m512i;
typedef struct { int32_t v[8]; } __m256i;
typedef uint8_t __mmask8;

#define _CMP_UNORD_Q 0x03
#define _CMP_LT_OQ 0x11
#define _CMP_GT_OQ 0x1e

#define EMU_MAP2(name, expr)                                                                       \
    static inline __m512d name(__m512d a, __m512d b) {                                             \
        __m512d r;                                                                                 \
        for (int i = 0; i < 8; i++) {                                                              \
            double x = a.v[i], y = b.v[i];                                                         \
            r.v[i] = (expr);                                                                       \
        }                                                                                          \
        return r;                                                                                  \
    }
EMU_MAP2(_mm512_add_pd, x + y)
EMU_MAP2(_mm512_sub_pd, x - y)
EMU_MAP2(_mm512_mul_pd, x * y)
EMU_MAP2(_mm512_div_pd, x / y)
/* MINPD/MAXPD: the second operand when either is NaN or both are zero. */
EMU_MAP2(_mm512_min_pd, x < y ? x : y)
EMU_MAP2(_mm512_max_pd, x > y ? x : y)

static inline uint64_t emu_bits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static inline double emu_dbl(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }
EMU_MAP2(_mm512_and_pd, emu_dbl(emu_bits(x) & emu_bits(y)))
EMU_MAP2(_mm512_or_pd, emu_dbl(emu_bits(x) | emu_bits(y)))
EMU_MAP2(_mm512_andnot_pd, emu_dbl(~emu_bits(x) & emu_bits(y)))

static inline __m512d _mm512_loadu_pd(const void *p) { __m512d r; memcpy(r.v, p, 64); return r; }
static inline void _mm512_storeu_pd(void *p, __m512d a) { memcpy(p, a.v, 64); }
static inline __m512d _mm512_set1_pd(double x) { __m512d r; for (int i = 0; i < 8; i++) r.v[i] = x; return r; }
static inline __m512d _mm512_setzero_pd(void) { return _mm512_set1_pd(0.0); }
static inline __m512d _mm512_fmadd_pd(__m512d a, __m512d b, __m512d c) {
    __m512d r;
    for (int i = 0; i < 8; i++) r.v[i] = fma(a.v[i], b.v[i], c.v[i]);
    return r;
}
static inline __mmask8 _mm512_cmp_pd_mask(__m512d a, __m512d b, int pred) {
    __mmask8 m = 0;
    for (int i = 0; i < 8; i++) {
        double x = a.v[i], y = b.v[i];
        int t = pred == _CMP_LT_OQ ? x < y : pred == _CMP_GT_OQ ? x > y : (x != x || y != y);
        m |= (__mmask8)(t << i);
    }
    return m;
}
static inline __m512d _mm512_maskz_mov_pd(__mmask8 k, __m512d a) {
    __m512d r;
    for (int i = 0; i < 8; i++) r.v[i] = (k >> i) & 1 ? a.v[i] : 0.0;
    return r;
}
static inline __m512d _mm512_mask_blend_pd(__mmask8 k, __m512d a, __m512d b) {
    __m512d r;
    for (int i = 0; i < 8; i++) r.v[i] = (k >> i) & 1 ? b.v[i] : a.v[i];
    return r;
}
static inline __m512i _mm512_setzero_si512(void) { __m512i r; memset(&r, 0, sizeof r); return r; }
static inline __m512i _mm512_set1_epi64(int64_t x) { __m512i r; for (int i = 0; i < 8; i++) r.v[i] = x; return r; }
static inline __m512i _mm512_mask_add_epi64(__m512i src, __mmask8 k, __m512i a, __m512i b) {
    __m512i r;
    for (int i = 0; i < 8; i++) r.v[i] = (k >> i) & 1 ? a.v[i] + b.v[i] : src.v[i];
    return r;
}
static inline int64_t _mm512_reduce_add_epi64(__m512i a) {
    int64_t s = 0;
    for (int i = 0; i < 8; i++) s += a.v[i];
    return s;
}
/* Reductions: halves folded as GCC's implementation does (256, 128, 64 bits). */
#define EMU_REDUCE(name, op)                                                                       \
    static inline double name(__m512d a) {                                                         \
        double t[8];                                                                               \
        memcpy(t, a.v, 64);                                                                        \
        for (int w = 4; w >= 1; w /= 2)                                                            \
            for (int i = 0; i < w; i++) {                                                          \
                double x = t[i], y = t[i + w];                                                     \
                t[i] = op;                                                                         \
            }                                                                                      \
        return t[0];                                                                               \
    }
EMU_REDUCE(_mm512_reduce_add_pd, x + y)
EMU_REDUCE(_mm512_reduce_min_pd, x < y ? x : y)
EMU_REDUCE(_mm512_reduce_max_pd, x > y ? x : y)

static inline __m256i _mm512_cvttpd_epi32(__m512d a) {
    __m256i r;
    for (int i = 0; i < 8; i++) r.v[i] = (int32_t)a.v[i]; /* callers pass 0 <= a <= 256 */
    return r;
}
static inline __m512d _mm512_cvtepi32_pd(__m256i a) {
    __m512d r;
    for (int i = 0; i < 8; i++) r.v[i] = (double)a.v[i];
    return r;
}
static inline __m256i _mm256_slli_epi32(__m256i a, int n) {
    __m256i r;
    for (int i = 0; i < 8; i++) r.v[i] = (int32_t)((uint32_t)a.v[i] << n);
    return r;
}
static inline __m512d _mm512_i32gather_pd(__m256i idx, const void *base, int scale) {
    __m512d r;
    for (int i = 0; i < 8; i++) memcpy(&r.v[i], (const char *)base + (int64_t)idx.v[i] * scale, 8);
    return r;
}

#endif
