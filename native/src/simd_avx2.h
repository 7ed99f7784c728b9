/* simd_avx2.h - the vector vocabulary of the *_simd.inc kernel templates, AVX2 + FMA. */
#ifndef TALEBIAN_SIMD_AVX2_H
#define TALEBIAN_SIMD_AVX2_H
#if !defined(__AVX2__) || !defined(__FMA__)
#error "simd_avx2.h needs -mavx2 -mfma (only *_avx2.c include it)"
#endif
#include <immintrin.h>

#define TLB_SFX(name) name##_avx2
#define VW 4
typedef __m256d vd;
typedef __m256d vm;  /* comparison mask: all-ones lanes */
typedef __m256i vcnt; /* 64-bit lane counters */
typedef __m128i vidx; /* 32-bit lane indices */

#define V_LOAD(p) _mm256_loadu_pd(p)
#define V_STORE(p, v) _mm256_storeu_pd((p), (v))
#define V_SET1(x) _mm256_set1_pd(x)
#define V_ZERO() _mm256_setzero_pd()
#define V_ADD(a, b) _mm256_add_pd(a, b)
#define V_SUB(a, b) _mm256_sub_pd(a, b)
#define V_MUL(a, b) _mm256_mul_pd(a, b)
#define V_DIV(a, b) _mm256_div_pd(a, b)
#define V_FMADD(a, b, c) _mm256_fmadd_pd(a, b, c) /* a*b + c */
#define V_MIN(a, b) _mm256_min_pd(a, b) /* a < b ? a : b */
#define V_MAX(a, b) _mm256_max_pd(a, b) /* a > b ? a : b */
#define V_AND(a, b) _mm256_and_pd(a, b)
#define V_OR(a, b) _mm256_or_pd(a, b)
#define V_ANDNOT(a, b) _mm256_andnot_pd(a, b) /* ~a & b */
#define V_LT(a, b) _mm256_cmp_pd(a, b, _CMP_LT_OQ)
#define V_GT(a, b) _mm256_cmp_pd(a, b, _CMP_GT_OQ)
#define V_ISNAN(a) _mm256_cmp_pd(a, a, _CMP_UNORD_Q)
#define V_SEL0(m, v) _mm256_and_pd(m, v)             /* m ? v : 0 */
#define V_BLEND(m, a, b) _mm256_blendv_pd(a, b, m)   /* m ? b : a */
#define VC_ZERO() _mm256_setzero_si256()
#define VC_INC(c, m) _mm256_sub_epi64(c, _mm256_castpd_si256(m)) /* c + (m ? 1 : 0) */

static inline int64_t vc_reduce_avx2(vcnt c) {
    int64_t t[4];
    _mm256_storeu_si256((__m256i *)t, c);
    return (t[0] + t[1]) + (t[2] + t[3]);
}
static inline double v_reduce_add_avx2(vd v) {
    __m128d lo = _mm256_castpd256_pd128(v), hi = _mm256_extractf128_pd(v, 1);
    lo = _mm_add_pd(lo, hi);
    return _mm_cvtsd_f64(lo) + _mm_cvtsd_f64(_mm_unpackhi_pd(lo, lo));
}
static inline double v_reduce_min_avx2(vd v) {
    __m128d lo = _mm256_castpd256_pd128(v), hi = _mm256_extractf128_pd(v, 1);
    lo = _mm_min_pd(lo, hi);
    return _mm_cvtsd_f64(_mm_min_sd(lo, _mm_unpackhi_pd(lo, lo)));
}
static inline double v_reduce_max_avx2(vd v) {
    __m128d lo = _mm256_castpd256_pd128(v), hi = _mm256_extractf128_pd(v, 1);
    lo = _mm_max_pd(lo, hi);
    return _mm_cvtsd_f64(_mm_max_sd(lo, _mm_unpackhi_pd(lo, lo)));
}
#define VC_REDUCE(c) vc_reduce_avx2(c)
#define V_REDUCE_ADD(v) v_reduce_add_avx2(v)
#define V_REDUCE_MIN(v) v_reduce_min_avx2(v)
#define V_REDUCE_MAX(v) v_reduce_max_avx2(v)

/* Truncating conversion of non-negative lanes to 32-bit indices, and back. */
#define VI_CVTT(v) _mm256_cvttpd_epi32(v)
#define VI_TO_PD(i) _mm256_cvtepi32_pd(i)
/* c0..c3 = columns of the 4-double table rows j[0..3] (32-byte aligned rows): four row
 * loads and a 4x4 transpose, cheaper than four vgatherdpd on CPUs with slow gathers. */
#define V_ROWS4(tab, j, c0, c1, c2, c3)                                                            \
    do {                                                                                           \
        int32_t j_[4];                                                                             \
        _mm_storeu_si128((__m128i *)j_, (j));                                                      \
        __m256d r0_ = _mm256_load_pd((tab) + 4 * (int64_t)j_[0]);                                  \
        __m256d r1_ = _mm256_load_pd((tab) + 4 * (int64_t)j_[1]);                                  \
        __m256d r2_ = _mm256_load_pd((tab) + 4 * (int64_t)j_[2]);                                  \
        __m256d r3_ = _mm256_load_pd((tab) + 4 * (int64_t)j_[3]);                                  \
        __m256d t0_ = _mm256_unpacklo_pd(r0_, r1_), t1_ = _mm256_unpackhi_pd(r0_, r1_);            \
        __m256d t2_ = _mm256_unpacklo_pd(r2_, r3_), t3_ = _mm256_unpackhi_pd(r2_, r3_);            \
        (c0) = _mm256_permute2f128_pd(t0_, t2_, 0x20);                                             \
        (c1) = _mm256_permute2f128_pd(t1_, t3_, 0x20);                                             \
        (c2) = _mm256_permute2f128_pd(t0_, t2_, 0x31);                                             \
        (c3) = _mm256_permute2f128_pd(t1_, t3_, 0x31);                                             \
    } while (0)

#endif
