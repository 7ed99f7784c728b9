/* test_ring.c - SPSC ring: layout, argument checks, single-thread wraparound (slot index and
 * 64-bit cursor), and a 2-thread producer/consumer stress test (single and batch API,
 * sequence + checksum). Usage: test_ring [items] (default 10,000,000). */
#include "test_util.h"

#include <pthread.h>
#include <sched.h>
#include <stddef.h>

_Static_assert(sizeof(tlb_ring_t) == 384, "ring header");
_Static_assert(offsetof(tlb_ring_t, tail) == 128 && offsetof(tlb_ring_t, capacity) == 256 &&
                   offsetof(tlb_ring_t, mask) == 264 && offsetof(tlb_ring_t, elem_size) == 272 &&
                   offsetof(tlb_ring_t, magic) == 276,
               "ring layout");

typedef struct {
    uint64_t seq;
    uint64_t check;
} item_t;

static uint64_t mix(uint64_t s) {
    return s * 0x9E3779B97F4A7C15ull ^ (s >> 7);
}

static tlb_ring_t *make_ring(int64_t cap, int32_t es, void **mem) {
    int64_t bytes = tlb_ring_bytes(cap, es);
    *mem = aligned_alloc(TLB_RING_ALIGN, (size_t)((bytes + 127) / 128 * 128));
    CHECK(tlb_ring_init(*mem, bytes, cap, es) == TLB_OK, "init cap=%ld", (long)cap);
    return (tlb_ring_t *)*mem;
}

static void test_args(void) {
    CHECK(tlb_ring_bytes(8, 16) == 384 + 128, "bytes");
    CHECK(tlb_ring_bytes(3, 16) == 0 && tlb_ring_bytes(1, 16) == 0 && tlb_ring_bytes(8, 12) == 0 &&
              tlb_ring_bytes(8, 4) == 0 && tlb_ring_bytes(-8, 8) == 0 && tlb_ring_bytes((int64_t)1 << 62, 8) == 0,
          "invalid geometry -> 0");
    void *mem = aligned_alloc(128, 4096);
    CHECK(tlb_ring_init((char *)mem + 8, 4000, 8, 8) == TLB_ERR_ALIGN, "misaligned");
    CHECK(tlb_ring_init(mem, 100, 8, 8) == TLB_ERR_ARG, "short memory");
    CHECK(tlb_ring_init(NULL, 4096, 8, 8) == TLB_ERR_ARG, "NULL");
    CHECK(tlb_ring_init(mem, 4096, 8, 8) == TLB_OK, "ok");
    tlb_ring_t *r = mem;
    CHECK(r->capacity == 8 && r->mask == 7 && r->elem_size == 8 && r->magic == TLB_RING_MAGIC && r->head == 0 &&
              r->tail == 0,
          "header fields");
    uint64_t v = 1;
    r->magic = 0;
    CHECK(tlb_ring_push(r, &v) == TLB_ERR_LAYOUT && tlb_ring_pop(r, &v) == TLB_ERR_LAYOUT &&
              tlb_ring_push_batch(r, &v, 1) == TLB_ERR_LAYOUT && tlb_ring_size(r) == TLB_ERR_LAYOUT,
          "bad magic");
    CHECK(tlb_ring_push(NULL, &v) == TLB_ERR_ARG && tlb_ring_pop_batch(NULL, &v, 1) == TLB_ERR_ARG, "NULL ring");
    free(mem);
}

