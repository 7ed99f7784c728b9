/* test_tail.c - tlb_tail_sums (every ISA) against an oracle written here; top_k_desc against a
 * sort; hill_gamma against the formula. */
#include "test_util.h"

static void oracle(const double *x, int64_t n, double mu, double sigma, double k, double d,
                   long double o[5], int64_t c[2]) {
    memset(o, 0, 5 * sizeof(long double));
    c[0] = c[1] = 0;
    double cc = -k * sigma, s[3] = {sigma - d, sigma, sigma + d};
    for (int64_t i = 0; i < n; i++) {
        double z = (x[i] - mu) / sigma;
        if (z < -k) { o[0] += -z; c[0]++; }
        if (z > k) { o[1] += z; c[1]++; }
        for (int j = 0; j < 3; j++) {
            double v = cc - s[j] * z;
            o[2 + j] += v > 0 ? v : 0; /* NaN contributes 0 */
        }
    }
}

static void check_tail(const double *x, int64_t n, double mu, double sigma, double k, double d,
                       const char *what) {
    tlb_tail_sums_t t;
    memset(&t, 0x55, sizeof t);
    int rc = tlb_tail_sums(x, n, mu, sigma, k, d, &t);
    CHECK(rc == TLB_OK, "%s rc=%d", what, rc);
    long double o[5];
    int64_t c[2];
    oracle(x, n, mu, sigma, k, d, o, c);
    CHECK(t.left_count == c[0] && t.right_count == c[1], "%s n=%ld counts %ld/%ld vs %ld/%ld", what,
          (long)n, (long)t.left_count, (long)t.right_count, (long)c[0], (long)c[1]);
    double got[5] = {t.left_sum, t.right_sum, t.xi_minus, t.xi_mid, t.xi_plus};
    for (int j = 0; j < 5; j++) {
        CHECK(tu_close(got[j], (double)o[j], 1e-12, 1e-300), "%s n=%ld sum %d: %.17g vs %.17Lg", what,
              (long)n, j, got[j], o[j]);
    }
    CHECK(t.reserved == 0.0, "reserved");
}

static void test_tail_sums(void) {
    double *buf = tu_xmalloc((100003 + 1) * 8);
    for (int li = 0; li < TU_NLENGTHS; li++) {
        int64_t n = TU_LENGTHS[li];
        for (int off = 0; off < 2; off++) {
            double *x = buf + off;
            for (int64_t i = 0; i < n; i++) x[i] = 0.001 + 0.02 * tu_fat();
            check_tail(x, n, 0.001, 0.02, 1.5, 0.005, "fat");
            check_tail(x, n, 0.0, 0.01, 0.0, 0.0, "k=0,d=0");
            check_tail(x, n, 0.0, 0.01, 1.0, 0.02, "d>sigma");
            if (n >= 3) {
                x[0] = NAN;
                x[n / 2] = INFINITY;
                x[n - 1] = -INFINITY;
                check_tail(x, n, 0.001, 0.02, 1.5, 0.005, "nan/inf");
                for (int64_t i = 0; i < n; i++) x[i] = tu_normal() * 1e-310;
                check_tail(x, n, 0.0, 1e-310, 1.0, 2e-311, "denormal");
            }
        }
    }
    free(buf);
    for (int64_t n = 1; n <= 33; n++) {
        tu_guard g = tu_guard_alloc(n);
        for (int64_t i = 0; i < n; i++) g.x[i] = tu_fat();
        check_tail(g.x, n, 0.0, 1.0, 1.5, 0.25, "guard");
        tu_guard_free(g);
    }
    tlb_tail_sums_t t;
    double x[4] = {1, 2, 3, 4};
    CHECK(tlb_tail_sums(x, 4, 0, 0.0, 1, 0, &t) == TLB_ERR_ARG, "sigma 0");
    CHECK(tlb_tail_sums(x, 4, 0, -1.0, 1, 0, &t) == TLB_ERR_ARG, "sigma < 0");
    CHECK(tlb_tail_sums(x, 4, 0, INFINITY, 1, 0, &t) == TLB_ERR_ARG, "sigma inf");
    CHECK(tlb_tail_sums(x, 4, 0, NAN, 1, 0, &t) == TLB_ERR_ARG, "sigma NaN");
    CHECK(tlb_tail_sums(x, 4, 0, 1, -1, 0, &t) == TLB_ERR_ARG, "k < 0");
    CHECK(tlb_tail_sums(x, 4, 0, 1, 1, -1, &t) == TLB_ERR_ARG, "d < 0");
    CHECK(tlb_tail_sums(x, 4, 0, 1, NAN, 0, &t) == TLB_ERR_ARG, "k NaN");
    CHECK(tlb_tail_sums(NULL, 4, 0, 1, 1, 0, &t) == TLB_ERR_ARG, "NULL x");
    CHECK(tlb_tail_sums(x, -1, 0, 1, 1, 0, &t) == TLB_ERR_ARG, "n < 0");
    CHECK(tlb_tail_sums(x, 4, 0, 1, 1, 0, NULL) == TLB_ERR_ARG, "NULL out");
    CHECK(tlb_tail_sums(NULL, 0, 0, 1, 1, 0, &t) == TLB_OK && t.left_count == 0 && t.xi_mid == 0, "n = 0");
}

