/*
 * pool.c - lock-free fixed-size block pool over caller memory (layout in talebian.h).
 *
 * Free list: a Treiber stack of block indices. head = tag:32 | (index+1):32, 0 in the low half
 * means empty; next[i] = (index+1) of the block under i, 0 at the bottom. Every successful CAS
 * on head bumps the tag, so a head value read before another thread's pop+push of the same
 * block no longer matches (ABA-safe up to 2^32 operations between one thread's read and CAS).
 *
 * Memory orders:
 *   acquire: h = head (ACQUIRE); nx = next[idx] (RELAXED, may be stale: the CAS then fails);
 *            CAS(head, h -> tag+1|nx) ACQUIRE on success: sees the releaser's writes to the
 *            block and to next[idx].
 *   release: h = head (RELAXED); next[idx] = low(h) (RELAXED); CAS(head, h -> tag+1|idx+1)
 *            RELEASE on success: publishes next[idx] and the block contents.
 *   next[] is only touched with __atomic operations (a stale reader is not a data race).
 *
 * Double-release detection: while a block is handed out its next[] entry holds
 * TLB_POOL_NEXT_ACQUIRED (0xFFFFFFFF, never a valid link). release claims the block by CAS
 * ACQUIRED -> link; if the entry is not ACQUIRED the block is free already (double release, or
 * a release of a block never acquired) and release returns TLB_ERR_STATE without touching the
 * list. Cost: one uncontended CAS on the releasing thread's own next[] entry.
 */
#include "baseline.h"

#include <stddef.h>
#include <string.h>

_Static_assert(sizeof(tlb_pool_t) == TLB_POOL_HEADER_BYTES, "tlb_pool_t is 256 bytes");
_Static_assert(offsetof(tlb_pool_t, block_size) == 128, "layout");
_Static_assert(offsetof(tlb_pool_t, block_count) == 132, "layout");
_Static_assert(offsetof(tlb_pool_t, magic) == 136, "layout");
_Static_assert(offsetof(tlb_pool_t, reserved) == 140, "layout");
_Static_assert(offsetof(tlb_pool_t, blocks_offset) == 144, "layout");

#ifndef TLB_POOL_NEXT_ACQUIRED
#define TLB_POOL_NEXT_ACQUIRED 0xFFFFFFFFu
#endif

#define TLB_NEXT(p) ((uint32_t *)((uint8_t *)(p) + TLB_POOL_HEADER_BYTES))

static int64_t tlb_pool_blocks_offset(int64_t count) {
    return TLB_POOL_HEADER_BYTES + ((count * 4 + 63) & ~(int64_t)63);
}

int64_t tlb_pool_bytes(int32_t block_size, int32_t block_count) {
    if (block_size < 8 || (block_size & 7) != 0 || block_count < 1) {
        return 0;
    }
    return tlb_pool_blocks_offset(block_count) + (int64_t)block_size * block_count;
}

int tlb_pool_init(void *mem, int64_t mem_bytes, int32_t block_size, int32_t block_count) {
    int64_t need = tlb_pool_bytes(block_size, block_count);
    if (mem == NULL || need == 0 || mem_bytes < need) {
        return TLB_ERR_ARG;
    }
    if (((uintptr_t)mem & (TLB_POOL_ALIGN - 1)) != 0) {
        return TLB_ERR_ALIGN;
    }
    tlb_pool_t *p = (tlb_pool_t *)mem;
    memset(p, 0, TLB_POOL_HEADER_BYTES);
    p->block_size = (uint32_t)block_size;
    p->block_count = (uint32_t)block_count;
    p->blocks_offset = (uint64_t)tlb_pool_blocks_offset(block_count);
    uint32_t *next = TLB_NEXT(p);
    for (int32_t i = 0; i < block_count; i++) {
        next[i] = i + 1 < block_count ? (uint32_t)(i + 2) : 0u; /* stack: 0, 1, 2, ... */
    }
    memset(next + block_count, 0, (size_t)(p->blocks_offset - TLB_POOL_HEADER_BYTES) - (size_t)block_count * 4);
    p->head = 1; /* tag 0, block 0 on top */
    __atomic_store_n(&p->magic, TLB_POOL_MAGIC, __ATOMIC_RELEASE); /* publishes the rest */
    return TLB_OK;
}

