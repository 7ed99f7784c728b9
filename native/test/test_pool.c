/* test_pool.c - lock-free block pool: layout, arguments, exhaustion, double release, and a
 * 4-thread acquire/release stress test with ownership marks proving no block is handed out
 * twice. Usage: test_pool [iterations per thread] (default 1,000,000). */
#include "test_util.h"

#include <pthread.h>
#include <stddef.h>

_Static_assert(sizeof(tlb_pool_t) == 256, "pool header");
_Static_assert(offsetof(tlb_pool_t, block_size) == 128 && offsetof(tlb_pool_t, block_count) == 132 &&
                   offsetof(tlb_pool_t, magic) == 136 && offsetof(tlb_pool_t, blocks_offset) == 144,
               "pool layout");

static tlb_pool_t *make_pool(int32_t bs, int32_t count, void **mem) {
    int64_t bytes = tlb_pool_bytes(bs, count);
    *mem = aligned_alloc(TLB_POOL_ALIGN, (size_t)((bytes + 127) / 128 * 128));
    CHECK(tlb_pool_init(*mem, bytes, bs, count) == TLB_OK, "init");
    return (tlb_pool_t *)*mem;
}

static void test_basic(void) {
    CHECK(tlb_pool_bytes(64, 10) == 256 + 64 + 640, "bytes %ld", (long)tlb_pool_bytes(64, 10));
    CHECK(tlb_pool_bytes(12, 10) == 0 && tlb_pool_bytes(0, 10) == 0 && tlb_pool_bytes(8, 0) == 0 &&
              tlb_pool_bytes(8, -1) == 0,
          "invalid -> 0");
    void *mem;
    tlb_pool_t *p = make_pool(24, 17, &mem);
    CHECK(p->block_size == 24 && p->block_count == 17 && p->magic == TLB_POOL_MAGIC && p->blocks_offset == 256 + 128,
          "header offset=%lu", (unsigned long)p->blocks_offset);
    CHECK(tlb_pool_available(p) == 17, "all free");
    int32_t got[17];
    char seen[17] = {0};
    for (int i = 0; i < 17; i++) {
        got[i] = tlb_pool_acquire(p);
        CHECK(got[i] >= 0 && got[i] < 17 && !seen[got[i]], "distinct %d", got[i]);
        if (got[i] >= 0 && got[i] < 17) seen[got[i]] = 1;
        char *b = tlb_pool_block(p, got[i]);
        CHECK(b == (char *)p + 384 + 24 * got[i] && ((uintptr_t)((char *)p + p->blocks_offset) % 64) == 0,
              "block address");
        memset(b, 0xAB, 24); /* must not corrupt neighbours or the free list */
    }
    CHECK(tlb_pool_acquire(p) == -1 && tlb_pool_available(p) == 0, "exhausted");
    CHECK(tlb_pool_release(p, got[3]) == TLB_OK && tlb_pool_available(p) == 1, "release");
    CHECK(tlb_pool_release(p, got[3]) == TLB_ERR_STATE, "double release detected");
    CHECK(tlb_pool_release(p, 17) == TLB_ERR_ARG && tlb_pool_release(p, -1) == TLB_ERR_ARG, "range");
    CHECK(tlb_pool_acquire(p) == got[3], "LIFO reuse");
    for (int i = 0; i < 17; i++) CHECK(tlb_pool_release(p, got[i]) == TLB_OK, "release all");
    CHECK(tlb_pool_available(p) == 17, "all back");
    CHECK(tlb_pool_block(p, 17) == NULL && tlb_pool_block(p, -1) == NULL, "block range");
    CHECK(tlb_pool_init((char *)mem + 64, 4096, 8, 4) == TLB_ERR_ALIGN, "misaligned");
    CHECK(tlb_pool_init(mem, 100, 8, 4) == TLB_ERR_ARG, "short memory");
    p->magic = 1;
    CHECK(tlb_pool_acquire(p) == TLB_ERR_LAYOUT && tlb_pool_release(p, 0) == TLB_ERR_LAYOUT &&
              tlb_pool_available(p) == TLB_ERR_LAYOUT && tlb_pool_block(p, 0) == NULL,
          "bad magic");
    CHECK(tlb_pool_acquire(NULL) == -1 && tlb_pool_release(NULL, 0) == TLB_ERR_ARG, "NULL pool");
    free(mem);
}

