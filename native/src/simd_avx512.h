/* simd_avx512.h - the vector vocabulary of the *_simd.inc kernel templates, AVX-512 F + DQ. */
#ifndef TALEBIAN_SIMD_AVX512_H
#define TALEBIAN_SIMD_AVX512_H
#if defined(TLB_AVX512_EMULATE)
#include "avx512_emu.h" /* test builds only: native/test/emu, never the shipped library */
#else
#if !defined(__AVX512F__) || !defined(__AVX512DQ__)
#error "simd_avx512.h needs -mavx512f -mavx512dq (only *_avx512.c include it)"
#endif
#include <immintrin.h>
#endif

#define TLB_SFX(name) name##_avx512
#define VW 8
typedef __m512d vd;
typedef __mmask8 vm;
typedef __m512i vcnt;
typedef __m256i vidx;

#define V_LOAD(p) _mm512_loadu_pd(p)
#define V_STORE(p, v) _mm512_storeu_pd((p), (v))
#define V_SET1(x) _mm512_set1_pd(x)
#define V_ZERO() _mm512_setzero_pd()
#define V_ADD(a, b) _mm512_add_pd(a, b)
#define V_SUB(a, b) _mm512_sub_pd(a, b)
#define V_MUL(a, b) _mm512_mul_pd(a, b)
#define V_DIV(a, b) _mm512_div_pd(a, b)
#define V_FMADD(a, b, c) _mm512_fmadd_pd(a, b, c)
#define V_MIN(a, b) _mm512_min_pd(a, b) /* a < b ? a : b (second operand on NaN) */
#define V_MAX(a, b) _mm512_max_pd(a, b)
#define V_AND(a, b) _mm512_and_pd(a, b)       /* AVX512DQ */
#define V_OR(a, b) _mm512_or_pd(a, b)         /* AVX512DQ */
#define V_ANDNOT(a, b) _mm512_andnot_pd(a, b) /* AVX512DQ: ~a & b */
#define V_LT(a, b) _mm512_cmp_pd_mask(a, b, _CMP_LT_OQ)
#define V_GT(a, b) _mm512_cmp_pd_mask(a, b, _CMP_GT_OQ)
#define V_ISNAN(a) _mm512_cmp_pd_mask(a, a, _CMP_UNORD_Q)
#define V_SEL0(m, v) _mm512_maskz_mov_pd(m, v)
#define V_BLEND(m, a, b) _mm512_mask_blend_pd(m, a, b) /* m ? b : a */
#define VC_ZERO() _mm512_setzero_si512()
#define VC_INC(c, m) _mm512_mask_add_epi64(c, m, c, _mm512_set1_epi64(1))

#define VC_REDUCE(c) ((int64_t)_mm512_reduce_add_epi64(c))
#define V_REDUCE_ADD(v) _mm512_reduce_add_pd(v)
#define V_REDUCE_MIN(v) _mm512_reduce_min_pd(v)
#define V_REDUCE_MAX(v) _mm512_reduce_max_pd(v)

#define VI_CVTT(v) _mm512_cvttpd_epi32(v)
#define VI_TO_PD(i) _mm512_cvtepi32_pd(i)
/* c0..c3 = columns of the 4-double table rows j[0..7]: four gathers at element index 4*j. */
#define V_ROWS4(tab, j, c0, c1, c2, c3)                                                            \
    do {                                                                                           \
        __m256i j4_ = _mm256_slli_epi32((j), 2);                                                   \
        (c0) = _mm512_i32gather_pd(j4_, (tab), 8);                                                 \
        (c1) = _mm512_i32gather_pd(j4_, (tab) + 1, 8);                                             \
        (c2) = _mm512_i32gather_pd(j4_, (tab) + 2, 8);                                             \
        (c3) = _mm512_i32gather_pd(j4_, (tab) + 3, 8);                                             \
    } while (0)

#endif
