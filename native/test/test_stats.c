/* test_stats.c - tlb_window_stats against a long double two-pass oracle, every ISA, every tail
 * length, unaligned starts, NaN/inf/denormals/large means, guard pages and NIST StRD NumAcc1-4. */
#include "test_util.h"

typedef struct {
    long double mean, m2, m3, m4;
    double min, max;
} oracle_t;

static oracle_t oracle(const double *x, int64_t n) {
    oracle_t o = {0, 0, 0, 0, x[0], x[0]};
    long double s = 0;
    for (int64_t i = 0; i < n; i++) {
        s += x[i];
        o.min = x[i] < o.min ? x[i] : o.min;
        o.max = x[i] > o.max ? x[i] : o.max;
    }
    o.mean = s / n;
    long double c = 0;
    for (int64_t i = 0; i < n; i++) {
        c += (long double)x[i] - o.mean;
    }
    o.mean += c / n; /* second correction step: exact to long double precision */
    for (int64_t i = 0; i < n; i++) {
        long double d = (long double)x[i] - o.mean, d2 = d * d;
        o.m2 += d2;
        o.m3 += d2 * d;
        o.m4 += d2 * d2;
    }
    return o;
}

/* Compares against the oracle; scale = typical |x| (for the mean's absolute error). */
static void check_against_oracle(const double *x, int64_t n, const char *what) {
    tlb_stats_t s;
    memset(&s, 0x55, sizeof s);
    int rc = tlb_window_stats(x, n, &s);
    CHECK(rc == TLB_OK, "%s n=%ld rc=%d", what, (long)n, rc);
    CHECK(s.n == n && s.reserved == 0.0, "%s n=%ld s.n=%ld", what, (long)n, (long)s.n);
    if (n == 0) {
        CHECK(isnan(s.mean) && isnan(s.variance) && isnan(s.sd) && isnan(s.skewness) &&
                  isnan(s.kurtosis) && isnan(s.min) && isnan(s.max) && isnan(s.m2),
              "%s n=0 not all NaN", what);
        return;
    }
    oracle_t o = oracle(x, n);
    double sd = (double)sqrtl(o.m2 / (n > 1 ? n - 1 : 1));
    double tol_mean = 4e-16 * (fabs(o.max) > fabs(o.min) ? fabs(o.max) : fabs(o.min)) + 1e-300;
    CHECK(fabs(s.mean - (double)o.mean) <= tol_mean + 1e-13 * sd, "%s n=%ld mean %.17g vs %.17Lg",
          what, (long)n, s.mean, o.mean);
    CHECK(s.min == o.min && s.max == o.max, "%s n=%ld min/max %.17g %.17g vs %.17g %.17g", what,
          (long)n, s.min, s.max, o.min, o.max);
    CHECK(tu_close(s.m2, (double)o.m2, 1e-9, 1e-300), "%s n=%ld m2 %.17g vs %.17Lg", what,
          (long)n, s.m2, o.m2);
    if (n < 2) {
        CHECK(isnan(s.variance) && isnan(s.sd) && isnan(s.skewness) && isnan(s.kurtosis),
              "%s n=1 expects NaN variance", what);
        CHECK(s.m2 == 0.0, "%s n=1 m2=%g", what, s.m2);
        return;
    }
    CHECK(tu_close(s.variance, (double)(o.m2 / (n - 1)), 1e-9, 1e-300), "%s n=%ld var %.17g", what,
          (long)n, s.variance);
    CHECK(tu_close(s.sd, sd, 1e-9, 1e-300), "%s n=%ld sd %.17g vs %.17g", what, (long)n, s.sd, sd);
    if (o.m2 == 0) {
        CHECK(isnan(s.skewness) && isnan(s.kurtosis), "%s constant data: skew/kurt NaN", what);
        return;
    }
    long double c2 = o.m2 / n;
    double g1 = (double)((o.m3 / n) / (c2 * sqrtl(c2)));
    double g2 = (double)((o.m4 / n) / (c2 * c2) - 3);
    CHECK(tu_close(s.skewness, g1, 1e-7, 1e-7), "%s n=%ld skew %.17g vs %.17g", what, (long)n,
          s.skewness, g1);
    CHECK(tu_close(s.kurtosis, g2, 1e-7, 1e-7), "%s n=%ld kurt %.17g vs %.17g", what, (long)n,
          s.kurtosis, g2);
}

