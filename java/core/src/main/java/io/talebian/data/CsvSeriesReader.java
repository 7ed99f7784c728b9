package io.talebian.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a {@link PriceSeries} from CSV text (issue 3 column rules).
 *
 * <ul>
 *   <li>The first non-blank line is a header when any of its cells is not a number; otherwise
 *       the file has no header and columns are named by their 1-based number.</li>
 *   <li>Delimiter: comma, or semicolon/tab when the header line has no comma. Fields may be
 *       double-quoted ({@code ""} escapes a quote).</li>
 *   <li>Time column: the one named {@code timestamp}, {@code date}, {@code time} or
 *       {@code datetime}, else the first column. A file with a single column has no time: that
 *       column is the price and the rows are numbered from 1 (time column {@code row}).</li>
 *   <li>Price column: the one named by {@link #priceColumn(String)} (case-insensitive), else the
 *       first of {@code close, price, adjclose, last} (names compared case-insensitively with
 *       spaces, underscores and dashes removed, so {@code Adj Close} is {@code adjclose}), else
 *       the only other column (not time, not volume) that is numeric on the first data row.</li>
 *   <li>Volume: a column named {@code volume}, {@code amount} or {@code size}; optional.</li>
 *   <li>Rows: price finite and &gt; 0; volume finite and &gt;= 0; the right number of fields;
 *       parsed times never go backwards. Blank lines are skipped. Any violation throws
 *       {@link SeriesFormatException} naming the file, line, column and value.</li>
 * </ul>
 * Not thread-safe; cheap to create.
 */
public final class CsvSeriesReader {
    private static final String[] TIME_NAMES = {"timestamp", "date", "time", "datetime"};
    private static final String[] PRICE_NAMES = {"close", "price", "adjclose", "last"};
    private static final String[] VOLUME_NAMES = {"volume", "amount", "size"};

    private String priceColumn;
    private boolean anyFiniteValue;

    /** Uses the named column for prices (case-insensitive); null restores the automatic rule. */
    public CsvSeriesReader priceColumn(final String name) {
        this.priceColumn = name == null || name.isBlank() ? null : name.trim();
        return this;
    }

    /**
     * Accepts any finite value in the price column (e.g. a column of returns, for statistics),
     * instead of requiring prices &gt; 0. Such a series must not be turned into log returns.
     */
    public CsvSeriesReader anyFiniteValue(final boolean on) {
        this.anyFiniteValue = on;
        return this;
    }

    /** Reads a file; the source name in errors is the path as given. */
    public PriceSeries read(final Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    /** Reads a stream (UTF-8); {@code source} names it in errors. */
    public PriceSeries read(final InputStream in, final String source) throws IOException {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), source);
    }

    /** Reads CSV text; {@code source} names it in errors. */
    public PriceSeries read(final Reader reader, final String source) throws IOException {
        final BufferedReader br = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
        long lineNo = 0;
        String line;
        while ((line = br.readLine()) != null) {
            lineNo++;
            if (!line.isBlank()) {
                break;
            }
        }
        if (line == null) {
            throw new SeriesFormatException(source, 0, null, null, "is empty: no header and no rows");
        }
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
        }
        final char delim = line.indexOf(',') >= 0 ? ',' : line.indexOf(';') >= 0 ? ';' : line.indexOf('\t') >= 0 ? '\t' : ',';
        final List<String> first = split(line, delim);
        final boolean header = !allNumeric(first);
        final String[] names = new String[first.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = header ? first.get(i).trim() : Integer.toString(i + 1);
        }
        final Rows rows = new Rows();
        Layout layout = null;
        final long headerLine = header ? lineNo : 0;
        if (!header) {
            layout = layout(names, first, source, lineNo);
            addRow(rows, first, layout, names, source, lineNo);
        }
        while ((line = br.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            final List<String> cells = split(line, delim);
            if (cells.size() != names.length) {
                throw new SeriesFormatException(source, lineNo, null, null, "has " + cells.size()
                        + " fields but the header" + (header ? " (line " + headerLine + ")" : "") + " has " + names.length);
            }
            if (layout == null) {
                layout = layout(names, cells, source, lineNo);
            }
            addRow(rows, cells, layout, names, source, lineNo);
        }
        if (layout == null) {
            throw new SeriesFormatException(source, 0, null, null, "has a header but no data rows");
        }
        return rows.toSeries(source, names, layout);
    }

    private static final class Layout {
        int time;
        int price;
        int volume = -1;
    }

    private Layout layout(final String[] names, final List<String> firstRow, final String source, final long lineNo) {
        final Layout l = new Layout();
        if (names.length == 1) {
            // A lone column is the price; rows are numbered from 1 in place of a time.
            l.time = -1;
            l.price = 0;
            if (priceColumn != null && !names[0].equalsIgnoreCase(priceColumn)
                    && !normalise(names[0]).equals(normalise(priceColumn))) {
                throw new SeriesFormatException(source, 0, priceColumn, null, "not found: the only column is " + names[0]);
            }
            return l;
        }
        l.time = find(names, TIME_NAMES);
        if (l.time < 0) {
            l.time = 0;
        }
        l.volume = find(names, VOLUME_NAMES);
        if (l.volume == l.time) {
            l.volume = -1;
        }
        if (priceColumn != null) {
            l.price = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equalsIgnoreCase(priceColumn) || normalise(names[i]).equals(normalise(priceColumn))) {
                    l.price = i;
                    break;
                }
            }
            if (l.price < 0) {
                throw new SeriesFormatException(source, 0, priceColumn, null,
                        "not found: the columns are " + String.join(", ", names));
            }
            if (l.price == l.volume) {
                l.volume = -1;
            }
            return l;
        }
        l.price = find(names, PRICE_NAMES);
        if (l.price >= 0 && l.price != l.time) {
            return l;
        }
        final List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (i != l.time && i != l.volume && isNumber(firstRow.get(i))) {
                candidates.add(i);
            }
        }
        if (candidates.size() != 1) {
            final StringBuilder sb = new StringBuilder();
            for (int c : candidates) {
                sb.append(sb.length() == 0 ? "" : ", ").append(names[c]);
            }
            throw new SeriesFormatException(source, lineNo, null, null, candidates.isEmpty()
                    ? "has no numeric price column (looked for close, price, adjclose, last): the columns are "
                            + String.join(", ", names)
                    : "has several candidate price columns (" + sb + "): choose one with --price-column");
        }
        l.price = candidates.get(0);
        return l;
    }

    private static int find(final String[] names, final String[] wanted) {
        for (String w : wanted) {
            for (int i = 0; i < names.length; i++) {
                if (normalise(names[i]).equals(w)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static String normalise(final String name) {
        final StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            final char c = name.charAt(i);
            if (c != ' ' && c != '_' && c != '-') {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private void addRow(final Rows rows, final List<String> cells, final Layout l, final String[] names,
                               final String source, final long lineNo) {
        final String t = l.time < 0 ? Long.toString(rows.n + 1L) : cells.get(l.time).trim();
        if (t.isEmpty()) {
            throw new SeriesFormatException(source, lineNo, names[l.time], "", "is empty: every row needs a time");
        }
        final long epoch = l.time < 0 ? TimeValues.UNPARSED : TimeValues.parseEpochMillis(t);
        if (epoch != TimeValues.UNPARSED && rows.lastEpoch != TimeValues.UNPARSED && epoch < rows.lastEpoch) {
            throw new SeriesFormatException(source, lineNo, names[l.time], t,
                    "goes back in time (previous row: \"" + rows.lastTime + "\")");
        }
        final double price = number(cells.get(l.price), source, lineNo, names[l.price]);
        if (!anyFiniteValue && !(price > 0.0)) {
            throw new SeriesFormatException(source, lineNo, names[l.price], cells.get(l.price).trim(),
                    "is not a price: it must be > 0");
        }
        double vol = Double.NaN;
        if (l.volume >= 0) {
            vol = number(cells.get(l.volume), source, lineNo, names[l.volume]);
            if (vol < 0.0) {
                throw new SeriesFormatException(source, lineNo, names[l.volume], cells.get(l.volume).trim(),
                        "is not a volume: it must be >= 0");
            }
        }
        rows.add(t, epoch, price, vol, lineNo);
    }

    private static double number(final String cell, final String source, final long lineNo, final String column) {
        final String s = cell.trim();
        final double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new SeriesFormatException(source, lineNo, column, s, s.isEmpty() ? "is empty" : "is not a number");
        }
        if (!Double.isFinite(v) || !looksNumeric(s)) {
            throw new SeriesFormatException(source, lineNo, column, s, "is not a finite number");
        }
        return v;
    }

    /** Rejects Java-only spellings Double.parseDouble accepts ("NaN", "Infinity", "1d", hex). */
    private static boolean looksNumeric(final String s) {
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(final String cell) {
        final String s = cell.trim();
        if (s.isEmpty() || !looksNumeric(s)) {
            return false;
        }
        try {
            return Double.isFinite(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean allNumeric(final List<String> cells) {
        for (String c : cells) {
            if (!isNumber(c)) {
                return false;
            }
        }
        return true;
    }

    /** Splits one CSV line; double quotes group a field and {@code ""} inside them is a quote. */
    static List<String> split(final String line, final char delim) {
        final List<String> out = new ArrayList<>();
        final StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            final char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        sb.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    sb.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delim) {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }

    /** Growable column buffers. */
    private static final class Rows {
        String[] times = new String[1024];
        long[] epochs = new long[1024];
        double[] prices = new double[1024];
        double[] volumes = new double[1024];
        long[] lines = new long[1024];
        int n;
        long lastEpoch = TimeValues.UNPARSED;
        String lastTime;

        void add(String t, long e, double p, double v, long line) {
            if (n == prices.length) {
                final int cap = n * 2;
                times = java.util.Arrays.copyOf(times, cap);
                epochs = java.util.Arrays.copyOf(epochs, cap);
                prices = java.util.Arrays.copyOf(prices, cap);
                volumes = java.util.Arrays.copyOf(volumes, cap);
                lines = java.util.Arrays.copyOf(lines, cap);
            }
            times[n] = t;
            epochs[n] = e;
            prices[n] = p;
            volumes[n] = v;
            lines[n] = line;
            n++;
            if (e != TimeValues.UNPARSED) {
                lastEpoch = e;
                lastTime = t;
            }
        }

        PriceSeries toSeries(String source, String[] names, Layout l) {
            return new PriceSeries(source, l.time < 0 ? "row" : names[l.time], names[l.price], l.volume >= 0 ? names[l.volume] : null,
                    java.util.Arrays.copyOf(times, n), java.util.Arrays.copyOf(epochs, n),
                    java.util.Arrays.copyOf(prices, n), l.volume >= 0 ? java.util.Arrays.copyOf(volumes, n) : null,
                    java.util.Arrays.copyOf(lines, n));
        }
    }
}
