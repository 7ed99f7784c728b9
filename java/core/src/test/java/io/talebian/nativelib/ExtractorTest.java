package io.talebian.nativelib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction: content-addressed name, reuse of an identical copy, replacement of a bad one, SHA-256 check. */
class ExtractorTest {
    private static final byte[] LIB = "not really an ELF file, but bytes to extract".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    @Test
    void extractsVerifiesAndReuses() throws IOException {
        final Extractor ex = new Extractor(LIB);
        final Path dir = tmp.resolve("a/b");
        final Path f = ex.extractTo(dir);
        assertEquals(dir.resolve(ex.fileName()), f);
        assertTrue(f.getFileName().toString().matches("libtalebian-0\\.1\\.0-[0-9a-f]{16}\\.so"), f.toString());
        assertArrayEquals(LIB, Files.readAllBytes(f));
        final FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(f, old);
        assertEquals(f, ex.extractTo(dir));
        assertEquals(old, Files.getLastModifiedTime(f), "an identical file is reused, not rewritten");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
    }

    @Test
    void replacesACorruptCopy() throws IOException {
        final Extractor ex = new Extractor(LIB);
        Files.write(tmp.resolve(ex.fileName()), new byte[] {1, 2, 3});
        final Path f = ex.extractTo(tmp);
        assertArrayEquals(LIB, Files.readAllBytes(f));
    }

    @Test
    void verifyReportsBothDigests() throws IOException {
        final Path f = tmp.resolve("x.so");
        Files.write(f, new byte[] {1});
        final IOException e = assertThrows(IOException.class, () -> Extractor.verify(f, Extractor.sha256(LIB)));
        assertTrue(e.getMessage().startsWith("checksum mismatch"), e.getMessage());
        assertTrue(e.getMessage().contains(Extractor.sha256(LIB)), e.getMessage());
    }

    @Test
    void unusableDirectoryIsAnIoExceptionNamingIt() throws IOException {
        final Path file = Files.write(tmp.resolve("plain-file"), new byte[0]);
        final Path dir = file.resolve("sub"); // under a regular file: cannot be created, even by root
        final IOException e = assertThrows(IOException.class, () -> new Extractor(LIB).extractTo(dir));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void extractDirDefaultsToTmpThenCache() {
        final String saved = System.clearProperty(NativeLibrary.PROP_EXTRACT_DIR);
        try {
            final java.util.List<Path> dirs = Locator.extractDirs();
            assertTrue(dirs.get(0).startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()), dirs::toString);
            assertTrue(dirs.get(dirs.size() - 1).endsWith(Path.of(".cache", "talebian")), dirs::toString);
        } finally {
            if (saved != null) {
                System.setProperty(NativeLibrary.PROP_EXTRACT_DIR, saved);
            }
        }
    }
}
