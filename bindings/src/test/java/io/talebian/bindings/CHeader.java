package io.talebian.bindings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately small parser for the subset of C that {@code talebian.h} uses: {@code TLB_API}
 * prototypes, {@code typedef struct} with scalar and fixed-array fields, and integer
 * {@code #define}s. Anything it does not understand fails loudly rather than being skipped.
 */
final class CHeader {

    /** A C type reduced to what the ABI sees. */
    record CType(String text, boolean pointer, String base) {
        static CType parse(final String raw) {
            final String t = raw.replaceAll("\\s+", " ").trim();
            final boolean ptr = t.contains("*");
            final String base = t.replace("*", "").replace("const ", "").trim();
            return new CType(t, ptr, base);
        }

        /** Size in bytes on x86-64 Linux (LP64). */
        long size() {
            if (pointer) {
                return 8;
            }
            return switch (base) {
                case "int64_t", "uint64_t", "double", "long", "size_t" -> 8;
                case "int32_t", "uint32_t", "int", "float" -> 4;
                case "int16_t", "uint16_t", "short" -> 2;
                case "int8_t", "uint8_t", "char" -> 1;
                case "void" -> 0;
                default -> throw new IllegalStateException("unknown C type in talebian.h: " + text);
            };
        }

        /** The Java carrier an FFM downcall uses for this type. */
        Class<?> carrier() {
            if (pointer) {
                return java.lang.foreign.MemorySegment.class;
            }
            return switch (base) {
                case "double" -> double.class;
                case "float" -> float.class;
                case "void" -> void.class;
                default -> switch ((int) size()) {
                    case 8 -> long.class;
                    case 4 -> int.class;
                    case 2 -> short.class;
                    case 1 -> byte.class;
                    default -> throw new IllegalStateException(text);
                };
            };
        }
    }

    record Param(CType type, String name) { }

    record Function(String name, CType ret, List<Param> params, String declaration) { }

    record Field(CType type, String name, long count) {
        long byteSize() {
            return type.size() * Math.max(count, 1);
        }
    }

    record Struct(String name, List<Field> fields) {
        /** C offsets with natural alignment (what the compiler does for these structs). */
        long[] offsets() {
            final long[] off = new long[fields.size()];
            long pos = 0;
            for (int i = 0; i < fields.size(); i++) {
                final long align = fields.get(i).type().size();
                pos = (pos + align - 1) / align * align;
                off[i] = pos;
                pos += fields.get(i).byteSize();
            }
            return off;
        }

        long size() {
            final long[] off = offsets();
            long maxAlign = 1;
            for (Field f : fields) {
                maxAlign = Math.max(maxAlign, f.type().size());
            }
            final Field last = fields.get(fields.size() - 1);
            final long end = off[off.length - 1] + last.byteSize();
            return (end + maxAlign - 1) / maxAlign * maxAlign;
        }
    }

    final Map<String, Function> functions = new LinkedHashMap<>();
    final Map<String, Struct> structs = new LinkedHashMap<>();
    final Map<String, Long> constants = new LinkedHashMap<>();

    private static final Pattern PROTOTYPE = Pattern.compile(
            "TLB_API\\s+([^;(]+?)\\s*\\b(tlb_\\w+)\\s*\\(([^)]*)\\)\\s*;");
    private static final Pattern STRUCT = Pattern.compile(
            "typedef\\s+struct\\s+(tlb_\\w+)\\s*\\{(.*?)\\}\\s*(tlb_\\w+)\\s*;", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("(.*?)\\b(\\w+)\\s*(?:\\[(\\d+)\\])?");
    private static final Pattern DEFINE = Pattern.compile("(?m)^\\s*#\\s*define\\s+(TLB_\\w+)[ \\t]+(\\S[^\\n]*)$");

    static CHeader parse(final Path file) throws IOException {
        final String text = Files.readString(file)
                .replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("//[^\\n]*", "");
        final CHeader h = new CHeader();
        final Matcher p = PROTOTYPE.matcher(text);
        while (p.find()) {
            final List<Param> params = new ArrayList<>();
            final String plist = p.group(3).replaceAll("\\s+", " ").trim();
            if (!plist.isEmpty() && !plist.equals("void")) {
                for (String raw : plist.split(",")) {
                    final Matcher m = Pattern.compile("(.*?)\\b(\\w+)$").matcher(raw.trim());
                    if (!m.matches()) {
                        throw new IllegalStateException("cannot parse parameter '" + raw + "' of " + p.group(2));
                    }
                    params.add(new Param(CType.parse(m.group(1)), m.group(2)));
                }
            }
            final String decl = p.group(0).replaceAll("\\s+", " ").replace("TLB_API ", "");
            h.functions.put(p.group(2), new Function(p.group(2), CType.parse(p.group(1)), params, decl));
        }
        final Matcher s = STRUCT.matcher(text);
        while (s.find()) {
            final List<Field> fields = new ArrayList<>();
            for (String raw : s.group(2).split(";")) {
                final String f = raw.replaceAll("\\s+", " ").trim();
                if (f.isEmpty()) {
                    continue;
                }
                final Matcher m = FIELD.matcher(f);
                if (!m.matches()) {
                    throw new IllegalStateException("cannot parse field '" + f + "' of " + s.group(1));
                }
                final long count = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
                fields.add(new Field(CType.parse(m.group(1)), m.group(2), count));
            }
            h.structs.put(s.group(3), new Struct(s.group(3), fields));
        }
        final Matcher d = DEFINE.matcher(text);
        while (d.find()) {
            final String name = d.group(1);
            if (name.equals("TLB_API")) {
                continue;
            }
            h.constants.put(name, evaluate(d.group(2).trim()));
        }
        return h;
    }

    /** Integer constant expressions of the forms the header uses: 12, (-1), 0x1Fu, (1u &lt;&lt; 9). */
    static long evaluate(final String expr) {
        String e = expr.trim();
        while (e.startsWith("(") && e.endsWith(")")) {
            e = e.substring(1, e.length() - 1).trim();
        }
        final int shift = e.indexOf("<<");
        if (shift >= 0) {
            return evaluate(e.substring(0, shift)) << evaluate(e.substring(shift + 2));
        }
        final boolean neg = e.startsWith("-");
        if (neg) {
            e = e.substring(1).trim();
        }
        e = e.replaceAll("[uUlL]+$", "");
        final long v = e.startsWith("0x") || e.startsWith("0X")
                ? Long.parseLong(e.substring(2), 16) : Long.parseLong(e);
        return neg ? -v : v;
    }
}
