package io.talebian.offheap;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.talebian.nativelib.NativeLibrary;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * {@link OffheapNative} through FFM downcalls into {@code libtalebian} (JDK 22+). The ring and
 * pool calls are short and never block, so they are linked {@code critical}; the memory arguments
 * are the direct ByteBuffers' own addresses (no copy).
 */
public final class FfmOffheapNative implements OffheapNative {

    private static final Linker.Option CRITICAL = Linker.Option.critical(false);

    /** The downcall handles, static final so C2 can inline through them; linked by {@link #create()}. */
    private static final class Handles {
        static final SymbolLookup LOOKUP = SymbolLookup.loaderLookup();
        static final MethodHandle RING_BYTES = handle("tlb_ring_bytes",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT));
        static final MethodHandle RING_INIT = handle("tlb_ring_init",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_INT));
        static final MethodHandle RING_PUSH = handle("tlb_ring_push",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle RING_POP = handle("tlb_ring_pop", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle RING_PUSH_BATCH = handle("tlb_ring_push_batch",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
        static final MethodHandle RING_POP_BATCH = handle("tlb_ring_pop_batch",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
        static final MethodHandle RING_SIZE = handle("tlb_ring_size", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        static final MethodHandle POOL_BYTES = handle("tlb_pool_bytes",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_INT));
        static final MethodHandle POOL_INIT = handle("tlb_pool_init",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT));
        static final MethodHandle POOL_ACQUIRE = handle("tlb_pool_acquire", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle POOL_RELEASE = handle("tlb_pool_release",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle POOL_AVAILABLE = handle("tlb_pool_available",
            FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle POOL_BLOCK = handle("tlb_pool_block",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));

        private Handles() {
        }

        private static MethodHandle handle(final String name, final FunctionDescriptor fd) {
            final Optional<MemorySegment> symbol = LOOKUP.find(name);
            if (symbol.isEmpty()) {
                throw new UnsatisfiedLinkError("talebian: symbol " + name + " not found in the loaded library");
            }
            return Linker.nativeLinker().downcallHandle(symbol.get(), fd, CRITICAL);
        }
    }

    private FfmOffheapNative() {
    }

    /**
     * The instance when {@link NativeLibrary#ensureLoaded()} loaded the library (so
     * {@link SymbolLookup#loaderLookup()} sees it); null when it is not loaded, e.g. with
     * {@code -Dtalebian.isa=java}. A loaded library without the ring and pool symbols is a
     * {@link LinkageError}. Called by name from the base part.
     */
    public static OffheapNative create() {
        if (!NativeLibrary.ensureLoaded()) {
            return null;
        }
        if (Handles.POOL_BLOCK == null) { // links every handle now, not on the first call
            throw new IllegalStateException("unreachable");
        }
        return new FfmOffheapNative();
    }

    /** The native address of {@code buffer[index]} as a segment that keeps the buffer reachable. */
    private static MemorySegment at(final ByteBuffer buffer, final int index) {
        if (!buffer.isDirect()) {
            throw new IllegalArgumentException("offheap native: buffers must be direct (isDirect=false)");
        }
        return MemorySegment.ofBuffer(buffer.duplicate().clear()).asSlice(index);
    }

    private static RuntimeException rethrow(final Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    @Override
    public long ringBytes(final long capacity, final int elemSize) {
        try {
            return (long) Handles.RING_BYTES.invokeExact(capacity, elemSize);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int ringInit(final ByteBuffer ring, final long capacity, final int elemSize) {
        try {
            return (int) Handles.RING_INIT.invokeExact(at(ring, 0), (long) ring.capacity(), capacity, elemSize);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int ringPush(final ByteBuffer ring, final ByteBuffer elem, final int index) {
        try {
            return (int) Handles.RING_PUSH.invokeExact(at(ring, 0), at(elem, index));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int ringPop(final ByteBuffer ring, final ByteBuffer out, final int index) {
        try {
            return (int) Handles.RING_POP.invokeExact(at(ring, 0), at(out, index));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public long ringPushBatch(final ByteBuffer ring, final ByteBuffer elems, final int index, final long count) {
        try {
            return (long) Handles.RING_PUSH_BATCH.invokeExact(at(ring, 0), at(elems, index), count);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public long ringPopBatch(final ByteBuffer ring, final ByteBuffer out, final int index, final long max) {
        try {
            return (long) Handles.RING_POP_BATCH.invokeExact(at(ring, 0), at(out, index), max);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public long ringSize(final ByteBuffer ring) {
        try {
            return (long) Handles.RING_SIZE.invokeExact(at(ring, 0));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public long poolBytes(final int blockSize, final int blockCount) {
        try {
            return (long) Handles.POOL_BYTES.invokeExact(blockSize, blockCount);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int poolInit(final ByteBuffer pool, final int blockSize, final int blockCount) {
        try {
            return (int) Handles.POOL_INIT.invokeExact(at(pool, 0), (long) pool.capacity(), blockSize, blockCount);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int poolAcquire(final ByteBuffer pool) {
        try {
            return (int) Handles.POOL_ACQUIRE.invokeExact(at(pool, 0));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int poolRelease(final ByteBuffer pool, final int index) {
        try {
            return (int) Handles.POOL_RELEASE.invokeExact(at(pool, 0), index);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public int poolAvailable(final ByteBuffer pool) {
        try {
            return (int) Handles.POOL_AVAILABLE.invokeExact(at(pool, 0));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public long poolBlockOffset(final ByteBuffer pool, final int index) {
        try {
            final MemorySegment base = at(pool, 0);
            final MemorySegment block = (MemorySegment) Handles.POOL_BLOCK.invokeExact(base, index);
            return block.address() == 0 ? -1 : block.address() - base.address();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }
}
