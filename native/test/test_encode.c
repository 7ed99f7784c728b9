/* test_encode.c - tanh LUT accuracy (dense, vs libm), tanh_array bit-identity across ISAs,
 * amplitude encoding and state overlap against oracles written here. */
#include "test_util.h"

static int same_bits(double a, double b) {
    return memcmp(&a, &b, sizeof a) == 0 || (isnan(a) && isnan(b));
}

__attribute__((unused)) static void test_tanh_scalar(void) {
    double maxerr = 0, at = 0;
    const int64_t steps = 16000000; /* step 1e-6 over [-8, 8] */
    for (int64_t i = 0; i <= steps; i++) {
        double x = -8.0 + 16.0 * (double)i / (double)steps;
        double e = fabs(tlb_tanh(x) - tanh(x));
        if (e > maxerr) {
            maxerr = e;
            at = x;
        }
    }
    for (int i = 0; i < 1000000; i++) { /* random points too */
        double x = (tu_uniform() - 0.5) * 16.0;
        double e = fabs(tlb_tanh(x) - tanh(x));
        if (e > maxerr) {
            maxerr = e;
            at = x;
        }
    }
    printf("  tanh LUT: max |error| on [-8, 8] = %.3g at x = %.9g (17M points)\n", maxerr, at);
    CHECK(maxerr <= 1e-6, "tanh max error %g at %g", maxerr, at);
    CHECK(tlb_tanh(8.0000001) == 1.0 && tlb_tanh(-9.0) == -1.0 && tlb_tanh(INFINITY) == 1.0 &&
              tlb_tanh(-INFINITY) == -1.0 && tlb_tanh(1e300) == 1.0,
          "outside [-8, 8] gives +-1");
    CHECK(isnan(tlb_tanh(NAN)), "tanh NaN");
    CHECK(tlb_tanh(0.0) == 0.0 && !signbit(tlb_tanh(0.0)) && signbit(tlb_tanh(-0.0)), "tanh +-0");
    CHECK(fabs(tlb_tanh(8.0) - tanh(8.0)) <= 1e-6, "tanh(8)");
    CHECK(fabs(tlb_tanh(4.9e-324) - 4.9e-324) <= 1e-300 && tlb_tanh(-1e-310) <= 0, "tanh denormal");
    for (int i = 0; i < 1000; i++) { /* odd symmetry */
        double x = tu_uniform() * 10;
        CHECK(tlb_tanh(-x) == -tlb_tanh(x), "odd at %g", x);
    }
}

static void fill(double *x, int64_t n) {
    static const double special[] = {NAN, INFINITY, -INFINITY, 0.0, -0.0, 8.0, -8.0, 7.999999999, 1e-310, 64.0};
    for (int64_t i = 0; i < n; i++) {
        x[i] = (i % 9 == 4) ? special[(i / 9) % 10] : tu_normal() * 3;
    }
}

static void test_tanh_array(void) {
    double *x = tu_xmalloc(100004 * 8), *y = tu_xmalloc(100004 * 8);
    for (int li = 0; li < TU_NLENGTHS; li++) {
        int64_t n = TU_LENGTHS[li];
        for (int off = 0; off < 2; off++) {
            fill(x + off, n);
            CHECK(tlb_tanh_array(x + off, n, y + off) == TLB_OK, "rc");
            int ok = 1;
            for (int64_t i = 0; i < n; i++) ok &= same_bits(y[off + i], tlb_tanh(x[off + i]));
            CHECK(ok, "tanh_array n=%ld off=%d bit-identical to tlb_tanh", (long)n, off);
            memcpy(y, x, (size_t)(n + off) * 8); /* in place (out aliases x) */
            tlb_tanh_array(y + off, n, y + off);
            ok = 1;
            for (int64_t i = 0; i < n; i++) ok &= same_bits(y[off + i], tlb_tanh(x[off + i]));
            CHECK(ok, "tanh_array in place n=%ld", (long)n);
        }
    }
    for (int64_t n = 1; n <= 33; n++) {
        tu_guard g = tu_guard_alloc(n), h = tu_guard_alloc(n);
        fill(g.x, n);
        tlb_tanh_array(g.x, n, h.x);
        int ok = 1;
        for (int64_t i = 0; i < n; i++) ok &= same_bits(h.x[i], tlb_tanh(g.x[i]));
        CHECK(ok, "guard n=%ld", (long)n);
        tu_guard_free(g);
        tu_guard_free(h);
    }
    CHECK(tlb_tanh_array(NULL, 1, y) == TLB_ERR_ARG && tlb_tanh_array(x, 1, NULL) == TLB_ERR_ARG &&
              tlb_tanh_array(x, -1, y) == TLB_ERR_ARG && tlb_tanh_array(NULL, 0, NULL) == TLB_OK,
          "tanh_array args");
    free(x);
    free(y);
}

