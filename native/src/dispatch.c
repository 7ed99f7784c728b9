/*
 * dispatch.c - CPU/OS capability probe (CPUID + XGETBV), the const dispatch table and the
 * version/ISA entry points. Baseline TU: it must run on any x86-64 CPU.
 */
#include "baseline.h"

#include <cpuid.h>
#include <pthread.h>

/* One row per tier, indexed by TLB_ISA_*. */
static const tlb_kernels TLB_TABLE[3] = {
    {TLB_ISA_SCALAR, tlb__stats_pass1_scalar, tlb__stats_pass2_scalar, tlb__tail_sums_scalar,
     tlb__tanh_array_scalar, tlb__sum_sq_scalar, tlb__dot_scalar, tlb__div_array_scalar},
    {TLB_ISA_AVX2, tlb__stats_pass1_avx2, tlb__stats_pass2_avx2, tlb__tail_sums_avx2,
     tlb__tanh_array_avx2, tlb__sum_sq_avx2, tlb__dot_avx2, tlb__div_array_avx2},
    {TLB_ISA_AVX512, tlb__stats_pass1_avx512, tlb__stats_pass2_avx512, tlb__tail_sums_avx512,
     tlb__tanh_array_avx512, tlb__sum_sq_avx512, tlb__dot_avx512, tlb__div_array_avx512},
};

static pthread_once_t tlb_once = PTHREAD_ONCE_INIT;
static uint32_t tlb_features;             /* written once inside pthread_once */
static int tlb_best_isa;                  /* idem */
static const tlb_kernels *tlb_active;     /* __atomic access: acquire/release */

#define XCR0_SSE (1u << 1)
#define XCR0_AVX (1u << 2)
#define XCR0_OPMASK (1u << 5)
#define XCR0_ZMM_HI256 (1u << 6)
#define XCR0_HI16_ZMM (1u << 7)

static uint64_t tlb_xgetbv0(void) {
    uint32_t lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((uint64_t)hi << 32) | lo;
}

static uint32_t tlb_probe(void) {
    uint32_t a, b, c, d, f = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d)) {
        return 0;
    }
    int has_avx = (c >> 28) & 1;
    int osxsave = (c >> 27) & 1;
    if ((c >> 12) & 1) {
        f |= TLB_FEAT_CPU_FMA;
    }
    if (__get_cpuid_max(0, NULL) >= 7) {
        __cpuid_count(7, 0, a, b, c, d);
        if (((b >> 5) & 1) && has_avx) {
            f |= TLB_FEAT_CPU_AVX2;
        }
        if ((b >> 16) & 1) {
            f |= TLB_FEAT_CPU_AVX512F;
        }
        if ((b >> 17) & 1) {
            f |= TLB_FEAT_CPU_AVX512DQ;
        }
    }
    if (osxsave) { /* XGETBV is only legal when the OS set CR4.OSXSAVE */
        uint64_t xcr0 = tlb_xgetbv0();
        uint64_t ymm = XCR0_SSE | XCR0_AVX;
        uint64_t zmm = XCR0_OPMASK | XCR0_ZMM_HI256 | XCR0_HI16_ZMM;
        if ((xcr0 & ymm) == ymm) {
            f |= TLB_FEAT_OS_YMM;
            if ((xcr0 & zmm) == zmm) {
                f |= TLB_FEAT_OS_ZMM;
            }
        }
    }
    return f;
}

static int tlb_isa_from_features(uint32_t f) {
    uint32_t avx2 = TLB_FEAT_CPU_AVX2 | TLB_FEAT_CPU_FMA | TLB_FEAT_OS_YMM;
    uint32_t avx512 = avx2 | TLB_FEAT_CPU_AVX512F | TLB_FEAT_CPU_AVX512DQ | TLB_FEAT_OS_ZMM;
    if ((f & avx512) == avx512) {
        return TLB_ISA_AVX512;
    }
    if ((f & avx2) == avx2) {
        return TLB_ISA_AVX2;
    }
    return TLB_ISA_SCALAR;
}

static void tlb_init_once(void) {
    tlb__tanh_init();
    tlb_features = tlb_probe();
    tlb_best_isa = tlb_isa_from_features(tlb_features);
#ifdef TLB_EMULATE_AVX512
    tlb_best_isa = TLB_ISA_AVX512; /* test-only build: the AVX-512 row runs emulated intrinsics */
#endif
    __atomic_store_n(&tlb_active, &TLB_TABLE[tlb_best_isa], __ATOMIC_RELEASE);
}

static void tlb_init(void) {
    pthread_once(&tlb_once, tlb_init_once);
}

/* Run at load time so the first kernel call does not pay for the probe; tlb__kernels() still
 * initialises lazily (pthread_once) if a caller gets in first. */
__attribute__((constructor)) static void tlb_constructor(void) {
    tlb_init();
}

const tlb_kernels *tlb__kernels(void) {
    const tlb_kernels *k = __atomic_load_n(&tlb_active, __ATOMIC_ACQUIRE);
    if (__builtin_expect(k == NULL, 0)) {
        tlb_init();
        k = __atomic_load_n(&tlb_active, __ATOMIC_ACQUIRE);
    }
    return k;
}

const char *tlb_version(void) {
#define TLB_STR2(x) #x
#define TLB_STR(x) TLB_STR2(x)
    return TLB_STR(TLB_VERSION_MAJOR) "." TLB_STR(TLB_VERSION_MINOR) "." TLB_STR(TLB_VERSION_PATCH);
}

int tlb_cpu_isa(void) {
    tlb_init();
    return tlb_best_isa;
}

uint32_t tlb_cpu_features(void) {
    tlb_init();
    return tlb_features;
}

int tlb_active_isa(void) {
    return tlb__kernels()->isa;
}

int tlb_set_isa(int isa) {
    if (isa < TLB_ISA_SCALAR || isa > TLB_ISA_AVX512) {
        return TLB_ERR_ARG;
    }
    tlb_init();
    if (isa > tlb_best_isa) {
        isa = tlb_best_isa;
    }
    __atomic_store_n(&tlb_active, &TLB_TABLE[isa], __ATOMIC_RELEASE);
    return isa;
}

const char *tlb_isa_name(int isa) {
    switch (isa) {
    case TLB_ISA_SCALAR:
        return "scalar";
    case TLB_ISA_AVX2:
        return "avx2";
    case TLB_ISA_AVX512:
        return "avx512";
    default:
        return "unknown";
    }
}
