package io.talebian.nativelib;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tries the three places of the loading order in turn and loads the first that works, adding
 * one line per attempt (success or the reason of the failure) to {@code attempts}.
 */
final class Locator {
    /** A loaded library: where from and how. */
    record Found(String path, NativeStatus.Origin origin) {
    }

    private final List<String> attempts;

    Locator(final List<String> attempts) {
        this.attempts = attempts;
    }

    /** The loaded library, or null when every place failed (the reasons are in attempts). */
    Found find() {
        Found f = fromProperty();
        if (f == null) {
            f = fromSystemPath();
        }
        if (f == null) {
            f = extracted();
        }
        return f;
    }

    private Found fromProperty() {
        final String raw = System.getProperty(NativeLibrary.PROP_LIBRARY_PATH);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        final Path p = Path.of(raw).toAbsolutePath();
        final String where = NativeLibrary.PROP_LIBRARY_PATH + "=" + raw;
        if (!Files.isRegularFile(p)) {
            attempts.add(where + ": no such file");
            return null;
        }
        return loadFile(p, where, NativeStatus.Origin.PROPERTY);
    }

    private Found fromSystemPath() {
        try {
            System.loadLibrary(NativeLibrary.LIBRARY_NAME);
        } catch (UnsatisfiedLinkError | SecurityException e) {
            attempts.add("java.library.path: " + e.getMessage());
            return null;
        }
        final String path = findOnLibraryPath();
        attempts.add("java.library.path: loaded " + path);
        return new Found(path, NativeStatus.Origin.SYSTEM_PATH);
    }

    private Found extracted() {
        if (!NativeLibrary.isLinuxX86_64()) {
            attempts.add("extraction: no bundled library for os.name=" + System.getProperty("os.name")
                    + " os.arch=" + System.getProperty("os.arch") + " (only linux-x86_64 is bundled)");
            return null;
        }
        final byte[] bytes;
        try (InputStream in = NativeLibrary.class.getResourceAsStream(NativeLibrary.RESOURCE)) {
            if (in == null) {
                attempts.add("extraction: resource " + NativeLibrary.RESOURCE
                        + " not on the classpath (add talebian-native-" + NativeLibrary.VERSION + "-linux-x86_64.jar)");
                return null;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            attempts.add("extraction: cannot read resource " + NativeLibrary.RESOURCE + ": " + e);
            return null;
        }
        final Extractor extractor = new Extractor(bytes);
        for (final Path dir : extractDirs()) {
            final Path file;
            try {
                file = extractor.extractTo(dir);
            } catch (IOException | RuntimeException e) {
                attempts.add("extraction to " + dir + ": " + e.getMessage());
                continue;
            }
            final Found f = loadFile(file, "extracted " + file, NativeStatus.Origin.EXTRACTED);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private Found loadFile(final Path p, final String where, final NativeStatus.Origin origin) {
        try {
            System.load(p.toString());
        } catch (UnsatisfiedLinkError | SecurityException e) {
            String msg = where + ": " + e.getMessage();
            if (String.valueOf(e.getMessage()).contains("failed to map segment")) {
                msg += " (is " + p.getParent() + " mounted noexec?)";
            }
            attempts.add(msg);
            return null;
        }
        attempts.add(where + ": loaded");
        return new Found(p.toString(), origin);
    }

    /** The extraction directories, in order of preference. */
    static List<Path> extractDirs() {
        final String explicit = System.getProperty(NativeLibrary.PROP_EXTRACT_DIR);
        final List<Path> dirs = new ArrayList<>();
        if (explicit != null && !explicit.isBlank()) {
            dirs.add(Path.of(explicit).toAbsolutePath());
            return dirs;
        }
        final String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        dirs.add(Path.of(System.getProperty("java.io.tmpdir"), "talebian-" + user).toAbsolutePath());
        final String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && !"?".equals(home)) {
            dirs.add(Path.of(home, ".cache", "talebian").toAbsolutePath());
        }
        return dirs;
    }

    /** The file System.loadLibrary most likely loaded (the first match on java.library.path). */
    private static String findOnLibraryPath() {
        final String file = System.mapLibraryName(NativeLibrary.LIBRARY_NAME);
        for (final String dir : System.getProperty("java.library.path", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isRegularFile(Path.of(dir, file))) {
                return Path.of(dir, file).toAbsolutePath().toString();
            }
        }
        return file + " (on java.library.path)";
    }
}
