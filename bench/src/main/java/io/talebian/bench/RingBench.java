package io.talebian.bench;

import java.util.concurrent.TimeUnit;

import io.talebian.offheap.SpscRing;
import org.agrona.concurrent.OneToOneConcurrentArrayQueue;
import org.jctools.queues.SpscArrayQueue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Single-thread cost of the SPSC ring against its peers: {@code talebian} = {@link SpscRing}
 * (off-heap, the {@code tlb_ring_t} layout shared with C; 8-byte elements), {@code jctools} =
 * JCTools {@link SpscArrayQueue}, {@code agrona} = Agrona {@link OneToOneConcurrentArrayQueue}
 * (both on-heap queues of references; they carry one preallocated object, so nothing is boxed).
 *
 * <ul>
 *   <li>{@code offerPoll}: one offer then one poll (the ring never fills): the per-element
 *       round trip through the release/acquire protocol, uncontended;</li>
 *   <li>{@code burst32}: 32 offers then 32 polls, per element ({@code @OperationsPerInvocation}).</li>
 * </ul>
 * The two-thread throughput is {@link RingThroughputBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {BenchJvm.NATIVE_ACCESS, BenchJvm.ADD_MODULES, BenchJvm.VECTOR_MODULE,
        BenchJvm.ADD_EXPORTS, BenchJvm.AGRONA_EXPORT, BenchJvm.HEAP_MIN, BenchJvm.HEAP_MAX})
public class RingBench {

    static final int BURST = 32;
    static final Integer ELEMENT = 42;

    @Param({"talebian", "jctools", "agrona"})
    public String impl;

    @Param({"1024"})
    public int capacity;

    private int mode;
    private SpscRing ring;
    private SpscArrayQueue<Integer> jctools;
    private OneToOneConcurrentArrayQueue<Integer> agrona;
    private long value;

    @Setup(Level.Trial)
    public void setUp() {
        switch (impl) {
            case "talebian" -> {
                mode = 0;
                ring = SpscRing.allocate(capacity, 8);
            }
            case "jctools" -> {
                mode = 1;
                jctools = new SpscArrayQueue<>(capacity);
            }
            case "agrona" -> {
                mode = 2;
                agrona = new OneToOneConcurrentArrayQueue<>(capacity);
            }
            default -> throw new IllegalArgumentException("impl=" + impl + " is not one of talebian, jctools, agrona");
        }
    }

    @Benchmark
    public long offerPoll() {
        switch (mode) {
            case 0: {
                final long v = value++;
                if (!ring.offer(v)) {
                    throw new IllegalStateException("full");
                }
                return ring.poll(-1L);
            }
            case 1:
                jctools.offer(ELEMENT);
                return jctools.poll();
            default:
                agrona.offer(ELEMENT);
                return agrona.poll();
        }
    }

    @Benchmark
    @OperationsPerInvocation(BURST)
    public long burst32() {
        long s = 0;
        switch (mode) {
            case 0: {
                final SpscRing r = ring;
                for (int i = 0; i < BURST; i++) {
                    r.offer(value + i);
                }
                value += BURST;
                for (int i = 0; i < BURST; i++) {
                    s += r.poll(-1L);
                }
                return s;
            }
            case 1: {
                final SpscArrayQueue<Integer> q = jctools;
                for (int i = 0; i < BURST; i++) {
                    q.offer(ELEMENT);
                }
                for (int i = 0; i < BURST; i++) {
                    s += q.poll();
                }
                return s;
            }
            default: {
                final OneToOneConcurrentArrayQueue<Integer> q = agrona;
                for (int i = 0; i < BURST; i++) {
                    q.offer(ELEMENT);
                }
                for (int i = 0; i < BURST; i++) {
                    s += q.poll();
                }
                return s;
            }
        }
    }
}