enum { THREADS = 4, BLOCKS = 16, HOLD = 6 };

typedef struct {
    tlb_pool_t *p;
    int id;
    long iters;
    long errors, acquired, empty;
} worker_t;

/* Block layout in the stress test: [0] owner mark (atomic), [1..7] pattern. */
static void *worker(void *arg) {
    worker_t *w = arg;
    int32_t held[HOLD];
    int nheld = 0;
    uint64_t me = (uint64_t)w->id + 1;
    for (long it = 0; it < w->iters; it++) {
        if (nheld < HOLD && (it % 3 != 2 || nheld == 0)) {
            int32_t b = tlb_pool_acquire(w->p);
            if (b < 0) {
                w->empty++;
            } else {
                uint64_t *blk = tlb_pool_block(w->p, b);
                uint64_t expect = 0;
                if (!__atomic_compare_exchange_n(&blk[0], &expect, me, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
                    w->errors++; /* handed out twice */
                }
                for (int j = 1; j < 8; j++) blk[j] = me * 1000 + (uint64_t)b;
                held[nheld++] = b;
                w->acquired++;
            }
        } else {
            int32_t b = held[--nheld];
            uint64_t *blk = tlb_pool_block(w->p, b);
            for (int j = 1; j < 8; j++) {
                if (blk[j] != me * 1000 + (uint64_t)b) w->errors++; /* someone wrote our block */
            }
            uint64_t expect = me;
            if (!__atomic_compare_exchange_n(&blk[0], &expect, 0, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
                w->errors++;
            }
            if (tlb_pool_release(w->p, b) != TLB_OK) w->errors++;
        }
    }
    while (nheld > 0) {
        int32_t b = held[--nheld];
        uint64_t *blk = tlb_pool_block(w->p, b);
        __atomic_store_n(&blk[0], 0, __ATOMIC_RELAXED);
        if (tlb_pool_release(w->p, b) != TLB_OK) w->errors++;
    }
    return NULL;
}

static void test_stress(long iters) {
    void *mem;
    tlb_pool_t *p = make_pool(64, BLOCKS, &mem);
    for (int i = 0; i < BLOCKS; i++) memset(tlb_pool_block(p, i), 0, 64);
    worker_t w[THREADS];
    pthread_t t[THREADS];
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < THREADS; i++) {
        w[i] = (worker_t){p, i, iters, 0, 0, 0};
        pthread_create(&t[i], NULL, worker, &w[i]);
    }
    long errors = 0, acquired = 0, empty = 0;
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        errors += w[i].errors;
        acquired += w[i].acquired;
        empty += w[i].empty;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
    printf("  stress: %d threads x %ld ops in %.2f s: %ld acquires, %ld empty, %ld ownership errors\n", THREADS,
           iters, secs, acquired, empty, errors);
    CHECK(errors == 0, "ownership errors %ld", errors);
    CHECK(tlb_pool_available(p) == BLOCKS, "all blocks back: %d", tlb_pool_available(p));
    /* the free list is intact: draining it yields every block exactly once */
    char seen[BLOCKS] = {0};
    int ok = 1;
    for (int i = 0; i < BLOCKS; i++) {
        int32_t b = tlb_pool_acquire(p);
        ok &= b >= 0 && b < BLOCKS && !seen[b];
        if (b >= 0 && b < BLOCKS) seen[b] = 1;
    }
    CHECK(ok && tlb_pool_acquire(p) == -1, "free list intact after stress");
    free(mem);
}

int main(int argc, char **argv) {
    long iters = argc > 1 ? strtol(argv[1], NULL, 10) : 1000000;
    tu_ctx = "pool";
    test_basic();
    test_stress(iters);
    return tu_summary("test_pool");
}
