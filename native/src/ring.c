/*
 * ring.c - single-producer single-consumer ring over caller memory (layout in talebian.h).
 *
 * Protocol (the Java side follows the same one with VarHandle acquire/release):
 *   producer: t = tail (plain: it is the only writer), h = head (ACQUIRE), full if t - h ==
 *             capacity, copy into slot t & mask, tail = t + n (RELEASE: publishes the slots);
 *   consumer: h = head (plain), t = tail (ACQUIRE), empty if t == h, copy out of slot
 *             h & mask, head = h + n (RELEASE: hands the slots back to the producer).
 * Cursors are 64-bit and only grow (mod 2^64), so tail - head is the size even after wrap.
 */
#include "baseline.h"

#include <stddef.h>
#include <string.h>

_Static_assert(sizeof(tlb_ring_t) == TLB_RING_HEADER_BYTES, "tlb_ring_t is 384 bytes");
_Static_assert(offsetof(tlb_ring_t, head) == 0, "layout");
_Static_assert(offsetof(tlb_ring_t, tail) == 128, "layout");
_Static_assert(offsetof(tlb_ring_t, capacity) == 256, "layout");
_Static_assert(offsetof(tlb_ring_t, mask) == 264, "layout");
_Static_assert(offsetof(tlb_ring_t, elem_size) == 272, "layout");
_Static_assert(offsetof(tlb_ring_t, magic) == 276, "layout");

#define TLB_SLOTS(r) ((uint8_t *)(r) + TLB_RING_HEADER_BYTES)

int64_t tlb_ring_bytes(int64_t capacity, int32_t elem_size) {
    if (capacity < 2 || (capacity & (capacity - 1)) != 0 || elem_size < 8 || (elem_size & 7) != 0) {
        return 0;
    }
    if (capacity > (INT64_MAX - TLB_RING_HEADER_BYTES) / elem_size) {
        return 0;
    }
    return TLB_RING_HEADER_BYTES + capacity * (int64_t)elem_size;
}

int tlb_ring_init(void *mem, int64_t mem_bytes, int64_t capacity, int32_t elem_size) {
    int64_t need = tlb_ring_bytes(capacity, elem_size);
    if (mem == NULL || need == 0 || mem_bytes < need) {
        return TLB_ERR_ARG;
    }
    if (((uintptr_t)mem & (TLB_RING_ALIGN - 1)) != 0) {
        return TLB_ERR_ALIGN;
    }
    tlb_ring_t *r = (tlb_ring_t *)mem;
    memset(r, 0, TLB_RING_HEADER_BYTES);
    r->capacity = (uint64_t)capacity;
    r->mask = (uint64_t)capacity - 1;
    r->elem_size = (uint32_t)elem_size;
    /* Publishes the geometry: a thread that sees the magic (acquire) sees the fields. */
    __atomic_store_n(&r->magic, TLB_RING_MAGIC, __ATOMIC_RELEASE);
    return TLB_OK;
}

static inline int tlb_ring_valid(const tlb_ring_t *r) {
    return r != NULL && __atomic_load_n(&r->magic, __ATOMIC_ACQUIRE) == TLB_RING_MAGIC;
}

/* Copies count elements between the slots from cursor pos on and a contiguous buffer, in at
 * most two memcpy calls (the second after the wrap). */
static inline void tlb_ring_copy_in(tlb_ring_t *r, uint64_t pos, const uint8_t *src, uint64_t count) {
    uint64_t es = r->elem_size, idx = pos & r->mask, first = r->capacity - idx;
    if (first > count) {
        first = count;
    }
    memcpy(TLB_SLOTS(r) + idx * es, src, first * es);
    if (count > first) {
        memcpy(TLB_SLOTS(r), src + first * es, (count - first) * es);
    }
}

static inline void tlb_ring_copy_out(const tlb_ring_t *r, uint64_t pos, uint8_t *dst, uint64_t count) {
    uint64_t es = r->elem_size, idx = pos & r->mask, first = r->capacity - idx;
    if (first > count) {
        first = count;
    }
    memcpy(dst, TLB_SLOTS(r) + idx * es, first * es);
    if (count > first) {
        memcpy(dst + first * es, TLB_SLOTS(r), (count - first) * es);
    }
}

