/* test_dispatch.c - version, CPU feature probe vs the compiler's own CPUID view, ISA clamping. */
#include "test_util.h"

int main(void) {
    tu_ctx = "dispatch";
    CHECK(strcmp(tlb_version(), "0.1.0") == 0, "version %s", tlb_version());
    uint32_t f = tlb_cpu_features();
    int cpu = tlb_cpu_isa();
    __builtin_cpu_init();
    printf("  features=0x%x cpu isa=%s active=%s\n", f, tlb_isa_name(cpu), tlb_isa_name(tlb_active_isa()));
    CHECK(!!(f & TLB_FEAT_CPU_AVX2) == !!__builtin_cpu_supports("avx2"), "avx2 bit");
    CHECK(!!(f & TLB_FEAT_CPU_FMA) == !!__builtin_cpu_supports("fma"), "fma bit");
    CHECK(!!(f & TLB_FEAT_CPU_AVX512F) == !!__builtin_cpu_supports("avx512f"), "avx512f bit");
    CHECK(!!(f & TLB_FEAT_CPU_AVX512DQ) == !!__builtin_cpu_supports("avx512dq"), "avx512dq bit");
    CHECK(!(f & TLB_FEAT_OS_ZMM) || (f & TLB_FEAT_OS_YMM), "ZMM state implies YMM state");
    int want = (f & (TLB_FEAT_CPU_AVX512F | TLB_FEAT_CPU_AVX512DQ | TLB_FEAT_OS_ZMM)) ==
                       (TLB_FEAT_CPU_AVX512F | TLB_FEAT_CPU_AVX512DQ | TLB_FEAT_OS_ZMM) &&
                       (f & 0x103) == 0x103
                   ? TLB_ISA_AVX512
               : (f & 0x103) == 0x103 ? TLB_ISA_AVX2
                                      : TLB_ISA_SCALAR;
    CHECK(cpu == want, "cpu isa %d want %d", cpu, want);
    CHECK(tlb_active_isa() == cpu, "starts at the best ISA");
    CHECK(tlb_set_isa(TLB_ISA_SCALAR) == TLB_ISA_SCALAR && tlb_active_isa() == TLB_ISA_SCALAR, "lower to scalar");
    CHECK(tlb_set_isa(TLB_ISA_AVX512) == cpu && tlb_active_isa() == cpu, "clamped to the cpu");
    CHECK(tlb_set_isa(3) == TLB_ERR_ARG && tlb_set_isa(-1) == TLB_ERR_ARG && tlb_active_isa() == cpu, "unknown isa");
    CHECK(strcmp(tlb_isa_name(0), "scalar") == 0 && strcmp(tlb_isa_name(1), "avx2") == 0 &&
              strcmp(tlb_isa_name(2), "avx512") == 0 && strcmp(tlb_isa_name(7), "unknown") == 0,
          "names");
    return tu_summary("test_dispatch");
}