static inline int tlb_pool_valid(const tlb_pool_t *p) {
    return p != NULL && __atomic_load_n(&p->magic, __ATOMIC_ACQUIRE) == TLB_POOL_MAGIC;
}

int32_t tlb_pool_acquire(tlb_pool_t *pool) {
    if (pool == NULL) {
        return -1;
    }
    if (!tlb_pool_valid(pool)) {
        return TLB_ERR_LAYOUT;
    }
    uint32_t *next = TLB_NEXT(pool);
    uint64_t h = __atomic_load_n(&pool->head, __ATOMIC_ACQUIRE);
    for (;;) {
        uint32_t top = (uint32_t)h;
        if (top == 0) {
            return -1;
        }
        uint32_t nx = __atomic_load_n(&next[top - 1], __ATOMIC_RELAXED);
        uint64_t nh = (((h >> 32) + 1) << 32) | nx;
        if (__atomic_compare_exchange_n(&pool->head, &h, nh, 1, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE)) {
            /* Ours now: mark it handed out (only this thread writes next[top-1] until release). */
            __atomic_store_n(&next[top - 1], TLB_POOL_NEXT_ACQUIRED, __ATOMIC_RELAXED);
            return (int32_t)(top - 1);
        }
    }
}

int tlb_pool_release(tlb_pool_t *pool, int32_t index) {
    if (pool == NULL) {
        return TLB_ERR_ARG;
    }
    if (!tlb_pool_valid(pool)) {
        return TLB_ERR_LAYOUT;
    }
    if (index < 0 || (uint32_t)index >= pool->block_count) {
        return TLB_ERR_ARG;
    }
    uint32_t *slot = &TLB_NEXT(pool)[index];
    uint64_t h = __atomic_load_n(&pool->head, __ATOMIC_RELAXED);
    uint32_t expected = TLB_POOL_NEXT_ACQUIRED;
    if (!__atomic_compare_exchange_n(slot, &expected, (uint32_t)h, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
        return TLB_ERR_STATE; /* not handed out: double release */
    }
    for (;;) {
        uint64_t nh = (((h >> 32) + 1) << 32) | (uint64_t)(uint32_t)(index + 1);
        if (__atomic_compare_exchange_n(&pool->head, &h, nh, 1, __ATOMIC_RELEASE, __ATOMIC_RELAXED)) {
            return TLB_OK;
        }
        __atomic_store_n(slot, (uint32_t)h, __ATOMIC_RELAXED); /* h was reloaded by the CAS */
    }
}

void *tlb_pool_block(tlb_pool_t *pool, int32_t index) {
    if (!tlb_pool_valid(pool) || index < 0 || (uint32_t)index >= pool->block_count) {
        return NULL;
    }
    return (uint8_t *)pool + pool->blocks_offset + (uint64_t)index * pool->block_size;
}

int32_t tlb_pool_available(const tlb_pool_t *pool) {
    if (pool == NULL) {
        return TLB_ERR_ARG;
    }
    if (!tlb_pool_valid(pool)) {
        return TLB_ERR_LAYOUT;
    }
    /* Walks the list; bounded by block_count so a concurrently changing list cannot loop. */
    const uint32_t *next = (const uint32_t *)((const uint8_t *)pool + TLB_POOL_HEADER_BYTES);
    uint32_t top = (uint32_t)__atomic_load_n(&pool->head, __ATOMIC_ACQUIRE);
    int32_t count = 0;
    while (top != 0 && top != TLB_POOL_NEXT_ACQUIRED && top <= pool->block_count &&
           (uint32_t)count < pool->block_count) {
        count++;
        top = __atomic_load_n(&next[top - 1], __ATOMIC_RELAXED);
    }
    return count;
}
