package io.talebian.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The registered reference states of the quantum-style regime encoding (spec 3.7), in a pool of
 * {@code max_reference_states} amplitude arrays allocated once, plus the scratch buffers of the
 * per-tick encoding. Registration (not per tick) may allocate the name; the tick path does not.
 */
final class RegimeStates {
    private final int q;
    private final double[][] pool;
    private final String[] names;
    private int count;
    /** Scratch: standardized returns and their encoding (per tick). */
    final double[] z;
    final double[] amplitudes;

    RegimeStates(final int q, final int capacity) {
        this.q = q;
        pool = new double[capacity][q];
        names = new String[capacity];
        z = new double[q];
        amplitudes = new double[q];
    }

    int count() {
        return count;
    }

    int capacity() {
        return pool.length;
    }

    double[] state(final int i) {
        return pool[i];
    }

    String name(final int i) {
        return names[i];
    }

    List<String> names() {
        final List<String> l = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            l.add(names[i]);
        }
        return l;
    }

    /** Stores a unit-L2 copy of {@code amp} under {@code name} (replacing a state of that name). */
    void register(final String name, final double[] amp) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("reference state name=" + name + " must be non-empty");
        }
        if (amp == null || amp.length != q) {
            throw new IllegalArgumentException("reference state " + name + ": amplitudes.length="
                    + (amp == null ? "null" : String.valueOf(amp.length)) + " must be 2^num_qubits=" + q);
        }
        double norm2 = 0.0;
        for (int i = 0; i < q; i++) {
            if (!Double.isFinite(amp[i])) {
                throw new IllegalArgumentException("reference state " + name + ": amplitudes[" + i + "]="
                        + amp[i] + " must be finite");
            }
            norm2 += amp[i] * amp[i];
        }
        if (!(norm2 > 0.0) || Double.isInfinite(norm2)) {
            throw new IllegalArgumentException("reference state " + name + ": norm^2=" + norm2
                    + " must be > 0 and finite");
        }
        int slot = indexOf(name);
        if (slot < 0) {
            if (count == pool.length) {
                throw new IllegalStateException("reference state pool is full: max_reference_states="
                        + pool.length);
            }
            slot = count++;
        }
        final double inv = 1.0 / Math.sqrt(norm2);
        for (int i = 0; i < q; i++) {
            pool[slot][i] = amp[i] * inv;
        }
        names[slot] = name;
    }

    boolean remove(final String name) {
        final int slot = indexOf(name);
        if (slot < 0) {
            return false;
        }
        final double[] freed = pool[slot];
        for (int i = slot; i < count - 1; i++) {
            pool[i] = pool[i + 1];
            names[i] = names[i + 1];
        }
        count--;
        pool[count] = freed;
        names[count] = null;
        return true;
    }

    private int indexOf(final String name) {
        for (int i = 0; i < count; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    void write(final DataOutput out) throws IOException {
        out.writeInt(count);
        for (int i = 0; i < count; i++) {
            out.writeUTF(names[i]);
            for (int j = 0; j < q; j++) {
                out.writeDouble(pool[i][j]);
            }
        }
    }

    void read(final DataInput in) throws IOException {
        final int c = in.readInt();
        if (c < 0 || c > pool.length) {
            throw new IOException("snapshot reference states=" + c + " exceed max_reference_states=" + pool.length);
        }
        count = c;
        for (int i = 0; i < c; i++) {
            names[i] = in.readUTF();
            for (int j = 0; j < q; j++) {
                pool[i][j] = in.readDouble();
            }
        }
    }
}
