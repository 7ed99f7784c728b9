package io.talebian.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link PriceSeries} from JSON bars, e.g. the ta4j/Binance layout
 * {@code {"name": "...", "ohlc": [{"endTime": 1678730699999, "closePrice": 1672.99, "volume": 65.3}, ...]}}.
 *
 * <p>The bars are the array under {@code ohlc}, {@code bars}, {@code candles} or {@code data}, or
 * the top-level array. In each bar: time = {@code endTime}, {@code timestamp}, {@code time},
 * {@code date} or {@code beginTime}; price = the {@link #priceField(String) named field}, else
 * {@code closePrice}, {@code close}, {@code price}, {@code adjClose} or {@code last}; volume =
 * {@code volume}, {@code amount} or {@code size} when present in the first bar. Numbers or strings
 * are accepted as times and kept as written. Errors name the file, the line where the bar starts,
 * the field and the value. A small, dependency-free parser: whole document in memory.
 */
public final class JsonSeriesReader {
    private static final String[] ARRAYS = {"ohlc", "bars", "candles", "data"};
    private static final String[] TIMES = {"endtime", "timestamp", "time", "date", "begintime", "datetime"};
    private static final String[] PRICES = {"closeprice", "close", "price", "adjclose", "last"};
    private static final String[] VOLUMES = {"volume", "amount", "size"};

    private String priceField;

    /** Uses the named field for prices (case-insensitive); null restores the automatic rule. */
    public JsonSeriesReader priceField(final String name) {
        this.priceField = name == null || name.isBlank() ? null : name.trim();
        return this;
    }

    public PriceSeries read(final Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    public PriceSeries read(final InputStream in, final String source) throws IOException {
        return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
    }

    /** Parses JSON text; {@code source} names it in errors. */
    public PriceSeries read(final String text, final String source) {
        final Parser p = new Parser(text, source);
        final Object root = p.document();
        final List<?> bars = bars(root, source);
        if (bars.isEmpty()) {
            throw new SeriesFormatException(source, 0, null, null, "has no bars");
        }
        final Bar first = bar(bars.get(0), source);
        final String tKey = key(first.fields, TIMES);
        final String pKey = priceField != null ? keyIgnoringCase(first.fields, priceField) : key(first.fields, PRICES);
        final String vKey = key(first.fields, VOLUMES);
        if (tKey == null || pKey == null) {
            throw new SeriesFormatException(source, first.line, tKey == null ? "time" : priceField, null,
                    "not found in the first bar: its fields are " + String.join(", ", first.fields.keySet()));
        }
        final int n = bars.size();
        final String[] times = new String[n];
        final long[] epochs = new long[n];
        final double[] prices = new double[n];
        final double[] volumes = vKey == null ? null : new double[n];
        final long[] lines = new long[n];
        long last = TimeValues.UNPARSED;
        for (int i = 0; i < n; i++) {
            final Bar b = bar(bars.get(i), source);
            lines[i] = b.line;
            final Object t = b.fields.get(tKey);
            if (t == null) {
                throw new SeriesFormatException(source, b.line, tKey, null, "is missing");
            }
            times[i] = t instanceof Double ? Parser.plain((Double) t) : String.valueOf(t);
            epochs[i] = TimeValues.parseEpochMillis(times[i]);
            if (epochs[i] != TimeValues.UNPARSED && last != TimeValues.UNPARSED && epochs[i] < last) {
                throw new SeriesFormatException(source, b.line, tKey, times[i], "goes back in time");
            }
            if (epochs[i] != TimeValues.UNPARSED) {
                last = epochs[i];
            }
            prices[i] = number(b, pKey, source);
            if (!(prices[i] > 0.0)) {
                throw new SeriesFormatException(source, b.line, pKey, String.valueOf(b.fields.get(pKey)),
                        "is not a price: it must be > 0");
            }
            if (volumes != null) {
                volumes[i] = number(b, vKey, source);
                if (volumes[i] < 0.0) {
                    throw new SeriesFormatException(source, b.line, vKey, String.valueOf(b.fields.get(vKey)),
                            "is not a volume: it must be >= 0");
                }
            }
        }
        return new PriceSeries(source, tKey, pKey, vKey, times, epochs, prices, volumes, lines);
    }

    private static double number(final Bar b, final String key, final String source) {
        final Object v = b.fields.get(key);
        if (v instanceof Double && Double.isFinite((Double) v)) {
            return (Double) v;
        }
        if (v instanceof String) {
            try {
                final double d = Double.parseDouble(((String) v).trim());
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new SeriesFormatException(source, b.line, key, String.valueOf(v), v == null ? "is missing" : "is not a number");
    }

    private static List<?> bars(final Object root, final String source) {
        if (root instanceof List) {
            return (List<?>) root;
        }
        if (root instanceof Bar) {
            final Map<String, Object> m = ((Bar) root).fields;
            for (String a : ARRAYS) {
                for (Map.Entry<String, Object> e : m.entrySet()) {
                    if (e.getKey().equalsIgnoreCase(a) && e.getValue() instanceof List) {
                        return (List<?>) e.getValue();
                    }
                }
            }
        }
        throw new SeriesFormatException(source, 0, null, null,
                "has no array of bars (top-level, or under ohlc, bars, candles or data)");
    }

    private static Bar bar(final Object o, final String source) {
        if (!(o instanceof Bar)) {
            throw new SeriesFormatException(source, 0, null, String.valueOf(o), "is not a bar object");
        }
        return (Bar) o;
    }

    private static String key(final Map<String, Object> m, final String[] wanted) {
        for (String w : wanted) {
            final String k = keyIgnoringCase(m, w);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    private static String keyIgnoringCase(final Map<String, Object> m, final String name) {
        for (String k : m.keySet()) {
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    /** A JSON object with the line it starts on. */
    private static final class Bar {
        final Map<String, Object> fields = new LinkedHashMap<>();
        final long line;

        Bar(final long line) {
            this.line = line;
        }
    }

    /** Recursive-descent JSON: objects become {@link Bar}s, numbers Doubles. */
    private static final class Parser {
        private final String s;
        private final String source;
        private int i;
        private long line = 1;

        Parser(final String s, final String source) {
            this.s = s;
            this.source = source;
        }

        static String plain(final double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e18 ? Long.toString((long) d) : Double.toString(d);
        }

        Object document() {
            final Object v = value();
            ws();
            if (i < s.length()) {
                throw error("unexpected text after the JSON document");
            }
            return v;
        }

        private SeriesFormatException error(final String what) {
            final String near = s.substring(i, Math.min(s.length(), i + 20));
            return new SeriesFormatException(source, line, null, near, "is not valid JSON: " + what);
        }

        private void ws() {
            while (i < s.length()) {
                final char c = s.charAt(i);
                if (c == '\n') {
                    line++;
                } else if (c != ' ' && c != '\t' && c != '\r') {
                    return;
                }
                i++;
            }
        }

        private Object value() {
            ws();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            final char c = s.charAt(i);
            if (c == '{') {
                return object();
            }
            if (c == '[') {
                i++;
                final List<Object> list = new ArrayList<>();
                ws();
                if (peek(']')) {
                    return list;
                }
                do {
                    list.add(value());
                    ws();
                } while (take(','));
                expect(']');
                return list;
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            final int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            try {
                return Double.parseDouble(s.substring(start, i));
            } catch (NumberFormatException e) {
                i = start;
                throw error("expected a value");
            }
        }

        private Bar object() {
            final Bar b = new Bar(line);
            i++;
            ws();
            if (peek('}')) {
                return b;
            }
            do {
                ws();
                final String k = string();
                ws();
                expect(':');
                b.fields.put(k, value());
                ws();
            } while (take(','));
            expect('}');
            return b;
        }

        private String string() {
            if (i >= s.length() || s.charAt(i) != '"') {
                throw error("expected a string");
            }
            final StringBuilder sb = new StringBuilder();
            i++;
            while (i < s.length() && s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\' && i < s.length()) {
                    c = s.charAt(i++);
                    switch (c) {
                        case 'n': sb.append('\n'); break;
                        case 't': sb.append('\t'); break;
                        case 'r': sb.append('\r'); break;
                        case 'b': sb.append('\b'); break;
                        case 'f': sb.append('\f'); break;
                        case 'u':
                            if (i + 4 > s.length()) {
                                throw error("bad \\u escape");
                            }
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                            break;
                        default: sb.append(c);
                    }
                } else {
                    sb.append(c);
                }
            }
            expect('"');
            return sb.toString();
        }

        private boolean peek(final char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private boolean take(final char c) {
            ws();
            return peek(c);
        }

        private void expect(final char c) {
            ws();
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
        }
    }
}
