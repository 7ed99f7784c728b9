/* baseline.h - included first by every baseline (non-AVX) translation unit. */
#ifndef TALEBIAN_BASELINE_H
#define TALEBIAN_BASELINE_H
#if defined(__AVX__) && !defined(TLB_NATIVE_BENCH)
#error "baseline translation unit compiled with AVX enabled: only *_avx2.c / *_avx512.c may be"
#endif
#include "internal.h"
#endif
