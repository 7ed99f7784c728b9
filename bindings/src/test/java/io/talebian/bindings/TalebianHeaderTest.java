package io.talebian.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SequenceLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parses {@code native/include/talebian.h} (system property {@code talebian.header}) and fails
 * when a function, struct or constant in it has no binding in {@link talebian_h} or the struct
 * classes, or a binding differs: descriptor carriers and sizes, struct field names, order,
 * offsets, sizes, total size, constant values. Also fails on bindings the header no longer has.
 */
class TalebianHeaderTest {

    private static CHeader header;

    @BeforeAll
    static void parseHeader() throws IOException {
        final Path path = Path.of(System.getProperty("talebian.header", "../native/include/talebian.h"));
        assertTrue(Files.isRegularFile(path), "talebian.header=" + path + " is not a file");
        header = CHeader.parse(path);
        // guards against a parser that silently matches nothing
        assertTrue(header.functions.size() >= 30, "functions parsed=" + header.functions.size());
        assertTrue(header.structs.size() >= 5, "structs parsed=" + header.structs.size());
        assertTrue(header.constants.size() >= 20, "constants parsed=" + header.constants.size());
    }

    @Test
    void everyHeaderItemHasAMatchingBinding() {
        final List<String> problems = BindingCheck.check(header);
        assertTrue(problems.isEmpty(), "header and bindings disagree:\n  " + String.join("\n  ", problems));
    }

    @Test
    void noBindingWithoutAHeaderItem() throws IOException, URISyntaxException {
        final Set<String> declared = new TreeSet<>();
        for (Method m : talebian_h.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && m.getName().endsWith("$descriptor")) {
                declared.add(m.getName().substring(0, m.getName().length() - "$descriptor".length()));
            }
        }
        assertEquals(new TreeSet<>(header.functions.keySet()), declared, "functions with a binding");

