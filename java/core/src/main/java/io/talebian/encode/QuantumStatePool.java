package io.talebian.encode;

import io.talebian.offheap.BlockPool;

/**
 * A fixed set of reusable amplitude-state arrays (spec 3.7: "states come from a pre-allocated
 * pool"), all allocated up front, so encoding and comparing regimes allocates nothing per use.
 *
 * <p>A state is named by a handle (0 .. capacity-1): {@link #acquire()} hands out a free one (or
 * -1), {@link #state(int)} gives its array, {@link #release(int)} gives it back. The free list is
 * the lock-free, ABA-safe {@link BlockPool} (its 8-byte blocks are unused; only the indices matter),
 * so any thread may acquire and release, never blocking and never allocating; a double release is
 * refused. A released state's contents are left as they were: callers overwrite before use.
 *
 * <p>Ownership: the array of a handle belongs to whoever acquired it until it is released; the
 * pool hands it to a new owner only after that, with a happens-before edge (the release CAS).
 */
public final class QuantumStatePool {

    private final double[][] states;
    private final BlockPool free;
    private final int dimension;

    /** {@code capacity} states of {@code dimension} amplitudes each (e.g. 2^8 = 256). */
    public QuantumStatePool(final int dimension, final int capacity) {
        if (dimension < 1 || capacity < 1) {
            throw new IllegalArgumentException("dimension=" + dimension + " capacity=" + capacity + ": need both >= 1");
        }
        this.dimension = dimension;
        this.states = new double[capacity][dimension];
        this.free = BlockPool.allocate(8, capacity);
    }

    /** A free state's handle, or -1 when all are in use. Any thread; lock-free, no allocation. */
    public int acquire() {
        return free.acquire();
    }

    /** The array of an acquired handle (length {@link #dimension()}). */
    public double[] state(final int handle) {
        return states[handle];
    }

    /** Returns a state to the pool; false for a handle out of range or not acquired. Any thread. */
    public boolean release(final int handle) {
        return free.release(handle);
    }

    /** Free states right now (a snapshot; exact when no other thread is active). */
    public int available() {
        return free.available();
    }

    /** Amplitudes per state. */
    public int dimension() {
        return dimension;
    }

    /** States in the pool. */
    public int capacity() {
        return states.length;
    }
}