int tlb_ring_push(tlb_ring_t *ring, const void *elem) {
    if (!tlb_ring_valid(ring) || elem == NULL) {
        return ring == NULL || elem == NULL ? TLB_ERR_ARG : TLB_ERR_LAYOUT;
    }
    uint64_t t = __atomic_load_n(&ring->tail, __ATOMIC_RELAXED);
    uint64_t h = __atomic_load_n(&ring->head, __ATOMIC_ACQUIRE);
    if (t - h >= ring->capacity) {
        return 0;
    }
    memcpy(TLB_SLOTS(ring) + (t & ring->mask) * ring->elem_size, elem, ring->elem_size);
    __atomic_store_n(&ring->tail, t + 1, __ATOMIC_RELEASE);
    return 1;
}

int tlb_ring_pop(tlb_ring_t *ring, void *elem_out) {
    if (!tlb_ring_valid(ring) || elem_out == NULL) {
        return ring == NULL || elem_out == NULL ? TLB_ERR_ARG : TLB_ERR_LAYOUT;
    }
    uint64_t h = __atomic_load_n(&ring->head, __ATOMIC_RELAXED);
    uint64_t t = __atomic_load_n(&ring->tail, __ATOMIC_ACQUIRE);
    if (t == h) {
        return 0;
    }
    memcpy(elem_out, TLB_SLOTS(ring) + (h & ring->mask) * ring->elem_size, ring->elem_size);
    __atomic_store_n(&ring->head, h + 1, __ATOMIC_RELEASE);
    return 1;
}

int64_t tlb_ring_push_batch(tlb_ring_t *ring, const void *elems, int64_t count) {
    if (ring == NULL || count < 0 || (elems == NULL && count > 0)) {
        return TLB_ERR_ARG;
    }
    if (!tlb_ring_valid(ring)) {
        return TLB_ERR_LAYOUT;
    }
    uint64_t t = __atomic_load_n(&ring->tail, __ATOMIC_RELAXED);
    uint64_t h = __atomic_load_n(&ring->head, __ATOMIC_ACQUIRE);
    uint64_t room = ring->capacity - (t - h);
    uint64_t n = (uint64_t)count < room ? (uint64_t)count : room;
    if (n == 0) {
        return 0;
    }
    tlb_ring_copy_in(ring, t, (const uint8_t *)elems, n);
    __atomic_store_n(&ring->tail, t + n, __ATOMIC_RELEASE);
    return (int64_t)n;
}

int64_t tlb_ring_pop_batch(tlb_ring_t *ring, void *out, int64_t max) {
    if (ring == NULL || max < 0 || (out == NULL && max > 0)) {
        return TLB_ERR_ARG;
    }
    if (!tlb_ring_valid(ring)) {
        return TLB_ERR_LAYOUT;
    }
    uint64_t h = __atomic_load_n(&ring->head, __ATOMIC_RELAXED);
    uint64_t t = __atomic_load_n(&ring->tail, __ATOMIC_ACQUIRE);
    uint64_t avail = t - h;
    uint64_t n = (uint64_t)max < avail ? (uint64_t)max : avail;
    if (n == 0) {
        return 0;
    }
    tlb_ring_copy_out(ring, h, (uint8_t *)out, n);
    __atomic_store_n(&ring->head, h + n, __ATOMIC_RELEASE);
    return (int64_t)n;
}

int64_t tlb_ring_size(const tlb_ring_t *ring) {
    if (ring == NULL) {
        return TLB_ERR_ARG;
    }
    if (!tlb_ring_valid(ring)) {
        return TLB_ERR_LAYOUT;
    }
    /* head first, then tail: tail - head can only over-estimate, so clamp to capacity. */
    uint64_t h = __atomic_load_n(&ring->head, __ATOMIC_ACQUIRE);
    uint64_t t = __atomic_load_n(&ring->tail, __ATOMIC_ACQUIRE);
    uint64_t s = t - h;
    return (int64_t)(s > ring->capacity ? ring->capacity : s);
}
