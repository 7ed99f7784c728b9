package io.talebian.cli;

import io.talebian.engine.Assessment;
import io.talebian.engine.AssessmentField;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes assessments as JSON lines or CSV, one record per assessed row, led by the row's time
 * value as written in the input ({@code time}), then every {@link AssessmentField} in order.
 * A field that is undefined (its availability flag is 0, or its value is NaN) is {@code null} in
 * JSON and an empty cell in CSV; infinities (e.g. es_99 when the tail index is &lt;= 1) are
 * {@code null} in JSON too, and {@code inf}/{@code -inf} in CSV. Booleans are true/false, the whale
 * direction is BUYING, SELLING or NEUTRAL. Not thread-safe; reuses one buffer.
 */
final class AssessmentWriter {
    private static final AssessmentField[] FIELDS = AssessmentField.values();

    private final Writer out;
    private final boolean csv;
    private final StringBuilder sb = new StringBuilder(4096);

    AssessmentWriter(final Writer out, final boolean csv) {
        this.out = out;
        this.csv = csv;
    }

    /** Writes the CSV header (nothing for JSON lines). */
    void header() throws IOException {
        if (!csv) {
            return;
        }
        sb.setLength(0);
        sb.append("time");
        for (AssessmentField f : FIELDS) {
            sb.append(',').append(f.id());
        }
        sb.append('\n');
        out.write(sb.toString());
    }

    void write(final String time, final Assessment a) throws IOException {
        sb.setLength(0);
        if (csv) {
            csvCell(time);
            for (AssessmentField f : FIELDS) {
                sb.append(',');
                value(a, f);
            }
        } else {
            sb.append("{\"time\":");
            jsonString(time);
            for (AssessmentField f : FIELDS) {
                sb.append(",\"").append(f.id()).append("\":");
                value(a, f);
            }
            sb.append('}');
        }
        sb.append('\n');
        out.append(sb);
    }

    private void value(final Assessment a, final AssessmentField f) {
        final double v = a.get(f);
        switch (f.kind()) {
            case LONG:
                sb.append(f == AssessmentField.SEQUENCE ? a.sequence() : a.timestamp());
                return;
            case BOOLEAN:
                sb.append(v != 0.0);
                return;
            case DIRECTION:
                final String d = v > 0 ? "BUYING" : v < 0 ? "SELLING" : "NEUTRAL";
                if (csv) {
                    sb.append(d);
                } else {
                    sb.append('"').append(d).append('"');
                }
                return;
            default:
                break;
        }
        if (!a.isDefined(f) || Double.isNaN(v)) {
            if (!csv) {
                sb.append("null");
            }
            return;
        }
        if (Double.isInfinite(v)) {
            sb.append(csv ? (v > 0 ? "inf" : "-inf") : "null");
            return;
        }
        if (f.kind() == AssessmentField.Kind.INT) {
            sb.append((long) v);
        } else {
            sb.append(v);
        }
    }

    private void csvCell(final String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            sb.append(s);
            return;
        }
        sb.append('"').append(s.replace("\"", "\"\"")).append('"');
    }

    private void jsonString(final String s) {
        sb.append(new Json().value(s));
    }
}
