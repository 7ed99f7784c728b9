package io.talebian.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A ring of doubles whose every value is stored twice ({@code buf[i]} and {@code buf[i + C]}),
 * so the last {@code L <= C} values are always one contiguous slice
 * {@code buf[start(L), start(L) + L)}, oldest first: window kernels run on it without copying.
 * Push is two stores. Not thread-safe.
 */
final class MirroredRing {
    private final int capacity;
    private final double[] buf;
    /** Next write position in [0, capacity). */
    private int pos;
    /** Values ever pushed. */
    private long count;

    MirroredRing(final int capacity) {
        this.capacity = capacity;
        this.buf = new double[2 * capacity];
    }

    int capacity() {
        return capacity;
    }

    /** Values held: min(count, capacity). */
    int size() {
        return count < capacity ? (int) count : capacity;
    }

    long count() {
        return count;
    }

    /** The slot the next push writes: the oldest value's once the ring is full (slots are [0, capacity)). */
    int position() {
        return pos;
    }

    void push(final double x) {
        final int p = pos;
        buf[p] = x;
        buf[p + capacity] = x;
        pos = p + 1 == capacity ? 0 : p + 1;
        count++;
    }

    /** The i-th most recent value (0 = newest); i < size(). */
    double last(final int i) {
        return buf[pos + capacity - 1 - i];
    }

    /** The backing array; the last L values are {@code array()[start(L) .. start(L) + L)}. */
    double[] array() {
        return buf;
    }

    int start(final int len) {
        return pos + capacity - len;
    }

    void write(final DataOutput out) throws IOException {
        out.writeInt(capacity);
        out.writeInt(pos);
        out.writeLong(count);
        for (int i = 0; i < capacity; i++) {
            out.writeDouble(buf[i]);
        }
    }

    void read(final DataInput in) throws IOException {
        final int c = in.readInt();
        if (c != capacity) {
            throw new IOException("snapshot ring capacity=" + c + " differs from the configuration's " + capacity);
        }
        pos = in.readInt();
        count = in.readLong();
        if (pos < 0 || pos >= capacity || count < 0 || pos != count % capacity) {
            throw new IOException("snapshot ring pos=" + pos + " count=" + count + " is corrupt");
        }
        for (int i = 0; i < capacity; i++) {
            final double v = in.readDouble();
            buf[i] = v;
            buf[i + capacity] = v;
        }
    }
}
