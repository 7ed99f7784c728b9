package io.talebian.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A tiny streaming JSON writer (no dependencies). Numbers are written with full precision
 * ({@link Double#toString}: the shortest decimal that reads back as the same double); NaN and
 * infinities, which JSON cannot hold, are written as {@code null} (documented in the README).
 * Commas are managed for the caller. Not thread-safe.
 */
final class Json {
    private final StringBuilder sb;
    /** Per open container: true until its first element has been written. */
    private final Deque<boolean[]> first = new ArrayDeque<>();
    private boolean afterName;

    Json() {
        this(new StringBuilder(256));
    }

    Json(final StringBuilder sb) {
        this.sb = sb;
    }

    private void comma() {
        if (afterName) {
            afterName = false;
            return;
        }
        final boolean[] f = first.peek();
        if (f != null) {
            if (!f[0]) {
                sb.append(',');
            }
            f[0] = false;
        }
    }

    Json beginObject() {
        comma();
        sb.append('{');
        first.push(new boolean[] {true});
        return this;
    }

    Json endObject() {
        first.pop();
        sb.append('}');
        return this;
    }

    Json beginArray() {
        comma();
        sb.append('[');
        first.push(new boolean[] {true});
        return this;
    }

    Json endArray() {
        first.pop();
        sb.append(']');
        return this;
    }

    Json name(final String name) {
        comma();
        string(name);
        sb.append(':');
        afterName = true;
        return this;
    }

    Json value(final double v) {
        comma();
        number(sb, v);
        return this;
    }

    Json value(final long v) {
        comma();
        sb.append(v);
        return this;
    }

    Json value(final boolean v) {
        comma();
        sb.append(v);
        return this;
    }

    Json value(final String v) {
        comma();
        if (v == null) {
            sb.append("null");
        } else {
            string(v);
        }
        return this;
    }

    Json field(final String name, final double v) {
        return name(name).value(v);
    }

    Json field(final String name, final long v) {
        return name(name).value(v);
    }

    Json field(final String name, final boolean v) {
        return name(name).value(v);
    }

    Json field(final String name, final String v) {
        return name(name).value(v);
    }

    /** Appends a JSON number, or null for NaN and infinities; integral values keep a ".0". */
    static void number(final StringBuilder out, final double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            out.append("null");
        } else {
            out.append(v);
        }
    }

    private void string(final String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
