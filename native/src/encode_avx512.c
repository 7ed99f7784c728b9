/* encode_avx512.c - avx512 tier of the encode kernels: the simd_avx512.h vocabulary applied to
 * encode_simd.inc. Compiled with the flags CMake derives from the _avx512 suffix. */
#include "internal.h"
#include "simd_avx512.h"

#include "encode_simd.inc"