static int cmp_desc(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? 1 : x > y ? -1 : 0;
}

static void test_top_k(void) {
    double *x = tu_xmalloc(100004 * 8), *s = tu_xmalloc(100004 * 8), *out = tu_xmalloc(100010 * 8);
    for (int li = 0; li < TU_NLENGTHS; li++) {
        int64_t n = TU_LENGTHS[li];
        int64_t m = 0;
        for (int64_t i = 0; i < n; i++) {
            x[i] = (i % 11 == 5) ? NAN : (i % 13 == 0 ? 1.0 : tu_fat()); /* NaN and duplicates */
            if (i == 7) x[i] = INFINITY;
            if (i == 8) x[i] = -INFINITY;
            if (x[i] == x[i]) s[m++] = x[i];
        }
        qsort(s, (size_t)m, 8, cmp_desc);
        int64_t ks[6] = {0, 1, 5, n / 2, n, n + 5};
        for (int j = 0; j < 6; j++) {
            int64_t k = ks[j];
            int64_t r = tlb_top_k_desc(x, n, k, out);
            int64_t want = k < m ? k : m;
            CHECK(r == want, "top_k n=%ld k=%ld returned %ld want %ld", (long)n, (long)k, (long)r, (long)want);
            int ok = 1;
            for (int64_t i = 0; i < want && r == want; i++) ok &= out[i] == s[i];
            CHECK(ok, "top_k n=%ld k=%ld values", (long)n, (long)k);
        }
    }
    CHECK(tlb_top_k_desc(x, -1, 1, out) == TLB_ERR_ARG && tlb_top_k_desc(x, 1, -1, out) == TLB_ERR_ARG &&
              tlb_top_k_desc(NULL, 1, 1, out) == TLB_ERR_ARG && tlb_top_k_desc(x, 1, 1, NULL) == TLB_ERR_ARG,
          "top_k args");
    CHECK(tlb_top_k_desc(NULL, 0, 0, NULL) == 0, "top_k empty");
    free(x);
    free(s);
    free(out);
}

static void test_hill(void) {
    double d[6] = {10, 5, 4, 2, 1, 0.5};
    for (int k = 1; k <= 5; k++) {
        long double g = 0;
        for (int i = 0; i < k; i++) g += logl((long double)d[i] / d[k]);
        g /= k;
        CHECK(tu_close(tlb_hill_gamma(d, k), (double)g, 1e-14, 0), "hill k=%d", k);
    }
    /* Pareto sample with alpha = 2: gamma ~ 0.5 */
    enum { N = 20000, K = 2000 };
    static double x[N], top[K + 1];
    for (int i = 0; i < N; i++) x[i] = pow(tu_uniform(), -0.5);
    CHECK(tlb_top_k_desc(x, N, K + 1, top) == K + 1, "hill top");
    double g = tlb_hill_gamma(top, K);
    CHECK(fabs(g - 0.5) < 0.05, "hill Pareto(2) gamma=%g", g);
    double bad[3] = {3, 2, 0};
    CHECK(isnan(tlb_hill_gamma(bad, 2)) && isnan(tlb_hill_gamma(d, 0)) && isnan(tlb_hill_gamma(NULL, 1)),
          "hill invalid -> NaN");
    double neg[3] = {3, -2, 1};
    CHECK(isnan(tlb_hill_gamma(neg, 2)), "hill negative -> NaN");
    double nan3[3] = {NAN, 2, 1};
    CHECK(isnan(tlb_hill_gamma(nan3, 2)), "hill NaN -> NaN");
}

int main(void) {
    for (int k = 0; k < 3; k++) {
        if (!tu_use_isa(TU_ISAS[k])) {
            continue;
        }
        tu_ctx = tlb_isa_name(TU_ISAS[k]);
        printf("isa %s\n", tu_ctx);
        test_tail_sums();
    }
    tu_ctx = "select";
    test_top_k();
    test_hill();
    return tu_summary("test_tail");
}
