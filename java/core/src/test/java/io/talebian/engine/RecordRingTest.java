package io.talebian.engine;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link RecordRing}: the record at next() is the oldest once full; snapshots round-trip and refuse corrupt bytes. */
class RecordRingTest {

    /** Pushes record i = (i, -i, i / 2) for i in [0, n). */
    private static RecordRing pushed(final int capacity, final int n) {
        final RecordRing r = new RecordRing(capacity, 3);
        for (int i = 0; i < n; i++) {
            final double[] a = r.array();
            final int at = r.next();
            if (r.count() >= capacity) {
                // the oldest record still held is number i - capacity
                assertEquals(i - capacity, a[at], "record leaving at push " + i);
                assertEquals(-(i - capacity), a[at + 1]);
                assertEquals((i - capacity) / 2.0, a[at + 2]);
            }
            a[at] = i;
            a[at + 1] = -i;
            a[at + 2] = i / 2.0;
            r.advance();
            assertEquals(Math.min(i + 1, capacity), r.size());
            assertEquals(i + 1, r.count());
        }
        return r;
    }

    @Test
    void theNextRecordIsTheOldestOnceFull() {
        for (int capacity : new int[] {1, 2, 7, 64}) {
            pushed(capacity, 3 * capacity + 1);
        }
    }

    private static byte[] bytes(final RecordRing r) throws IOException {
        final ByteArrayOutputStream b = new ByteArrayOutputStream();
        r.write(new DataOutputStream(b));
        return b.toByteArray();
    }

    @Test
    void snapshotsRoundTripAndCorruptOnesAreRefused() throws IOException {
        final RecordRing r = pushed(7, 19);
        final byte[] good = bytes(r);
        final RecordRing back = new RecordRing(7, 3);
        back.read(new DataInputStream(new ByteArrayInputStream(good)));
        assertEquals(r.count(), back.count());
        assertEquals(r.next(), back.next());
        assertArrayEquals(r.array(), back.array());
        assertArrayEquals(good, bytes(back));
        // layout: capacity (4), width (4), position (4), count (8), values
        final byte[] badPos = good.clone();
        ByteBuffer.wrap(badPos).putInt(8, 6);
        assertThrows(IOException.class, () -> new RecordRing(7, 3).read(new DataInputStream(new ByteArrayInputStream(badPos))));
        assertThrows(IOException.class, () -> new RecordRing(8, 3).read(new DataInputStream(new ByteArrayInputStream(good))));
        assertThrows(IOException.class, () -> new RecordRing(7, 2).read(new DataInputStream(new ByteArrayInputStream(good))));
        assertThrows(IllegalArgumentException.class, () -> new RecordRing(0, 3));
    }
}
