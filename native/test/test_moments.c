/* test_moments.c - incremental moments (add/remove/merge/add_array) against a long double
 * oracle; add_array for every ISA, lengths and unaligned starts; NumAcc through add_array. */
#include "test_util.h"

typedef struct {
    long double mean, m2, m3, m4;
    double min, max;
} oracle_t;

static oracle_t oracle(const double *x, int64_t n) {
    oracle_t o = {0, 0, 0, 0, INFINITY, -INFINITY};
    long double s = 0;
    for (int64_t i = 0; i < n; i++) {
        s += x[i];
        o.min = x[i] < o.min ? x[i] : o.min;
        o.max = x[i] > o.max ? x[i] : o.max;
    }
    o.mean = n ? s / n : 0;
    for (int64_t i = 0; i < n; i++) {
        long double d = (long double)x[i] - o.mean, d2 = d * d;
        o.m2 += d2;
        o.m3 += d2 * d;
        o.m4 += d2 * d2;
    }
    return o;
}

/* m3 compared relative to m2^1.5 (its natural scale), m4 relative to m4. */
static void check(const tlb_moments_t *m, const double *x, int64_t n, double rel, int exact_minmax,
                  const char *what) {
    oracle_t o = oracle(x, n);
    CHECK(m->n == n, "%s n %ld vs %ld", what, (long)m->n, (long)n);
    double sc = (double)sqrtl(o.m2 / (n ? n : 1)); /* long double: no underflow for denormal data */
    double amax = fabs(o.max) > fabs(o.min) ? fabs(o.max) : fabs(o.min);
    CHECK(fabs(m->mean - (double)o.mean) <= rel * (sc + 1e-16 * amax) + 4e-16 * amax, "%s n=%ld mean %.17g vs %.17Lg", what, (long)n,
          m->mean, o.mean);
    CHECK(tu_close(m->m2, (double)o.m2, rel, 1e-300), "%s n=%ld m2 %.17g vs %.17Lg", what, (long)n, m->m2, o.m2);
    double s3 = (double)powl(o.m2, 1.5L) / sqrt((double)(n ? n : 1));
    CHECK(fabs(m->m3 - (double)o.m3) <= rel * s3 + 1e-300, "%s n=%ld m3 %.17g vs %.17Lg", what, (long)n,
          m->m3, o.m3);
    CHECK(tu_close(m->m4, (double)o.m4, rel, 1e-300), "%s n=%ld m4 %.17g vs %.17Lg", what, (long)n, m->m4, o.m4);
    if (exact_minmax) {
        CHECK(n == 0 || (m->min == o.min && m->max == o.max), "%s min/max", what);
    } else {
        CHECK(m->min <= o.min && m->max >= o.max, "%s min/max envelope", what);
    }
}

static void fill(double *x, int64_t n, int kind) {
    for (int64_t i = 0; i < n; i++) {
        x[i] = kind == 0 ? tu_normal() : kind == 1 ? 1e6 + tu_fat() : tu_normal() * 1e-310;
    }
}