static void test_encode_overlap(void) {
    double *z = tu_xmalloc(100004 * 8), *a = tu_xmalloc(100004 * 8), *b = tu_xmalloc(100004 * 8);
    for (int li = 0; li < TU_NLENGTHS; li++) {
        int64_t n = TU_LENGTHS[li];
        for (int off = 0; off < 2; off++) {
            double *zz = z + off, *aa = a + off, *bb = b + off;
            for (int64_t i = 0; i < n; i++) zz[i] = tu_fat();
            CHECK(tlb_amplitude_encode(zz, n, aa) == TLB_OK, "encode rc");
            long double ss = 0;
            for (int64_t i = 0; i < n; i++) ss += (long double)tlb_tanh(zz[i]) * tlb_tanh(zz[i]);
            long double norm = sqrtl(ss);
            int ok = 1;
            long double check = 0;
            for (int64_t i = 0; i < n; i++) {
                ok &= fabs(aa[i] - (double)(tlb_tanh(zz[i]) / norm)) <= 4e-16;
                check += (long double)aa[i] * aa[i];
            }
            CHECK(ok, "encode n=%ld values", (long)n);
            CHECK(n == 0 || fabsl(check - 1) < 1e-13, "encode n=%ld unit norm %.17Lg", (long)n, check);
            /* overlap with itself is 1; with another state matches the oracle */
            if (n > 0) {
                double s = tlb_state_overlap(aa, aa, n);
                CHECK(fabs(s - 1) < 1e-13, "self overlap n=%ld %.17g", (long)n, s);
            }
            for (int64_t i = 0; i < n; i++) bb[i] = tu_normal();
            long double dot = 0;
            for (int64_t i = 0; i < n; i++) dot += (long double)aa[i] * bb[i];
            double got = tlb_state_overlap(aa, bb, n);
            CHECK(tu_close(got, (double)(dot * dot), 1e-10, 1e-15), "overlap n=%ld %.17g vs %.17Lg", (long)n, got,
                  dot * dot);
            /* in place */
            memcpy(bb, zz, (size_t)n * 8);
            tlb_amplitude_encode(bb, n, bb);
            CHECK(n == 0 || memcmp(aa, bb, (size_t)n * 8) == 0, "encode in place n=%ld", (long)n);
        }
    }
    double zero[5] = {0, 0, -0.0, 0, 0}, out[5] = {1, 1, 1, 1, 1};
    CHECK(tlb_amplitude_encode(zero, 5, out) == TLB_OK && out[0] == 0 && out[4] == 0, "zero norm -> zeros");
    double tiny[3] = {1e-310, -2e-310, 0}, tout[3];
    tlb_amplitude_encode(tiny, 3, tout);
    CHECK(fabs(tout[0] - 1 / sqrt(5.0)) < 1e-5 && fabs(tout[1] + 2 / sqrt(5.0)) < 1e-5,
          "denormal input still normalised: %g %g", tout[0], tout[1]);
    double withnan[4] = {1, NAN, 2, 3}, nout[4];
    tlb_amplitude_encode(withnan, 4, nout);
    CHECK(isnan(nout[0]) && isnan(nout[3]), "NaN -> all NaN");
    CHECK(tlb_amplitude_encode(NULL, 0, NULL) == TLB_OK && tlb_amplitude_encode(NULL, 1, out) == TLB_ERR_ARG,
          "encode args");
    CHECK(tlb_state_overlap(NULL, NULL, 0) == 0 && isnan(tlb_state_overlap(a, b, -1)) &&
              isnan(tlb_state_overlap(NULL, b, 1)),
          "overlap args");
    free(z);
    free(a);
    free(b);
}

int main(void) {
    tu_ctx = "tanh";
#ifndef TU_ONLY_ISA
    test_tanh_scalar(); /* scalar tlb_tanh: once, not again in the emulated build */
#endif
    for (int k = 0; k < 3; k++) {
        if (!tu_use_isa(TU_ISAS[k])) {
            continue;
        }
        tu_ctx = tlb_isa_name(TU_ISAS[k]);
        printf("isa %s\n", tu_ctx);
        test_tanh_array();
        test_encode_overlap();
    }
    return tu_summary("test_encode");
}
