package io.talebian.offheap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Compiles and runs a tiny C program that prints {@code offsetof}/{@code sizeof}/constants of
 * {@code talebian.h} structs, one {@code name value} per line. Empty when gcc or the header is not
 * there (the caller skips).
 */
final class CLayoutProbe {

    private CLayoutProbe() {
    }

    /** The header: property {@code talebian.header}, else native/include/talebian.h above user.dir. */
    static Path header() {
        final String prop = System.getProperty("talebian.header");
        if (prop != null) {
            return Paths.get(prop);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            final Path h = dir.resolve("native/include/talebian.h");
            if (Files.isRegularFile(h)) {
                return h;
            }
        }
        return null;
    }

    /** Runs the probe printing each of {@code exprs} (C expressions, printed as long long). */
    static Map<String, Long> run(final List<String> exprs) throws IOException, InterruptedException {
        final Map<String, Long> out = new HashMap<>();
        final Path header = header();
        if (header == null || !Files.isRegularFile(header)) {
            return out;
        }
        final Path dir = Files.createTempDirectory("tlb-layout");
        final StringBuilder c = new StringBuilder("#include <stdio.h>\n#include <stddef.h>\n#include \"talebian.h\"\n")
            .append("int main(void) {\n");
        for (String e : exprs) {
            c.append("  printf(\"%s %lld\\n\", \"").append(e.replace("\"", "\\\"")).append("\", (long long)(")
                .append(e).append("));\n");
        }
        c.append("  return 0;\n}\n");
        final Path src = Files.writeString(dir.resolve("probe.c"), c.toString());
        final Path exe = dir.resolve("probe");
        final String include = header.getParent().toString();
        if (exec(dir, "gcc", "-std=c11", "-I", include, "-o", exe.toString(), src.toString()) == null) {
            return out;
        }
        final String text = exec(dir, exe.toString());
        if (text != null) {
            for (String line : text.split("\n")) {
                final int sp = line.lastIndexOf(' ');
                if (sp > 0) {
                    out.put(line.substring(0, sp), Long.parseLong(line.substring(sp + 1).trim()));
                }
            }
        }
        return out;
    }

    private static String exec(final Path dir, final String... cmd) throws IOException, InterruptedException {
        final Process p;
        try {
            p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null; // no gcc
        }
        final byte[] bytes = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + " failed: " + new String(bytes, StandardCharsets.UTF_8));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