static void test_scalar_ops(void) {
    tlb_moments_t m;
    tlb_moments_init(&m);
    CHECK(m.n == 0 && m.mean == 0 && m.m2 == 0 && m.m3 == 0 && m.m4 == 0 && m.min == INFINITY &&
              m.max == -INFINITY, "init state");
    CHECK(tlb_moments_remove(&m, 1.0) == TLB_ERR_STATE, "remove from empty");
    CHECK(tlb_moments_remove(NULL, 1.0) == TLB_ERR_ARG, "remove NULL");
    enum { N = 5000 };
    static double x[N];
    for (int kind = 0; kind < 2; kind++) {
        fill(x, N, kind);
        tlb_moments_init(&m);
        for (int i = 0; i < N; i++) {
            tlb_moments_add(&m, x[i]);
        }
        check(&m, x, N, 1e-9, 1, "add");
        for (int i = 0; i < N / 2; i++) {
            CHECK(tlb_moments_remove(&m, x[i]) == TLB_OK, "remove");
        }
        check(&m, x + N / 2, N - N / 2, 1e-7, 0, "remove");
        /* merge of two halves, and merge into/with empty */
        tlb_moments_t a, b, e;
        tlb_moments_init(&a);
        tlb_moments_init(&b);
        tlb_moments_init(&e);
        for (int i = 0; i < 1234; i++) tlb_moments_add(&a, x[i]);
        for (int i = 1234; i < N; i++) tlb_moments_add(&b, x[i]);
        tlb_moments_merge(&a, &e);
        tlb_moments_merge(&e, &b);
        check(&e, x + 1234, N - 1234, 1e-9, 1, "merge into empty");
        tlb_moments_merge(&a, &b);
        check(&a, x, N, 1e-9, 1, "merge");
    }
    tlb_moments_init(&m);
    tlb_moments_add(&m, 2.0);
    CHECK(tlb_moments_remove(&m, 2.0) == TLB_OK && m.n == 0 && m.min == INFINITY && m.mean == 0, "remove to empty");
    tlb_moments_add(&m, 1.0);
    tlb_moments_add(&m, NAN);
    tlb_moments_add(&m, 3.0);
    CHECK(isnan(m.mean) && isnan(m.m2) && isnan(m.min) && isnan(m.max), "NaN propagates");
}

static void test_add_array(void) {
    double *buf = tu_xmalloc((100003 + 8) * 8);
    for (int kind = 0; kind < 3; kind++) {
        for (int li = 0; li < TU_NLENGTHS; li++) {
            int64_t n = TU_LENGTHS[li];
            for (int off = 0; off < 2; off++) {
                double *x = buf + off;
                fill(x, n + 5, kind);
                tlb_moments_t m;
                tlb_moments_init(&m);
                CHECK(tlb_moments_add_array(&m, x, n) == TLB_OK, "add_array rc");
                check(&m, x, n, 1e-9, 1, "add_array");
                /* into a non-empty state: 5 values added one by one first */
                tlb_moments_init(&m);
                for (int i = 0; i < 5; i++) tlb_moments_add(&m, x[n + i]);
                tlb_moments_add_array(&m, x, n);
                double *y = tu_xmalloc((size_t)(n + 5) * 8);
                memcpy(y, x + n, 5 * 8);
                memcpy(y + 5, x, (size_t)n * 8);
                /* merging divides denormals by n: they have fewer significant bits */
                check(&m, y, n + 5, kind == 2 ? 1e-6 : 1e-9, 1, "add_array merge");
                free(y);
            }
        }
    }
    free(buf);
    tlb_moments_t m;
    tlb_moments_init(&m);
    double v[9] = {1, 2, 3, 4, NAN, 6, 7, 8, 9};
    CHECK(tlb_moments_add_array(&m, v, 9) == TLB_OK && m.n == 9 && isnan(m.mean) && isnan(m.min), "NaN array");
    CHECK(tlb_moments_add_array(&m, NULL, 0) == TLB_OK, "n=0");
    CHECK(tlb_moments_add_array(&m, NULL, 1) == TLB_ERR_ARG && tlb_moments_add_array(&m, v, -1) == TLB_ERR_ARG,
          "args");
    /* NumAcc4 through add_array */
    static double x[1001];
    x[0] = 1000000000.2;
    for (int i = 0; i < 500; i++) {
        x[1 + 2 * i] = 1000000000.1;
        x[2 + 2 * i] = 1000000000.3;
    }
    tlb_moments_init(&m);
    tlb_moments_add_array(&m, x, 1001);
    oracle_t o = oracle(x, 1001);
    CHECK(tu_lre(m.mean, 1000000000.2) >= 9 && tu_lre(sqrt(m.m2 / 1000), sqrt((double)o.m2 / 1000)) >= 8,
          "NumAcc4 via add_array: mean LRE %.1f", tu_lre(m.mean, 1000000000.2));
}

int main(void) {
    tu_ctx = "scalar-api";
    test_scalar_ops();
    for (int k = 0; k < 3; k++) {
        if (!tu_use_isa(TU_ISAS[k])) {
            continue;
        }
        tu_ctx = tlb_isa_name(TU_ISAS[k]);
        printf("isa %s\n", tu_ctx);
        test_add_array();
    }
    return tu_summary("test_moments");
}
