/*
 * moments.c - incremental moments (Pebay 2008): add, remove, merge, and add_array (block
 * two-pass moments with the dispatched kernels, then a Pebay merge).
 *
 * Init state: n = 0, mean = m2 = m3 = m4 = 0, min = +inf, max = -inf (the identities of the
 * merge). A NaN added (or in an array) makes mean, m2, m3, m4, min and max NaN until re-init.
 */
#include "baseline.h"

#include <math.h>
#include <stddef.h>

_Static_assert(sizeof(tlb_moments_t) == 56, "tlb_moments_t is 56 bytes");
_Static_assert(offsetof(tlb_moments_t, m4) == 32, "layout");
_Static_assert(offsetof(tlb_moments_t, max) == 48, "layout");

void tlb_moments_init(tlb_moments_t *m) {
    if (m == NULL) {
        return;
    }
    m->n = 0;
    m->mean = 0.0;
    m->m2 = 0.0;
    m->m3 = 0.0;
    m->m4 = 0.0;
    m->min = INFINITY;
    m->max = -INFINITY;
}

static void tlb_minmax(tlb_moments_t *m, double lo, double hi) {
    if (lo < m->min || lo != lo) {
        m->min = lo;
    }
    if (hi > m->max || hi != hi) {
        m->max = hi;
    }
    if (m->min != m->min || m->max != m->max) {
        m->min = m->max = NAN;
    }
}

void tlb_moments_add(tlb_moments_t *m, double x) {
    if (m == NULL) {
        return;
    }
    double n1 = (double)m->n;
    double n = n1 + 1.0;
    double delta = x - m->mean;
    double dn = delta / n;
    double dn2 = dn * dn;
    double t1 = delta * dn * n1;
    m->mean += dn;
    m->m4 += t1 * dn2 * (n * n - 3.0 * n + 3.0) + 6.0 * dn2 * m->m2 - 4.0 * dn * m->m3;
    m->m3 += t1 * dn * (n - 2.0) - 3.0 * dn * m->m2;
    m->m2 += t1;
    m->n++;
    tlb_minmax(m, x, x);
}

int tlb_moments_remove(tlb_moments_t *m, double x) {
    if (m == NULL) {
        return TLB_ERR_ARG;
    }
    if (m->n <= 0) {
        return TLB_ERR_STATE;
    }
    if (m->n == 1) {
        tlb_moments_init(m);
        return TLB_OK;
    }
    /* The exact inverse of add: recover the previous mean, then undo m2, m3, m4 in reverse. */
    double n = (double)m->n;
    double n1 = n - 1.0;
    double mean_prev = m->mean - (x - m->mean) / n1;
    double delta = x - mean_prev;
    double dn = delta / n;
    double dn2 = dn * dn;
    double t1 = delta * dn * n1;
    double m2 = m->m2 - t1;
    if (m2 < 0) {
        m2 = 0.0;
    }
    double m3 = m->m3 - (t1 * dn * (n - 2.0) - 3.0 * dn * m2);
    double m4 = m->m4 - (t1 * dn2 * (n * n - 3.0 * n + 3.0) + 6.0 * dn2 * m2 - 4.0 * dn * m3);
    if (m4 < 0) {
        m4 = 0.0;
    }
    m->mean = mean_prev;
    m->m2 = m2;
    m->m3 = m3;
    m->m4 = m4;
    m->n--;
    return TLB_OK;
}

void tlb_moments_merge(tlb_moments_t *a, const tlb_moments_t *b) {
    if (a == NULL || b == NULL || b->n <= 0) {
        return;
    }
    if (a->n <= 0) {
        *a = *b;
        return;
    }
    double na = (double)a->n, nb = (double)b->n, n = na + nb;
    double delta = b->mean - a->mean;
    double dn = delta / n;
    double d2 = delta * delta;
    double nab = na * nb;
    double m2 = a->m2 + b->m2 + d2 * nab / n;
    double m3 = a->m3 + b->m3 + d2 * delta * nab * (na - nb) / (n * n) +
                3.0 * dn * (na * b->m2 - nb * a->m2);
    double m4 = a->m4 + b->m4 + d2 * d2 * nab * (na * na - nab + nb * nb) / (n * n * n) +
                6.0 * d2 * (na * na * b->m2 + nb * nb * a->m2) / (n * n) +
                4.0 * dn * (na * b->m3 - nb * a->m3);
    a->mean = a->mean + dn * nb;
    a->m2 = m2;
    a->m3 = m3;
    a->m4 = m4;
    a->n += b->n;
    tlb_minmax(a, b->min, b->max);
}

int tlb_moments_add_array(tlb_moments_t *m, const double *x, int64_t n) {
    if (m == NULL || n < 0 || (x == NULL && n > 0)) {
        return TLB_ERR_ARG;
    }
    if (n == 0) {
        return TLB_OK;
    }
    tlb_moments_t b;
    tlb_block blk;
    b.n = n;
    if (tlb__block_moments(tlb__kernels(), x, n, &blk)) {
        b.mean = b.m2 = b.m3 = b.m4 = b.min = b.max = NAN;
    } else {
        b.mean = blk.mean;
        b.m2 = ldexp(blk.ms2, 2 * blk.e);
        b.m3 = ldexp(blk.ms3, 3 * blk.e);
        b.m4 = ldexp(blk.ms4, 4 * blk.e);
        b.min = blk.min;
        b.max = blk.max;
    }
    if (m->n <= 0) {
        *m = b;
        return TLB_OK;
    }
    tlb_moments_merge(m, &b);
    return TLB_OK;
}
