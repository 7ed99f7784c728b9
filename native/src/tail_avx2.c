/* tail_avx2.c - avx2 tier of the tail kernels: the simd_avx2.h vocabulary applied to
 * tail_simd.inc. Compiled with the flags CMake derives from the _avx2 suffix. */
#include "internal.h"
#include "simd_avx2.h"

#include "tail_simd.inc"
