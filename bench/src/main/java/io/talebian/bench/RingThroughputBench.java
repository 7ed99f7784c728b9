package io.talebian.bench;

import java.util.concurrent.TimeUnit;

import io.talebian.offheap.SpscRing;
import org.agrona.concurrent.OneToOneConcurrentArrayQueue;
import org.jctools.queues.SpscArrayQueue;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Two-thread SPSC throughput (one producer thread, one consumer thread, JMH {@code @Group}), in
 * the style of JCTools' own {@code QueueThroughputBackoffNone}: both sides spin without back-off;
 * the auxiliary counters {@code offersMade} and {@code pollsMade} count successful transfers per
 * second (the result to read), {@code offersFailed}/{@code pollsFailed} the full/empty spins.
 * Same implementations as {@link RingBench}. On a 2-core machine shared with other work the two
 * threads compete with everything else, so treat these numbers as noisy.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {BenchJvm.NATIVE_ACCESS, BenchJvm.ADD_MODULES, BenchJvm.VECTOR_MODULE,
        BenchJvm.ADD_EXPORTS, BenchJvm.AGRONA_EXPORT, BenchJvm.HEAP_MIN, BenchJvm.HEAP_MAX})
public class RingThroughputBench {

    static final Integer ELEMENT = 42;

    @Param({"talebian", "jctools", "agrona"})
    public String impl;

    @Param({"1024"})
    public int capacity;

    private int mode;
    private SpscRing ring;
    private SpscArrayQueue<Integer> jctools;
    private OneToOneConcurrentArrayQueue<Integer> agrona;

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

    /** Producer-side counters. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class OfferCounters {
        public long offersFailed;
        public long offersMade;
        long next;

        @Setup(Level.Iteration)
        public void clean() {
            offersFailed = 0;
            offersMade = 0;
        }
    }

    /** Consumer-side counters. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class PollCounters {
        public long pollsFailed;
        public long pollsMade;

        @Setup(Level.Iteration)
        public void clean() {
            pollsFailed = 0;
            pollsMade = 0;
        }
    }

    @Benchmark
    @Group("spsc")
    @GroupThreads(1)
    public void offer(final OfferCounters c) {
        final boolean ok;
        switch (mode) {
            case 0 -> ok = ring.offer(c.next);
            case 1 -> ok = jctools.offer(ELEMENT);
            default -> ok = agrona.offer(ELEMENT);
        }
        if (ok) {
            c.offersMade++;
            c.next++;
        } else {
            c.offersFailed++;
        }
    }

    @Benchmark
    @Group("spsc")
    @GroupThreads(1)
    public void poll(final PollCounters c) {
        final boolean ok;
        switch (mode) {
            case 0 -> ok = ring.poll(-1L) != -1L;
            case 1 -> ok = jctools.poll() != null;
            default -> ok = agrona.poll() != null;
        }
        if (ok) {
            c.pollsMade++;
        } else {
            c.pollsFailed++;
        }
    }
}
