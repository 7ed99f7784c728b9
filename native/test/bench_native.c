/* bench_native.c - a small timing harness (not a test): ns per element of the dispatched
 * kernels for every ISA the CPU has. Usage: bench_native [n] [repeats]. Numbers depend on the
 * machine and its load; docs/native.md quotes them only together with this command. */
#include "test_util.h"

#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

int main(int argc, char **argv) {
    int64_t n = argc > 1 ? atoll(argv[1]) : 65536;
    int reps = argc > 2 ? atoi(argv[2]) : 2000;
    double *x = tu_xmalloc((size_t)n * 8), *y = tu_xmalloc((size_t)n * 8);
    for (int64_t i = 0; i < n; i++) x[i] = tu_normal();
    printf("n=%ld repeats=%d (best of 5 runs, ns/element)\n", (long)n, reps);
    printf("%-8s %12s %12s %12s %12s\n", "isa", "window_stats", "tail_sums", "tanh_array", "moments_arr");
    for (int k = 0; k < 3; k++) {
        if (!tu_use_isa(TU_ISAS[k])) continue;
        double best[4] = {1e9, 1e9, 1e9, 1e9};
        volatile double sink = 0;
        for (int run = 0; run < 5; run++) {
            tlb_stats_t s;
            tlb_tail_sums_t t;
            tlb_moments_t m;
            double t0 = now();
            for (int r = 0; r < reps; r++) { tlb_window_stats(x, n, &s); sink += s.sd; }
            double t1 = now();
            for (int r = 0; r < reps; r++) { tlb_tail_sums(x, n, 0, 1, 1.5, 0.25, &t); sink += t.xi_mid; }
            double t2 = now();
            for (int r = 0; r < reps; r++) { tlb_tanh_array(x, n, y); sink += y[0]; }
            double t3 = now();
            for (int r = 0; r < reps; r++) { tlb_moments_init(&m); tlb_moments_add_array(&m, x, n); sink += m.m2; }
            double t4 = now();
            double d[4] = {t1 - t0, t2 - t1, t3 - t2, t4 - t3};
            for (int j = 0; j < 4; j++) if (d[j] < best[j]) best[j] = d[j];
        }
        double per = 1e9 / ((double)n * reps);
        printf("%-8s %12.3f %12.3f %12.3f %12.3f\n", tlb_isa_name(TU_ISAS[k]), best[0] * per, best[1] * per,
               best[2] * per, best[3] * per);
        (void)sink;
    }
    free(x);
    free(y);
    return 0;
}
