package io.talebian.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A ring of records of {@code width} doubles, stored side by side in one array: a tick reads the
 * record that leaves and writes the one that enters in the same place (one cache line, one
 * position to advance), where a ring per field touched a line and kept a position per field.
 * Not thread-safe.
 */
final class RecordRing {
    private final int capacity;
    private final int width;
    private final double[] buf;
    /** The record the next push overwrites, in [0, capacity). */
    private int pos;
    /** Records ever pushed. */
    private long count;

    RecordRing(final int capacity, final int width) {
        if (capacity < 1 || width < 1 || (long) capacity * width > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("RecordRing: capacity=" + capacity + " width=" + width);
        }
        this.capacity = capacity;
        this.width = width;
        this.buf = new double[capacity * width];
    }

    /** Records held: min(count, capacity). */
    int size() {
        return count < capacity ? (int) count : capacity;
    }

    /** Records ever pushed (the ring is full once this reaches the capacity). */
    long count() {
        return count;
    }

    /**
     * Where the next record goes in {@link #array()}: {@code [next(), next() + width)}, which holds
     * the oldest record once the ring is full. Read it, write the new one there, then {@link #advance()}.
     */
    int next() {
        return pos * width;
    }

    double[] array() {
        return buf;
    }

    /** The record at {@link #next()} has been written. */
    void advance() {
        pos = pos + 1 == capacity ? 0 : pos + 1;
        count++;
    }

    void write(final DataOutput out) throws IOException {
        out.writeInt(capacity);
        out.writeInt(width);
        out.writeInt(pos);
        out.writeLong(count);
        for (double v : buf) {
            out.writeDouble(v);
        }
    }

    void read(final DataInput in) throws IOException {
        final int c = in.readInt();
        final int w = in.readInt();
        if (c != capacity || w != width) {
            throw new IOException("snapshot record ring capacity=" + c + " width=" + w
                    + " differs from the configuration's " + capacity + " x " + width);
        }
        pos = in.readInt();
        count = in.readLong();
        if (pos < 0 || pos >= capacity || count < 0 || pos != count % capacity) {
            throw new IOException("snapshot record ring pos=" + pos + " count=" + count + " is corrupt");
        }
        for (int i = 0; i < buf.length; i++) {
            buf[i] = in.readDouble();
        }
    }
}
