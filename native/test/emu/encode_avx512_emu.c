/* The real encode_avx512.c compiled against avx512_emu.h (test-only, see avx512_emu.h). */
#define TLB_AVX512_EMULATE 1
#include "../../src/encode_avx512.c"
