package io.talebian.offheap;

import static io.talebian.offheap.SpscRingConcurrencyTest.ITEMS;
import static io.talebian.offheap.SpscRingConcurrencyTest.mix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Java and C on one ring at the same time: a Java producer ({@link SpscRing}) with a C consumer
 * ({@code tlb_ring_pop}/{@code tlb_ring_pop_batch} through FFM from another thread), and a C
 * producer with a Java consumer. Skipped where {@link OffheapNative} is unavailable (JDK 17,
 * native library not loaded or disabled).
 */
class RingInteropTest {

    private OffheapNative c;

    @BeforeEach
    void nativeSide() {
        c = OffheapNative.find().orElse(null);
        assumeTrue(c != null, "offheap native unavailable (JDK < 22 or native library not loaded)");
    }

    @Test
    void sizesAndHeadersAgree() {
        for (long cap : new long[] {0, 1, 2, 3, 4, 1024, 1L << 40}) {
            for (int es : new int[] {0, 4, 8, 12, 16, 24, 4096}) {
                assertEquals(c.ringBytes(cap, es), RingDescriptor.bytes(cap, es),
                    "capacity=" + cap + " elemSize=" + es);
            }
        }
        final SpscRing javaInit = SpscRing.allocate(16, 8);
        final ByteBuffer cMem = OffheapBuffers.allocateAligned((int) RingDescriptor.bytes(16, 8), 128);
        assertEquals(0, c.ringInit(cMem, 16, 8));
        for (int off = 0; off < RingDescriptor.HEADER_BYTES; off += 4) {
            assertEquals(javaInit.memory().getInt(off), cMem.getInt(off), "header byte offset=" + off);
        }
        final ByteBuffer misaligned = OffheapBuffers.allocateAligned(2048, 128).slice(64, 1024);
        assertEquals(-2, c.ringInit(misaligned, 16, 8), "TLB_ERR_ALIGN");
        assertEquals(-1, c.ringInit(cMem, 64, 8), "TLB_ERR_ARG: memory too small");
    }

    @Test
    void singleThreadHandOffBothWays() {
        final ByteBuffer mem = OffheapBuffers.allocateAligned((int) RingDescriptor.bytes(8, 8), 128);
        assertEquals(0, c.ringInit(mem, 8, 8));
        final SpscRing ring = SpscRing.attach(mem);
        final ByteBuffer el = ByteBuffer.allocateDirect(8 * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long round = 0; round < 50; round++) {
            assertEquals(true, ring.offer(round));
            assertEquals(1, c.ringSize(mem));
            assertEquals(1, c.ringPop(mem, el, 0));
            assertEquals(round, el.getLong(0));
            el.putLong(8, ~round);
            assertEquals(1, c.ringPush(mem, el, 8));
            assertEquals(~round, ring.poll(-1));
        }
        for (int i = 0; i < 8; i++) {
            ring.offer(i);
        }
        assertEquals(0, c.ringPush(mem, el, 0), "full for C too");
        assertEquals(8, c.ringPopBatch(mem, el, 0, 100));
        assertEquals(7, el.getLong(56));
        assertEquals(0, c.ringPop(mem, el, 0), "empty for C too");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void javaProducerCConsumer() throws Exception {
        final SpscRing ring = SpscRing.allocate(256, 8);
        final ByteBuffer mem = ring.memory();
        final long[] result = new long[2];
        final Thread consumer = SpscRingConcurrencyTest.start("c-consumer", () -> {
            final ByteBuffer out = ByteBuffer.allocateDirect(64 * 8).order(ByteOrder.LITTLE_ENDIAN);
            long got = 0;
            long sum = 0;
            while (got < ITEMS) {
                final long n = (got & 1) == 0 ? c.ringPopBatch(mem, out, 0, 64) : c.ringPop(mem, out, 0);
                if (n == 0) {
                    Backoff.idle();
                }
                for (int k = 0; k < n; k++) {
                    final long v = out.getLong(8 * k);
                    if (v != mix(got + k)) {
                        throw new AssertionError("item=" + (got + k) + " got=" + v + " expected=" + mix(got + k));
                    }
                    sum += v;
                }
                got += n;
            }
            result[0] = got;
            result[1] = sum;
        });
        for (long i = 0; i < ITEMS; i++) {
            while (!ring.offer(mix(i))) {
                Backoff.idle();
            }
        }
        Backoff.join(consumer);
        assertEquals(ITEMS, result[0]);
        assertEquals(SpscRingConcurrencyTest.expectedSum(ITEMS), result[1]);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void cProducerJavaConsumer() throws Exception {
        final ByteBuffer mem = OffheapBuffers.allocateAligned((int) RingDescriptor.bytes(256, 8), 128);
        assertEquals(0, c.ringInit(mem, 256, 8));
        final SpscRing ring = SpscRing.attach(mem);
        final Thread producer = SpscRingConcurrencyTest.start("c-producer", () -> {
            final ByteBuffer src = ByteBuffer.allocateDirect(48 * 8).order(ByteOrder.LITTLE_ENDIAN);
            long next = 0;
            while (next < ITEMS) {
                final int n = (int) Math.min(48, ITEMS - next);
                for (int k = 0; k < n; k++) {
                    src.putLong(8 * k, mix(next + k));
                }
                int done = 0;
                while (done < n) {
                    final long pushed = (next & 1) == 0 ? c.ringPushBatch(mem, src, 8 * done, n - done)
                        : c.ringPush(mem, src, 8 * done);
                    if (pushed < 0) {
                        throw new AssertionError("tlb_ring_push* returned " + pushed);
                    }
                    if (pushed == 0) {
                        Backoff.idle();
                    }
                    done += (int) pushed;
                }
                next += n;
            }
        });
        final long[] dst = new long[40];
        long got = 0;
        long sum = 0;
        while (got < ITEMS) {
            final int n = (got & 1) == 0 ? ring.poll(dst, 0, dst.length) : ring.poll(dst, 0, 1);
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
        assertEquals(SpscRingConcurrencyTest.expectedSum(ITEMS), sum);
        assertEquals(0, c.ringSize(mem));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void javaRecordsReachCWhole() throws Exception {
        final int records = ITEMS / 8;
        final SpscRing ring = SpscRing.allocate(16, 24);
        final Thread consumer = SpscRingConcurrencyTest.start("c-consumer", () -> {
            final ByteBuffer out = ByteBuffer.allocateDirect(24 * 8).order(ByteOrder.LITTLE_ENDIAN);
            int got = 0;
            while (got < records) {
                final long n = c.ringPopBatch(ring.memory(), out, 0, 8);
                if (n == 0) {
                    Backoff.idle();
                }
                for (int k = 0; k < n; k++, got++) {
                    for (int f = 0; f < 3; f++) {
                        final double v = out.getDouble(24 * k + 8 * f);
                        if (v != got * 3.0 + f) {
                            throw new AssertionError("record=" + got + " field=" + f + " got=" + v);
                        }
                    }
                }
            }
        });
        final double[] rec = new double[3];
        for (int i = 0; i < records; i++) {
            rec[0] = i * 3.0;
            rec[1] = i * 3.0 + 1;
            rec[2] = i * 3.0 + 2;
            while (!ring.offer(rec, 0)) {
                Backoff.idle();
            }
        }
        Backoff.join(consumer);
    }
}
