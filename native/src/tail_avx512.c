/* tail_avx512.c - avx512 tier of the tail kernels: the simd_avx512.h vocabulary applied to
 * tail_simd.inc. Compiled with the flags CMake derives from the _avx512 suffix. */
#include "internal.h"
#include "simd_avx512.h"

#include "tail_simd.inc"
