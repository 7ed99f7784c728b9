package io.talebian.data;

/**
 * Bad input in a price series: names the file, the 1-based line, the column and the value, so a
 * user can find and fix it. {@link #getMessage()} is one line, e.g.
 * {@code sp500.csv: line 12, column close: value "abc" is not a number}.
 */
public final class SeriesFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String column;
    private final String value;

    /**
     * @param source file name or resource the series came from
     * @param line   1-based line number in the file, or 0 when the problem is not tied to a line
     * @param column column name, or null
     * @param value  offending value as written, or null
     * @param reason what is wrong, e.g. "is not a number"
     */
    public SeriesFormatException(String source, long line, String column, String value, String reason) {
        super(format(source, line, column, value, reason));
        this.source = source;
        this.line = line;
        this.column = column;
        this.value = value;
    }

    private static String format(String source, long line, String column, String value, String reason) {
        StringBuilder sb = new StringBuilder(source == null ? "<input>" : source).append(':');
        if (line > 0) {
            sb.append(" line ").append(line);
        }
        if (column != null) {
            sb.append(line > 0 ? "," : "").append(" column ").append(column);
        }
        if (value != null) {
            sb.append(line > 0 || column != null ? ":" : "").append(" value \"").append(value).append('"');
        }
        sb.append(line > 0 || column != null || value != null ? " " : " ").append(reason);
        return sb.toString();
    }

    /** The file name or resource. */
    public String source() {
        return source;
    }

    /** 1-based line number, 0 when not tied to a line. */
    public long line() {
        return line;
    }

    /** The column name, or null. */
    public String column() {
        return column;
    }

    /** The offending value as written, or null. */
    public String value() {
        return value;
    }
}
