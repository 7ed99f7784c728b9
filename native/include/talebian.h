/*
 * talebian.h - the one C API of the Talebian native core.
 *
 * This header is the single source of truth for the Java/C bridge: the FFM bindings in
 * bindings/ mirror it (a test parses this file and fails on any function or struct without a
 * matching binding), and the JNI glue in native/jni/ calls only what is declared here.
 *
 * Conventions
 *  - Every exported symbol starts with tlb_; every type with tlb_ and ends in _t.
 *  - Lengths are int64_t (Java long). Negative lengths are TLB_ERR_ARG.
 *  - Functions that can fail return int: TLB_OK (0) or a negative TLB_ERR_* code. They never
 *    abort, never print and never allocate on the heap.
 *  - The library picks the best ISA the CPU *and* OS support once, at first use (CPUID +
 *    XGETBV); tlb_set_isa() can only lower it (for tests and comparisons).
 *  - Floating point follows IEEE 754: the library is built without -ffast-math, so NaN and
 *    infinities propagate as documented per function.
 *  - Structs have explicit padding and fixed offsets; each is mirrored field for field by a
 *    Java layout, and tests compare the two.
 */
#ifndef TALEBIAN_H
#define TALEBIAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(TLB_BUILDING_LIBRARY)
#define TLB_API __attribute__((visibility("default")))
#else
#define TLB_API
#endif

/* ---------------------------------------------------------------- version, status, ISA */

#define TLB_VERSION_MAJOR 0
#define TLB_VERSION_MINOR 1
#define TLB_VERSION_PATCH 0

#define TLB_OK 0
#define TLB_ERR_ARG (-1)     /* NULL pointer, negative length or size out of range */
#define TLB_ERR_ALIGN (-2)   /* memory not aligned as the function requires */
#define TLB_ERR_LAYOUT (-3)  /* ring/pool header has a wrong magic or geometry */
#define TLB_ERR_STATE (-4)   /* operation not valid in the current state (e.g. double release) */

#define TLB_ISA_SCALAR 0
#define TLB_ISA_AVX2 1   /* AVX2 + FMA */
#define TLB_ISA_AVX512 2 /* AVX-512 F + DQ */

/* Bits of tlb_cpu_features(): what the CPU reports and what the OS enabled, separately. */
#define TLB_FEAT_CPU_AVX2 (1u << 0)
#define TLB_FEAT_CPU_FMA (1u << 1)
#define TLB_FEAT_CPU_AVX512F (1u << 2)
#define TLB_FEAT_CPU_AVX512DQ (1u << 3)
#define TLB_FEAT_OS_YMM (1u << 8)  /* XCR0 has SSE and AVX state */
#define TLB_FEAT_OS_ZMM (1u << 9)  /* XCR0 has opmask and ZMM state */

/* "major.minor.patch", static storage. */
TLB_API const char *tlb_version(void);
/* Best ISA this CPU and OS can run (TLB_ISA_*). */
TLB_API int tlb_cpu_isa(void);
/* Raw feature bits (TLB_FEAT_*). */
TLB_API uint32_t tlb_cpu_features(void);
/* ISA the kernels currently use. */
TLB_API int tlb_active_isa(void);
/* Request an ISA; it is clamped to tlb_cpu_isa(). Returns the ISA now active, or TLB_ERR_ARG
 * for an unknown value. Not thread-safe against concurrent kernel calls: call at start-up. */
TLB_API int tlb_set_isa(int isa);
/* "scalar", "avx2" or "avx512"; "unknown" for other values. Static storage. */
TLB_API const char *tlb_isa_name(int isa);

/* ---------------------------------------------------------------- window statistics */

/* Moments of a window, computed in one call with a two-pass (mean, then centred sums)
 * algorithm that is NIST StRD accurate. 80 bytes. */
typedef struct tlb_stats_t {
    int64_t n;
    double mean;
    double variance; /* sample variance, divisor n-1; NaN when n < 2 */
    double sd;       /* sqrt(variance) */
    double skewness; /* g1 = m3 / m2^1.5 (m_k central moments / n); NaN when n < 2 or m2 == 0 */
    double kurtosis; /* excess g2 = m4 / m2^2 - 3; NaN when n < 2 or m2 == 0 */
    double min;
    double max;
    double m2;       /* sum of squared deviations (not divided) */
    double reserved; /* always 0; keeps the struct a multiple of 16 bytes */
} tlb_stats_t;

/* n == 0: every double is NaN. A NaN anywhere in x makes every double NaN. x may be NULL only
 * when n == 0. No alignment required. */
TLB_API int tlb_window_stats(const double *x, int64_t n, tlb_stats_t *out);

/* ---------------------------------------------------------------- incremental moments */

