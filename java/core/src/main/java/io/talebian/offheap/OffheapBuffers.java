package io.talebian.offheap;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Direct-buffer helpers shared by {@link SpscRing} and {@link BlockPool}: aligned allocation and
 * the alignment check the C side ({@code TLB_ERR_ALIGN}) would make.
 *
 * <p>Lifetime: a buffer from {@link #allocateAligned} is freed by the garbage collector when it
 * becomes unreachable, so whoever hands its address to C must keep the buffer reachable for as
 * long as C may touch it. Memory with an explicit lifetime comes from an {@code Arena} on JDK 22+
 * ({@code io.talebian.offheap.Segments}).
 */
public final class OffheapBuffers {

    private OffheapBuffers() {
    }

    /**
     * A zeroed, little-endian direct buffer of exactly {@code bytes} bytes whose first byte is
     * {@code alignment}-aligned (alignment a power of two, at most 4096).
     */
    public static ByteBuffer allocateAligned(final int bytes, final int alignment) {
        if (bytes < 0 || alignment <= 0 || (alignment & (alignment - 1)) != 0 || alignment > 4096) {
            throw new IllegalArgumentException("bytes=" + bytes + " alignment=" + alignment
                + ": need bytes >= 0 and a power-of-two alignment <= 4096");
        }
        if (bytes > Integer.MAX_VALUE - alignment) {
            throw new IllegalArgumentException("bytes=" + bytes + " alignment=" + alignment
                + ": exceeds the 2 GiB limit of a ByteBuffer");
        }
        final ByteBuffer raw = ByteBuffer.allocateDirect(bytes + alignment - 1);
        final int misalignment = raw.alignmentOffset(0, alignment);
        final int start = misalignment == 0 ? 0 : alignment - misalignment;
        return raw.slice(start, bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Throws unless {@code mem} is direct and its index 0 is {@code alignment}-aligned. */
    static void checkDirectAligned(final ByteBuffer mem, final int alignment, final String what) {
        if (!mem.isDirect()) {
            throw new IllegalArgumentException(what + ": memory must be a direct ByteBuffer (isDirect=false)");
        }
        final int misalignment = mem.alignmentOffset(0, alignment);
        if (misalignment != 0) {
            throw new IllegalArgumentException(what + ": address % " + alignment + " = " + misalignment
                + ", expected 0");
        }
    }
}
