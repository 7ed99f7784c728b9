package io.talebian.offheap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two Java threads on one {@link SpscRing}: every value arrives once, in order (the consumer checks
 * each against the sequence), and the checksums of both sides agree. A small capacity makes the
 * full and empty paths (cursor-cache refreshes) happen constantly.
 */
class SpscRingConcurrencyTest {

    static final int ITEMS = 2_000_000;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void singleElementsArriveInOrder() throws Exception {
        final SpscRing ring = SpscRing.allocate(64, 8);
        final Thread producer = start("producer", () -> {
            for (long i = 0; i < ITEMS; i++) {
                final long v = mix(i);
                while (!ring.offer(v)) {
                    Backoff.idle();
                }
            }
        });
        long sum = 0;
        for (long i = 0; i < ITEMS; i++) {
            long v;
            while ((v = ring.poll(Long.MIN_VALUE)) == Long.MIN_VALUE) {
                Backoff.idle();
            }
            if (v != mix(i)) {
                throw new AssertionError("item=" + i + " got=" + v + " expected=" + mix(i));
            }
            sum += v;
        }
        Backoff.join(producer);
        assertEquals(expectedSum(ITEMS), sum);
        assertEquals(0, ring.size());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void batchesArriveInOrder() throws Exception {
        final SpscRing ring = SpscRing.allocate(128, 8);
        final Thread producer = start("producer", () -> {
            final long[] src = new long[37];
            long next = 0;
            while (next < ITEMS) {
                final int n = (int) Math.min(src.length, ITEMS - next);
                for (int k = 0; k < n; k++) {
                    src[k] = mix(next + k);
                }
                int done = 0;
                while (done < n) {
                    final int pushed = ring.offer(src, done, n - done);
                    if (pushed == 0) {
                        Backoff.idle();
                    }
                    done += pushed;
                }
                next += n;
            }
        });
        final long[] dst = new long[53];
        long got = 0;
        long sum = 0;
        while (got < ITEMS) {
            final int n = ring.poll(dst, 0, dst.length);
            if (n == 0) {
                Backoff.idle();
            }
            for (int k = 0; k < n; k++) {
                if (dst[k] != mix(got + k)) {
                    throw new AssertionError("item=" + (got + k) + " got=" + dst[k] + " expected=" + mix(got + k));
                }
                sum += dst[k];
            }
            got += n;
        }
        Backoff.join(producer);
        assertEquals(expectedSum(ITEMS), sum);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void recordsAreNeverTorn() throws Exception {
        final int records = ITEMS / 4;
        final SpscRing ring = SpscRing.allocate(32, 32);
        final Thread producer = start("producer", () -> {
            final double[] rec = new double[4];
            for (int i = 0; i < records; i++) {
                for (int k = 0; k < 4; k++) {
                    rec[k] = i * 4.0 + k;
                }
                while (!ring.offer(rec, 0)) {
                    Backoff.idle();
                }
            }
        });
        final double[] rec = new double[4];
        for (int i = 0; i < records; i++) {
            while (!ring.poll(rec, 0)) {
                Backoff.idle();
            }
            for (int k = 0; k < 4; k++) {
                if (rec[k] != i * 4.0 + k) {
                    throw new AssertionError("record=" + i + " field=" + k + " got=" + rec[k]);
                }
            }
        }
        Backoff.join(producer);
    }

    /** A value per sequence number that is not the sequence itself (catches slot mix-ups). */
    static long mix(final long i) {
        return i * 0x9E3779B97F4A7C15L + 12345;
    }

    static long expectedSum(final long n) {
        long s = 0;
        for (long i = 0; i < n; i++) {
            s += mix(i);
        }
        return s;
    }

    /** Starts a daemon thread whose failure is rethrown by {@link Backoff#join}. */
    static Thread start(final String name, final Runnable body) {
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, name);
        t.setDaemon(true);
        Backoff.FAILURES.put(t, failure);
        t.start();
        return t;
    }
}
