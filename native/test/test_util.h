/* test_util.h - a tiny assert/summary kit for the C tests (no framework). */
#ifndef TALEBIAN_TEST_UTIL_H
#define TALEBIAN_TEST_UTIL_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1 /* mmap flags, pthread, sched_yield under -std=c11 */
#endif

#include "talebian.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

__attribute__((unused)) static long tu_passed, tu_failed, tu_skipped;
__attribute__((unused)) static const char *tu_ctx = "";

#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        if (cond) {                                                                                \
            tu_passed++;                                                                           \
        } else {                                                                                   \
            tu_failed++;                                                                           \
            if (tu_failed <= 50) {                                                                 \
                fprintf(stderr, "FAIL %s:%d [%s] %s: ", __FILE__, __LINE__, tu_ctx, #cond);        \
                fprintf(stderr, __VA_ARGS__);                                                      \
                fputc('\n', stderr);                                                               \
            }                                                                                      \
        }                                                                                          \
    } while (0)

static inline int tu_summary(const char *name) {
    printf("%s: %ld passed, %ld failed, %ld skipped\n", name, tu_passed, tu_failed, tu_skipped);
    return tu_failed == 0 ? 0 : 1;
}

/* Relative/absolute closeness with NaN == NaN and exact infinities. */
static inline int tu_close(double got, double want, double rel, double abs_tol) {
    if (isnan(want)) {
        return isnan(got);
    }
    if (isinf(want)) {
        return got == want;
    }
    if (!isfinite(got)) {
        return 0;
    }
    return fabs(got - want) <= abs_tol + rel * fabs(want);
}

/* Log relative error (NIST StRD): digits of agreement. */
static inline double tu_lre(double got, double cert) {
    if (got == cert) {
        return 17.0;
    }
    double e = cert != 0 ? fabs(got - cert) / fabs(cert) : fabs(got);
    return -log10(e);
}

/* ISAs: runs body for every ISA the CPU has; reports each missing one as SKIPPED. */
__attribute__((unused)) static const int TU_ISAS[3] = {TLB_ISA_SCALAR, TLB_ISA_AVX2, TLB_ISA_AVX512};
static inline int tu_use_isa(int isa) {
#ifdef TU_ONLY_ISA /* the *_emu512 builds: only the emulated AVX-512 tier */
    if (isa != TU_ONLY_ISA) {
        return 0;
    }
    printf("isa %s runs with EMULATED intrinsics (test build, native/test/emu)\n", tlb_isa_name(isa));
#endif
    if (isa > tlb_cpu_isa()) {
        printf("SKIP isa=%s: not supported by this CPU/OS (cpu isa=%s, features=0x%x)\n",
               tlb_isa_name(isa), tlb_isa_name(tlb_cpu_isa()), tlb_cpu_features());
        tu_skipped++;
        return 0;
    }
    int got = tlb_set_isa(isa);
    if (got != isa) {
        tu_failed++;
        fprintf(stderr, "FAIL tlb_set_isa(%d) returned %d\n", isa, got);
        return 0;
    }
    return 1;
}

__attribute__((unused)) static const int64_t TU_LENGTHS[] = {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 1000, 100003};
#define TU_NLENGTHS ((int)(sizeof(TU_LENGTHS) / sizeof(TU_LENGTHS[0])))

/* xorshift64* and a Box-Muller normal. */
__attribute__((unused)) static uint64_t tu_rng_state = 0x9E3779B97F4A7C15ull;
static inline uint64_t tu_rand64(void) {
    uint64_t x = tu_rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    tu_rng_state = x;
    return x * 0x2545F4914F6CDD1Dull;
}
static inline double tu_uniform(void) { /* (0, 1) */
    return ((double)(tu_rand64() >> 11) + 0.5) * 0x1.0p-53;
}
static inline double tu_normal(void) {
    return sqrt(-2.0 * log(tu_uniform())) * cos(6.283185307179586 * tu_uniform());
}
/* Student-t-ish fat tails: normal / sqrt(uniform). */
static inline double tu_fat(void) {
    return tu_normal() / sqrt(tu_uniform());
}

/* n doubles ending exactly at a PROT_NONE page: any over-read past x[n-1] faults. */
typedef struct tu_guard {
    void *base;
    size_t len;
    double *x;
} tu_guard;
static inline tu_guard tu_guard_alloc(int64_t n) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t data = ((size_t)n * 8 + page - 1) / page * page;
    tu_guard g;
    g.len = data + page;
    g.base = mmap(NULL, g.len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (g.base == MAP_FAILED) {
        perror("mmap");
        exit(2);
    }
    mprotect((char *)g.base + data, page, PROT_NONE);
    g.x = (double *)((char *)g.base + data) - n;
    return g;
}
static inline void tu_guard_free(tu_guard g) {
    munmap(g.base, g.len);
}

static inline void *tu_xmalloc(size_t bytes) {
    void *p = malloc(bytes ? bytes : 1);
    if (p == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    return p;
}

#endif
