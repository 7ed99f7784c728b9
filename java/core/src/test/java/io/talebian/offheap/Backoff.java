package io.talebian.offheap;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test helper: waiting politely on 2 shared cores, and joining worker threads with their failures.
 * Spinning hard would starve the other side of the ring when both share a core.
 */
final class Backoff {

    static final Map<Thread, AtomicReference<Throwable>> FAILURES = new ConcurrentHashMap<>();

    private Backoff() {
    }

    /** One idle step: a spin hint and a yield, so the other thread gets the core. */
    static void idle() {
        Thread.onSpinWait();
        Thread.yield();
    }

    /** Joins {@code t} (up to 60 s) and rethrows what it threw. */
    static void join(final Thread t) throws InterruptedException {
        t.join(60_000);
        if (t.isAlive()) {
            throw new AssertionError("thread " + t.getName() + " still running after 60 s");
        }
        final AtomicReference<Throwable> failure = FAILURES.remove(t);
        if (failure != null && failure.get() != null) {
            throw new AssertionError("thread " + t.getName() + " failed", failure.get());
        }
    }
}
