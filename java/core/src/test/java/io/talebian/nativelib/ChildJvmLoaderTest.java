package io.talebian.nativelib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader in fresh JVMs (same java as this run, so on JDK 17 too), each with only the core
 * classes and the native classifier JAR on its class path, running {@link NativeSelfTest}:
 * extraction from the built JAR, and the failure paths, whose cause must be reported while the
 * Java fallback keeps working.
 */
class ChildJvmLoaderTest {
    @TempDir
    Path tmp;

    /** The native module's classifier JAR (built by the reactor before this module's tests). */
    static Path nativeJar() {
        final Path root = Path.of(System.getProperty("talebian.root", "../.."));
        final Path built = root.resolve("java/native-linux-x86_64/target/talebian-native-"
                + NativeLibrary.VERSION + "-linux-x86_64.jar");
        if (Files.isRegularFile(built)) {
            return built.toAbsolutePath();
        }
        return classpathEntry("talebian-native"); // e.g. the native module's target/classes in a reactor
    }

    static Path coreClasses() {
        return classpathEntry("core" + File.separator + "target" + File.separator + "classes");
    }

    private static Path classpathEntry(final String contains) {
        for (final String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (e.contains(contains)) {
                return Path.of(e).toAbsolutePath();
            }
        }
        return null;
    }

    private record Run(int exit, String out) {
    }

    private Run child(final List<String> props, final String... args) throws IOException, InterruptedException {
        final Path nativeJar = nativeJar();
        final Path core = coreClasses();
        assumeTrue(nativeJar != null && core != null, "core classes or native JAR not on the class path");
        final List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 22) {
            cmd.add("--enable-native-access=ALL-UNNAMED");
        }
        cmd.add("-Djava.util.logging.config.file=/dev/null"); // quiet JUL: the child reports by itself
        cmd.addAll(props);
        cmd.add("-cp");
        cmd.add(core + File.pathSeparator + nativeJar);
        cmd.add(NativeSelfTest.class.getName());
        cmd.addAll(Arrays.asList(args));
        final Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        final byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM timed out");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void extractsFromTheClassifierJar() throws Exception {
        assumeTrue(!"java".equals(System.getProperty("talebian.isa")), "native off in this run");
        final Path dir = tmp.resolve("extract");
        final Run r = child(List.of("-Dtalebian.extract.dir=" + dir), "--require-native", "--expect-origin=EXTRACTED");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("origin=EXTRACTED"), r.out());
        assertTrue(r.out().contains("loaded from " + dir), r.out());
        // a second JVM reuses the verified copy
        final Run again = child(List.of("-Dtalebian.extract.dir=" + dir), "--require-native");
        assertEquals(0, again.exit(), again.out());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void explicitPathWinsOverExtraction() throws Exception {
        assumeTrue(!"java".equals(System.getProperty("talebian.isa")), "native off in this run");
        final Path dir = tmp.resolve("first");
        final Run first = child(List.of("-Dtalebian.extract.dir=" + dir), "--require-native");
        assertEquals(0, first.exit(), first.out());
        final Path so;
        try (var files = Files.list(dir)) {
            so = files.findFirst().orElseThrow();
        }
        final Run r = child(List.of("-Dtalebian.library.path=" + so, "-Dtalebian.extract.dir=" + tmp.resolve("unused")),
                "--require-native", "--expect-origin=PROPERTY");
        assertEquals(0, r.exit(), r.out());
    }

    @Test
    void everyFailureIsReportedAndJavaStillWorks() throws Exception {
        final Path notADir = Files.write(tmp.resolve("file"), new byte[0]);
        final Run r = child(List.of("-Dtalebian.library.path=/nonexistent/libtalebian-0.1.0.so",
                "-Dtalebian.extract.dir=" + notADir.resolve("sub")));
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("native not loaded"), r.out());
        assertTrue(r.out().contains("talebian.library.path=/nonexistent/libtalebian-0.1.0.so: no such file"), r.out());
        assertTrue(r.out().contains("java.library.path: no talebian-0.1.0"), r.out());
        assertTrue(r.out().contains("extraction to " + notADir.resolve("sub")), r.out());
        assertTrue(r.out().contains("auto.backend=java"), r.out());
        assertTrue(r.out().contains("auto kernels: ok"), r.out()); // the Java fallback computes
    }

    @Test
    void aLibraryThatCannotBeLoadedReportsTheLinkError() throws Exception {
        final Path bogus = Files.writeString(tmp.resolve("libbogus.so"), "not an ELF file");
        final Path notADir = Files.write(tmp.resolve("file"), new byte[0]);
        final Run r = child(List.of("-Dtalebian.library.path=" + bogus, "-Dtalebian.extract.dir=" + notADir));
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("talebian.library.path=" + bogus + ": "), r.out());
        assertTrue(r.out().contains("invalid ELF header") || r.out().contains("too short"), r.out());
    }

    @Test
    void isaJavaDisablesNative() throws Exception {
        final Run r = child(List.of("-Dtalebian.isa=java"));
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("disabled by -Dtalebian.isa=java"), r.out());
        assertTrue(r.out().contains("auto.backend=java"), r.out());
    }
}