static void test_single_thread(void) {
    void *mem;
    tlb_ring_t *r = make_ring(8, 16, &mem);
    item_t it, out[32];
    uint64_t next_push = 0, next_pop = 0;
    /* push/pop patterns whose lengths are coprime with 8: every wrap position is crossed */
    for (int round = 0; round < 200; round++) {
        int np = 1 + round % 7, nq = 1 + (round * 3) % 5;
        for (int i = 0; i < np; i++) {
            it.seq = next_push;
            it.check = mix(next_push);
            int rc = tlb_ring_push(r, &it);
            if (rc == 1) next_push++;
            CHECK(rc == 1 || tlb_ring_size(r) == 8, "push rc=%d size=%ld", rc, (long)tlb_ring_size(r));
        }
        for (int i = 0; i < nq; i++) {
            int rc = tlb_ring_pop(r, &it);
            if (rc == 1) {
                CHECK(it.seq == next_pop && it.check == mix(next_pop), "pop order %lu vs %lu",
                      (unsigned long)it.seq, (unsigned long)next_pop);
                next_pop++;
            } else {
                CHECK(rc == 0 && tlb_ring_size(r) == 0, "pop empty");
            }
        }
        CHECK(tlb_ring_size(r) == (int64_t)(next_push - next_pop), "size");
        /* batch */
        item_t in[11];
        for (int i = 0; i < 11; i++) in[i] = (item_t){next_push + i, mix(next_push + i)};
        int64_t pushed = tlb_ring_push_batch(r, in, 1 + round % 11);
        CHECK(pushed >= 0 && pushed <= 8, "batch push %ld", (long)pushed);
        next_push += (uint64_t)pushed;
        int64_t popped = tlb_ring_pop_batch(r, out, 1 + round % 13);
        for (int64_t i = 0; i < popped; i++) {
            CHECK(out[i].seq == next_pop + (uint64_t)i && out[i].check == mix(next_pop + (uint64_t)i), "batch pop");
        }
        next_pop += (uint64_t)popped;
    }
    /* full and empty */
    while (tlb_ring_pop(r, &it) == 1) {}
    item_t in[9];
    CHECK(tlb_ring_push_batch(r, in, 9) == 8 && tlb_ring_push(r, &it) == 0 && tlb_ring_push_batch(r, in, 1) == 0,
          "full");
    CHECK(tlb_ring_pop_batch(r, out, 32) == 8 && tlb_ring_pop(r, &it) == 0 && tlb_ring_pop_batch(r, out, 4) == 0,
          "empty");
    /* cursors wrapping mod 2^64 */
    r->head = r->tail = UINT64_MAX - 5;
    next_pop = 0;
    for (uint64_t i = 0; i < 40; i++) {
        it.seq = i;
        it.check = mix(i);
        CHECK(tlb_ring_push(r, &it) == 1, "push near 2^64");
        if (i % 3 == 2) {
            int64_t n = tlb_ring_pop_batch(r, out, 3);
            for (int64_t j = 0; j < n; j++) CHECK(out[j].seq == next_pop + (uint64_t)j, "2^64 wrap order");
            next_pop += (uint64_t)n;
        }
    }
    CHECK(tlb_ring_size(r) == (int64_t)(40 - next_pop), "size across 2^64: %ld", (long)tlb_ring_size(r));
    free(mem);
}

typedef struct {
    tlb_ring_t *r;
    uint64_t items;
    uint64_t sum;
    uint64_t errors;
} stress_t;

static void *producer(void *arg) {
    stress_t *s = arg;
    item_t buf[64];
    uint64_t seq = 0;
    while (seq < s->items) {
        if ((seq >> 10) & 1) { /* alternate single and batch every 1024 items */
            item_t it = {seq, mix(seq)};
            if (tlb_ring_push(s->r, &it) == 1) {
                s->sum += it.check;
                seq++;
            } else {
                sched_yield();
            }
        } else {
            uint64_t want = s->items - seq < 64 ? s->items - seq : 1 + seq % 64;
            for (uint64_t i = 0; i < want; i++) buf[i] = (item_t){seq + i, mix(seq + i)};
            int64_t n = tlb_ring_push_batch(s->r, buf, (int64_t)want);
            for (int64_t i = 0; i < n; i++) s->sum += buf[i].check;
            seq += (uint64_t)n;
            if (n == 0) sched_yield();
        }
    }
    return NULL;
}

static void *consumer(void *arg) {
    stress_t *s = arg;
    item_t buf[97];
    uint64_t seq = 0;
    while (seq < s->items) {
        if ((seq >> 11) & 1) {
            item_t it;
            if (tlb_ring_pop(s->r, &it) == 1) {
                if (it.seq != seq || it.check != mix(seq)) s->errors++;
                s->sum += it.check;
                seq++;
            } else {
                sched_yield();
            }
        } else {
            int64_t n = tlb_ring_pop_batch(s->r, buf, 97);
            for (int64_t i = 0; i < n; i++) {
                if (buf[i].seq != seq || buf[i].check != mix(seq)) s->errors++;
                s->sum += buf[i].check;
                seq++;
            }
            if (n == 0) sched_yield();
        }
    }
    return NULL;
}

static void test_stress(uint64_t items) {
    void *mem;
    tlb_ring_t *r = make_ring(1024, 16, &mem);
    stress_t p = {r, items, 0, 0}, c = {r, items, 0, 0};
    pthread_t tp, tc;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pthread_create(&tc, NULL, consumer, &c);
    pthread_create(&tp, NULL, producer, &p);
    pthread_join(tp, NULL);
    pthread_join(tc, NULL);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
    printf("  stress: %lu items in %.2f s, %lu order errors, checksum %s\n", (unsigned long)items, secs,
           (unsigned long)c.errors, p.sum == c.sum ? "equal" : "DIFFERENT");
    CHECK(c.errors == 0, "order errors %lu", (unsigned long)c.errors);
    CHECK(p.sum == c.sum, "checksum");
    CHECK(tlb_ring_size(r) == 0 && r->head == items && r->tail == items, "final cursors");
    free(mem);
}

int main(int argc, char **argv) {
    uint64_t items = argc > 1 ? strtoull(argv[1], NULL, 10) : 10000000ull;
    tu_ctx = "ring";
    test_args();
    test_single_thread();
    test_stress(items);
    return tu_summary("test_ring");
}