static void fill(double *x, int64_t n, int kind) {
    for (int64_t i = 0; i < n; i++) {
        switch (kind) {
        case 0: x[i] = tu_normal(); break;
        case 1: x[i] = 1e9 + tu_normal() * 1e-3; break;       /* large mean */
        case 2: x[i] = tu_normal() * 1e-310; break;           /* denormals */
        case 3: x[i] = tu_fat() * 0.01; break;                /* fat tails */
        case 4: x[i] = -12345.678; break;                     /* constant */
        case 5: x[i] = (double)(i % 7) - 3.0; break;          /* small integers */
        default: x[i] = tu_fat() * 1e300; break;              /* huge: d^4 would overflow */
        }
    }
}
static const char *KIND[] = {"normal", "large-mean", "denormal", "fat", "constant", "ints", "huge"};
#define NKIND 7

static void test_random(void) {
    int64_t nmax = 100003 + 1;
    double *buf = tu_xmalloc((size_t)nmax * 8);
    for (int kind = 0; kind < NKIND; kind++) {
        for (int li = 0; li < TU_NLENGTHS; li++) {
            int64_t n = TU_LENGTHS[li];
            for (int off = 0; off < 2; off++) {
                fill(buf + off, n, kind);
                check_against_oracle(buf + off, n, KIND[kind]);
            }
        }
    }
    free(buf);
}

static void test_special(void) {
    double x[40];
    tlb_stats_t s;
    for (int n = 1; n <= 33; n++) {
        for (int pos = 0; pos < n; pos += (n > 3 ? n / 3 : 1)) {
            for (int i = 0; i < n; i++) x[i] = i * 0.5;
            x[pos] = NAN;
            tlb_window_stats(x, n, &s);
            CHECK(s.n == n && isnan(s.mean) && isnan(s.variance) && isnan(s.sd) && isnan(s.skewness) &&
                      isnan(s.kurtosis) && isnan(s.min) && isnan(s.max) && isnan(s.m2) && s.reserved == 0,
                  "NaN at %d of %d must make every double NaN (min=%g)", pos, n, s.min);
            x[pos] = INFINITY;
            tlb_window_stats(x, n, &s);
            CHECK(s.mean == INFINITY && s.max == INFINITY && (n == 1 || isnan(s.variance)),
                  "+inf at %d of %d: mean=%g var=%g", pos, n, s.mean, s.variance);
            CHECK(n == 1 ? s.min == INFINITY : s.min == (pos == 0 ? 0.5 : 0.0), "+inf min=%g", s.min);
            x[pos] = -INFINITY;
            tlb_window_stats(x, n, &s);
            CHECK(s.mean == -INFINITY && s.min == -INFINITY, "-inf at %d of %d: mean=%g", pos, n, s.mean);
            if (n >= 2) {
                x[(pos + 1) % n] = INFINITY;
                tlb_window_stats(x, n, &s);
                CHECK(isnan(s.mean) && s.min == -INFINITY && s.max == INFINITY && isnan(s.variance),
                      "+inf and -inf: mean=%g", s.mean);
            }
        }
    }
    /* overflowing sum of finite values: the mean is still finite */
    for (int n = 2; n <= 33; n++) {
        for (int i = 0; i < n; i++) x[i] = 1.7e308;
        tlb_window_stats(x, n, &s);
        CHECK(tu_close(s.mean, 1.7e308, 1e-15, 0), "overflow n=%d mean=%g", n, s.mean);
    }
    double one = 3.5;
    tlb_window_stats(&one, 1, &s);
    CHECK(s.mean == 3.5 && s.min == 3.5 && s.max == 3.5 && s.m2 == 0 && isnan(s.variance), "n=1");
    double two[2] = {1.0, 3.0};
    tlb_window_stats(two, 2, &s);
    CHECK(s.mean == 2.0 && s.variance == 2.0 && s.m2 == 2.0 && s.skewness == 0.0 && s.kurtosis == -2.0,
          "n=2 mean=%g var=%g skew=%g kurt=%g", s.mean, s.variance, s.skewness, s.kurtosis);
    CHECK(tlb_window_stats(NULL, 0, &s) == TLB_OK && isnan(s.mean) && s.n == 0, "NULL x with n=0");
    CHECK(tlb_window_stats(NULL, 1, &s) == TLB_ERR_ARG, "NULL x");
    CHECK(tlb_window_stats(x, -1, &s) == TLB_ERR_ARG, "negative n");
    CHECK(tlb_window_stats(x, 1, NULL) == TLB_ERR_ARG, "NULL out");
}