/* Running moments (Pebay 2008): add, remove and merge in O(1). 56 bytes.
 * min/max are exact after add and merge; remove cannot shrink them, so after a remove they
 * are an envelope (min <= true min, max >= true max) until the caller rescans. */
typedef struct tlb_moments_t {
    int64_t n;
    double mean;
    double m2; /* sum of (x - mean)^2 */
    double m3; /* sum of (x - mean)^3 */
    double m4; /* sum of (x - mean)^4 */
    double min;
    double max;
} tlb_moments_t;

/* Init state: n = 0, mean = m2 = m3 = m4 = 0, min = +inf, max = -inf. A NaN added makes
 * mean, m2, m3, m4, min and max NaN. */
TLB_API void tlb_moments_init(tlb_moments_t *m);
TLB_API void tlb_moments_add(tlb_moments_t *m, double x);
/* Removes a value previously added. n == 0 after it resets to the init state. */
TLB_API int tlb_moments_remove(tlb_moments_t *m, double x);
/* a := a merged with b (Pebay/Chan pairwise formulas). */
TLB_API void tlb_moments_merge(tlb_moments_t *a, const tlb_moments_t *b);
/* Adds n values: the block's moments are computed two-pass (SIMD) and merged into m. */
TLB_API int tlb_moments_add_array(tlb_moments_t *m, const double *x, int64_t n);

/* ---------------------------------------------------------------- tail kernels (spec 3.2, 3.3) */

/* Partial sums for the Taleb-Douady tail vega and the fragility heuristic over a window,
 * with z_i = (x_i - mu) / sigma. 64 bytes.
 *   left_sum  = sum over z_i < -k of (-z_i),  left_count  = how many
 *   right_sum = sum over z_i > +k of z_i,     right_count = how many
 *   xi_minus / xi_mid / xi_plus = sum over i of max(-k*sigma - s*z_i, 0) for
 *   s = sigma - d, sigma, sigma + d (not divided by n). */
typedef struct tlb_tail_sums_t {
    double left_sum;
    double right_sum;
    int64_t left_count;
    int64_t right_count;
    double xi_minus;
    double xi_mid;
    double xi_plus;
    double reserved; /* always 0 */
} tlb_tail_sums_t;

/* sigma must be > 0 and finite, k >= 0, d >= 0; else TLB_ERR_ARG (NaN arguments included).
 * z_i is computed as (x_i - mu) / sigma (a true division); NaN elements contribute nothing. */
TLB_API int tlb_tail_sums(const double *x, int64_t n, double mu, double sigma, double k, double d,
                          tlb_tail_sums_t *out);

/* Writes the min(k, count of non-NaN x) largest values of x, in descending order, to out.
 * Returns how many were written (>= 0) or a TLB_ERR_*. NaN values are skipped. O(n log k). */
TLB_API int64_t tlb_top_k_desc(const double *x, int64_t n, int64_t k, double *out);

/* Hill estimate from values sorted descending (as tlb_top_k_desc writes them):
 * gamma = (1/k) * sum_{i<k} ln(desc[i] / desc[k]). Needs k >= 1 and k+1 values, all > 0;
 * returns NaN otherwise. */
TLB_API double tlb_hill_gamma(const double *desc, int64_t k);

/* ---------------------------------------------------------------- encoder (spec 3.7) */

/* tanh from a lookup table with cubic Hermite interpolation; |error| <= 1e-6 on [-8, 8];
 * outside it returns +-1 (tanh(8) = 1 - 2.3e-7). NaN gives NaN. */
TLB_API double tlb_tanh(double x);
TLB_API int tlb_tanh_array(const double *x, int64_t n, double *out);
/* out_i = tanh(z_i) / ||tanh(z)||_2. If the norm is 0 (or n == 0) out is all zeros and the
 * return is TLB_OK; out may alias z. */
TLB_API int tlb_amplitude_encode(const double *z, int64_t n, double *out);
/* |<a, b>|^2 for real amplitudes. */
TLB_API double tlb_state_overlap(const double *a, const double *b, int64_t n);

/* ---------------------------------------------------------------- SPSC ring buffer */

/* A single-producer single-consumer ring over caller-provided memory, usable from C and from
 * Java at once (Java reads and writes the cursors with VarHandle acquire/release on the same
 * bytes). Layout, all little-endian, the memory 128-byte aligned:
 *
 *   0    +--------------------------------+
 *        | head: uint64, next slot to pop | written by the consumer only (release)
 *   128  +--------------------------------+
 *        | tail: uint64, next slot to push| written by the producer only (release)
 *   256  +--------------------------------+
 *        | capacity, mask: uint64         | written once by tlb_ring_init
 *        | elem_size, magic: uint32       |
 *   384  +--------------------------------+
 *        | slots: capacity * elem_size    | slot i at 384 + (i & mask) * elem_size
 *        +--------------------------------+
 * head and tail only grow (mod 2^64); size = tail - head. Each cursor has two cache lines of
 * its own so the producer and consumer never share a line (adjacent-line prefetch). */