        final Set<String> constants = new TreeSet<>();
        for (Method m : talebian_h.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && m.getName().startsWith("TLB_") && m.getParameterCount() == 0) {
                constants.add(m.getName());
            }
        }
        assertEquals(new TreeSet<>(header.constants.keySet()), constants, "constants with a binding");

        final Path dir = Path.of(talebian_h.class.getResource("talebian_h.class").toURI()).getParent();
        final Set<String> classes;
        try (Stream<Path> files = Files.list(dir)) {
            classes = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        final Set<String> expected = new TreeSet<>(header.structs.keySet());
        expected.add("talebian_h");
        assertEquals(expected, classes, "top-level classes in io.talebian.bindings");
    }

    @Test
    void structSizesAreTheDocumentedOnes() {
        assertEquals(80, tlb_stats_t.sizeof());
        assertEquals(56, tlb_moments_t.sizeof());
        assertEquals(64, tlb_tail_sums_t.sizeof());
        assertEquals(talebian_h.TLB_RING_HEADER_BYTES(), tlb_ring_t.sizeof());
        assertEquals(talebian_h.TLB_POOL_HEADER_BYTES(), tlb_pool_t.sizeof());
        assertEquals(128, tlb_ring_t.tail$offset());
        assertEquals(256, tlb_ring_t.capacity$offset());
        assertEquals(128, tlb_pool_t.block_size$offset());
    }

    /** The checker itself: a doctored header must produce one problem per change. */
    @Test
    void checkerDetectsDifferences(@org.junit.jupiter.api.io.TempDir final Path tmp) throws IOException {
        final String original = Files.readString(Path.of(System.getProperty("talebian.header",
                "../native/include/talebian.h")));
        final String doctored = original
                .replace("TLB_API int tlb_window_stats(const double *x, int64_t n, tlb_stats_t *out);",
                        "TLB_API int tlb_window_stats(const double *x, int32_t n, tlb_stats_t *out);")
                .replace("    double m4; /* sum of (x - mean)^4 */", "    double m4;\n    double m5;")
                .replace("#define TLB_ISA_AVX512 2", "#define TLB_ISA_AVX512 3")
                .replace("#ifdef __cplusplus\n}", "TLB_API double tlb_new_kernel(const double *x, int64_t n);\n"
                        + "#ifdef __cplusplus\n}");
        assertNotEquals(original, doctored);
        final Path file = tmp.resolve("talebian.h");
        Files.writeString(file, doctored);
        final List<String> problems = BindingCheck.check(CHeader.parse(file));
        final String all = String.join("\n", problems);
        assertTrue(all.contains("tlb_window_stats"), all);
        assertTrue(all.contains("tlb_moments_t"), all);
        assertTrue(all.contains("TLB_ISA_AVX512"), all);
        assertTrue(all.contains("tlb_new_kernel"), all);
    }

    /** With the built library: every function resolves and a few calls give the documented answers. */
    @Test
    void symbolsResolveInTheBuiltLibrary() throws Throwable {
        final String lib = System.getProperty("talebian.test.library", "");
        Assumptions.assumeTrue(!lib.isEmpty() && Files.isRegularFile(Path.of(lib)),
                "native library not built (talebian.test.library=" + lib + ")");
        System.load(lib);
        final List<String> missing = new ArrayList<>();
        for (String f : header.functions.keySet()) {
            if (talebian_h.SYMBOL_LOOKUP.find(f).isEmpty()) {
                missing.add(f);
            }
        }
        assertTrue(missing.isEmpty(), "not exported by " + lib + ": " + missing);
        final String version = talebian_h.tlb_version().reinterpret(64).getString(0);
        assertEquals(talebian_h.TLB_VERSION_MAJOR() + "." + talebian_h.TLB_VERSION_MINOR() + "."
                + talebian_h.TLB_VERSION_PATCH(), version);
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment x = arena.allocateFrom(ValueLayout.JAVA_DOUBLE, 1.0, 2.0, 3.0, 4.0);
            final MemorySegment out = tlb_stats_t.allocate(arena);
            assertEquals(talebian_h.TLB_OK(), talebian_h.tlb_window_stats(x, 4, out));
            assertEquals(4, tlb_stats_t.n(out));
            assertEquals(2.5, tlb_stats_t.mean(out), 1e-15);
            assertEquals(5.0 / 3.0, tlb_stats_t.variance(out), 1e-14);
            assertEquals(0.0, tlb_stats_t.reserved(out));
            assertEquals(talebian_h.TLB_ERR_ARG(), talebian_h.tlb_window_stats(x, -1, out));
        }
        assertEquals(0L, talebian_h.tlb_ring_bytes(3, 8), "capacity 3 is not a power of two");
    }

    /** Compares one parsed header with the bindings; one message per difference. */
    static final class BindingCheck {
        private BindingCheck() {
        }

        static List<String> check(final CHeader h) {
            final List<String> problems = new ArrayList<>();
            h.functions.values().forEach(f -> checkFunction(f, problems));
            h.structs.values().forEach(s -> checkStruct(s, problems));
            h.constants.forEach((name, value) -> checkConstant(name, value, problems));
            return problems;
        }

        private static void checkFunction(final CHeader.Function f, final List<String> problems) {
            final FunctionDescriptor d;
            try {
                d = (FunctionDescriptor) talebian_h.class.getMethod(f.name() + "$descriptor").invoke(null);
            } catch (ReflectiveOperationException e) {
                problems.add(f.name() + ": no binding (" + f.declaration() + ")");
                return;
            }
            final Class<?> ret = f.ret().carrier();
            if (ret == void.class ? d.returnLayout().isPresent()
                    : d.returnLayout().isEmpty() || !sameValue(d.returnLayout().get(), f.ret())) {
                problems.add(f.name() + ": return " + d.returnLayout() + " but C returns " + f.ret().text());
            }
            if (d.argumentLayouts().size() != f.params().size()) {
                problems.add(f.name() + ": " + d.argumentLayouts().size() + " arguments but C has "
                        + f.params().size() + " (" + f.declaration() + ")");
                return;
            }
            final Class<?>[] carriers = new Class<?>[f.params().size()];
            for (int i = 0; i < carriers.length; i++) {
                final CHeader.Param p = f.params().get(i);
                carriers[i] = p.type().carrier();
                if (!sameValue(d.argumentLayouts().get(i), p.type())) {
                    problems.add(f.name() + ": argument " + i + " (" + p.name() + ") is "
                            + d.argumentLayouts().get(i) + " but C has " + p.type().text());
                }
            }
            try {
                final Method m = talebian_h.class.getMethod(f.name(), carriers);
                if (m.getReturnType() != ret) {
                    problems.add(f.name() + ": wrapper returns " + m.getReturnType() + ", expected " + ret);
                }
            } catch (NoSuchMethodException e) {
                problems.add(f.name() + ": no wrapper method " + f.name() + List.of(carriers));
            }
        }

        private static boolean sameValue(final MemoryLayout l, final CHeader.CType t) {
            if (!(l instanceof ValueLayout v)) {
                return false;
            }
            if (t.pointer()) {
                return v instanceof AddressLayout;
            }
            return v.carrier() == t.carrier() && v.byteSize() == t.size();
        }

        private static void checkStruct(final CHeader.Struct s, final List<String> problems) {
            final GroupLayout g;
            try {
                g = (GroupLayout) Class.forName("io.talebian.bindings." + s.name()).getMethod("layout").invoke(null);
            } catch (ReflectiveOperationException e) {
                problems.add(s.name() + ": no struct class");
                return;
            }
            if (!(g instanceof StructLayout)) {
                problems.add(s.name() + ": layout is not a struct: " + g);
            }
            final List<MemoryLayout> members = g.memberLayouts();
            final List<String> javaNames = members.stream().map(m -> m.name().orElse("<padding>")).toList();
            final List<String> cNames = s.fields().stream().map(CHeader.Field::name).toList();
            if (!javaNames.equals(cNames)) {
                problems.add(s.name() + ": fields " + javaNames + " but C has " + cNames);
                return;
            }
            final long[] offsets = s.offsets();
            for (int i = 0; i < members.size(); i++) {
                final CHeader.Field f = s.fields().get(i);
                final MemoryLayout m = members.get(i);
                final long off = g.byteOffset(MemoryLayout.PathElement.groupElement(f.name()));
                if (off != offsets[i]) {
                    problems.add(s.name() + "." + f.name() + ": offset " + off + " but C has " + offsets[i]);
                }
                final boolean typeOk = f.count() > 0
                        ? m instanceof SequenceLayout q && q.elementCount() == f.count()
                                && sameValue(q.elementLayout(), f.type())
                        : sameValue(m, f.type());
                if (!typeOk || m.byteSize() != f.byteSize()) {
                    problems.add(s.name() + "." + f.name() + ": layout " + m + " but C has " + f.type().text()
                            + (f.count() > 0 ? "[" + f.count() + "]" : ""));
                }
            }
            if (g.byteSize() != s.size()) {
                problems.add(s.name() + ": " + g.byteSize() + " bytes but C has " + s.size());
            }
        }

        private static void checkConstant(final String name, final long value, final List<String> problems) {
            try {
                final Object v = talebian_h.class.getMethod(name).invoke(null);
                if (((Number) v).intValue() != (int) value) {
                    problems.add(name + ": " + v + " but the header defines " + value);
                }
            } catch (ReflectiveOperationException e) {
                problems.add(name + ": no constant binding");
            }
        }
    }
}
