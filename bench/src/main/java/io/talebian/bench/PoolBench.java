package io.talebian.bench;

import java.util.concurrent.TimeUnit;

import io.talebian.offheap.BlockPool;
import org.jctools.queues.MpmcArrayQueue;
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
 * Block pool acquire + release (one of each per operation), uncontended ({@code acquireRelease},
 * one thread) and contended ({@code contended}, two threads doing the same on one pool).
 * {@code talebian} = {@link BlockPool} (off-heap Treiber stack with a tagged head, the
 * {@code tlb_pool_t} layout shared with C); the peer {@code jctools} is what a Java developer
 * would otherwise write: a free list of preallocated (boxed, cached) block indices in a JCTools
 * {@link MpmcArrayQueue}. Neither allocates per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {BenchJvm.NATIVE_ACCESS, BenchJvm.ADD_MODULES, BenchJvm.VECTOR_MODULE,
        BenchJvm.ADD_EXPORTS, BenchJvm.AGRONA_EXPORT, BenchJvm.HEAP_MIN, BenchJvm.HEAP_MAX})
public class PoolBench {

    @Param({"talebian", "jctools"})
    public String impl;

    @Param({"1024"})
    public int blocks;

    @Param({"256"})
    public int blockSize;

    private boolean talebian;
    private BlockPool pool;
    private MpmcArrayQueue<Integer> free;

    @Setup(Level.Trial)
    public void setUp() {
        switch (impl) {
            case "talebian" -> {
                talebian = true;
                pool = BlockPool.allocate(blockSize, blocks);
            }
            case "jctools" -> {
                free = new MpmcArrayQueue<>(blocks);
                for (int i = 0; i < blocks; i++) {
                    free.offer(i); // Integer.valueOf caches only -128..127: these are boxed once, here
                }
            }
            default -> throw new IllegalArgumentException("impl=" + impl + " is not one of talebian, jctools");
        }
    }

    private int acquireRelease() {
        if (talebian) {
            final int b = pool.acquire();
            if (b < 0 || !pool.release(b)) {
                throw new IllegalStateException("pool exhausted or bad release: " + b);
            }
            return b;
        }
        final Integer b = free.poll();
        if (b == null || !free.offer(b)) {
            throw new IllegalStateException("free list exhausted");
        }
        return b;
    }

    @Benchmark
    public int acquireRelease1() {
        return acquireRelease();
    }

    @Benchmark
    @Group("contended")
    @GroupThreads(2)
    public int contended() {
        return acquireRelease();
    }
}