#define TLB_RING_MAGIC 0x54524E47u /* "TRNG" */
#define TLB_RING_HEADER_BYTES 384
#define TLB_RING_ALIGN 128

typedef struct tlb_ring_t {
    uint64_t head;
    uint8_t pad_head[120];
    uint64_t tail;
    uint8_t pad_tail[120];
    uint64_t capacity;
    uint64_t mask;
    uint32_t elem_size;
    uint32_t magic;
    uint8_t pad_meta[104];
} tlb_ring_t;

/* Bytes needed for a ring of capacity slots (power of two >= 2) of elem_size bytes (a multiple
 * of 8, >= 8); 0 when the arguments are invalid. */
TLB_API int64_t tlb_ring_bytes(int64_t capacity, int32_t elem_size);
TLB_API int tlb_ring_init(void *mem, int64_t mem_bytes, int64_t capacity, int32_t elem_size);
/* Producer: copies one element in. 1 if pushed, 0 if full, TLB_ERR_* on a bad ring. */
TLB_API int tlb_ring_push(tlb_ring_t *ring, const void *elem);
/* Consumer: copies one element out. 1 if popped, 0 if empty. */
TLB_API int tlb_ring_pop(tlb_ring_t *ring, void *elem_out);
/* Producer: pushes up to count elements (contiguous in elems); returns how many. */
TLB_API int64_t tlb_ring_push_batch(tlb_ring_t *ring, const void *elems, int64_t count);
/* Consumer: pops up to max elements into out; returns how many. */
TLB_API int64_t tlb_ring_pop_batch(tlb_ring_t *ring, void *out, int64_t max);
/* Elements in the ring as seen by the calling thread (exact for producer or consumer). */
TLB_API int64_t tlb_ring_size(const tlb_ring_t *ring);

/* ---------------------------------------------------------------- lock-free block pool */

/* A fixed-size block pool over caller-provided memory. The free list is a Treiber stack of
 * block indices whose head is a tagged 64-bit word (tag:32 | index+1:32), so a block freed
 * and re-acquired between another thread's read and CAS cannot be mistaken (no ABA).
 * acquire and release never allocate and are lock-free (a CAS loop). Layout:
 *
 *   0    head: uint64 tagged free-list head                       (128 bytes)
 *   128  block_size, block_count: uint32, magic: uint32, pad      (128 bytes)
 *   256  next: uint32[block_count] free-list links, padded to 64
 *   ...  blocks: block_count * block_size, first block 64-byte aligned
 */
#define TLB_POOL_MAGIC 0x54504F4Cu /* "TPOL" */
/* next[i] while block i is handed out (never a valid link). tlb_pool_release claims the block
 * by CAS next[i]: TLB_POOL_NEXT_ACQUIRED -> link, so releasing a block that is already free
 * returns TLB_ERR_STATE (double release detection). Memory orders: see docs/native.md. */
#define TLB_POOL_NEXT_ACQUIRED 0xFFFFFFFFu
#define TLB_POOL_HEADER_BYTES 256
#define TLB_POOL_ALIGN 128

typedef struct tlb_pool_t {
    uint64_t head;
    uint8_t pad_head[120];
    uint32_t block_size; /* multiple of 8 */
    uint32_t block_count;
    uint32_t magic;
    uint32_t reserved;
    uint64_t blocks_offset; /* byte offset of block 0 from the pool start */
    uint8_t pad_meta[104];
} tlb_pool_t;

/* 0 when block_size (multiple of 8, >= 8) or block_count (1 .. 2^31-1) is invalid. */
TLB_API int64_t tlb_pool_bytes(int32_t block_size, int32_t block_count);
TLB_API int tlb_pool_init(void *mem, int64_t mem_bytes, int32_t block_size, int32_t block_count);
/* Index of a free block (0 .. block_count-1), or -1 when none is free (also for a NULL pool;
 * TLB_ERR_LAYOUT for a wrong magic): any negative value means no block. */
TLB_API int32_t tlb_pool_acquire(tlb_pool_t *pool);
/* Returns a block to the pool. TLB_ERR_ARG for an index out of range. */
TLB_API int tlb_pool_release(tlb_pool_t *pool, int32_t index);
/* Address of block index (NULL when out of range). */
TLB_API void *tlb_pool_block(tlb_pool_t *pool, int32_t index);
/* Free blocks right now (a snapshot; exact when no other thread is active). */
TLB_API int32_t tlb_pool_available(const tlb_pool_t *pool);

#ifdef __cplusplus
}
#endif

#endif /* TALEBIAN_H */