static void test_guard(void) {
    for (int64_t n = 1; n <= 40; n++) {
        tu_guard g = tu_guard_alloc(n);
        fill(g.x, n, 0);
        check_against_oracle(g.x, n, "guard");
        tu_guard_free(g);
    }
}

/* NIST StRD NumAcc1-4 (certified values are for the exact decimal data). */
static void test_nist(void) {
    static double x[1001];
    tlb_stats_t s;
    x[0] = 10000001; x[1] = 10000003; x[2] = 10000002;
    tlb_window_stats(x, 3, &s);
    CHECK(tu_lre(s.mean, 10000002.0) >= 9 && tu_lre(s.sd, 1.0) >= 8, "NumAcc1 mean LRE %.1f sd LRE %.1f",
          tu_lre(s.mean, 10000002.0), tu_lre(s.sd, 1.0));
    const char *base[3] = {"1.", "1000000.", "1000000000."};
    double cmean[3] = {1.2, 1000000.2, 1000000000.2};
    for (int b = 0; b < 3; b++) {
        char buf[64];
        snprintf(buf, sizeof buf, "%s2", base[b]);
        x[0] = strtod(buf, NULL);
        for (int i = 0; i < 500; i++) {
            snprintf(buf, sizeof buf, "%s1", base[b]);
            x[1 + 2 * i] = strtod(buf, NULL);
            snprintf(buf, sizeof buf, "%s3", base[b]);
            x[2 + 2 * i] = strtod(buf, NULL);
        }
        tlb_window_stats(x, 1001, &s);
        double lm = tu_lre(s.mean, cmean[b]), ls = tu_lre(s.sd, 0.1);
        oracle_t o = oracle(x, 1001);
        double exact_sd = (double)sqrtl(o.m2 / 1000);
        double ls_bin = tu_lre(s.sd, exact_sd);
        printf("  NumAcc%d [%s]: mean LRE %.1f, sd LRE %.1f vs certified, %.1f vs the exact sd of the "
               "binary inputs\n", b + 2, tlb_isa_name(tlb_active_isa()), lm, ls, ls_bin);
        CHECK(lm >= 9, "NumAcc%d mean LRE %.2f", b + 2, lm);
        CHECK(ls_bin >= 8, "NumAcc%d sd LRE vs binary inputs %.2f", b + 2, ls_bin);
        /* NumAcc4: 1000000000.1 etc. are not representable (ulp 1.2e-7), so the exact sd of the
         * binary inputs is 0.0999999642...: LRE 6.45 vs certified is the best any double
         * algorithm can reach; the numerically meaningful check is the one above. */
        CHECK(ls >= (b == 2 ? 6.4 : 8), "NumAcc%d sd LRE vs certified %.2f", b + 2, ls);
    }
}

int main(void) {
    for (int k = 0; k < 3; k++) {
        if (!tu_use_isa(TU_ISAS[k])) {
            continue;
        }
        tu_ctx = tlb_isa_name(TU_ISAS[k]);
        printf("isa %s\n", tu_ctx);
        test_random();
        test_special();
        test_guard();
        test_nist();
    }
    return tu_summary("test_stats");
}
