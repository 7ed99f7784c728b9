package io.talebian.nativelib;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes the bundled library to a directory, safely for concurrent JVMs: the file name carries
 * the first 16 hex digits of the content's SHA-256 ({@code libtalebian-0.1.0-<sha16>.so}), an
 * existing file with the same content is reused, and a new copy is written to a unique temporary
 * name, verified by SHA-256 and moved into place atomically, so no JVM ever loads a partial file.
 */
final class Extractor {
    private final byte[] bytes;
    private final String sha256;

    Extractor(final byte[] bytes) {
        this.bytes = bytes.clone();
        this.sha256 = sha256(this.bytes);
    }

    /** SHA-256 of the bundled library, lower-case hex. */
    String sha256() {
        return sha256;
    }

    /** The file name used in every extraction directory. */
    String fileName() {
        return "libtalebian-" + NativeLibrary.VERSION + "-" + sha256.substring(0, 16) + ".so";
    }

    /** Extracts (or reuses) the library in {@code dir}; returns the verified file. */
    Path extractTo(final Path dir) throws IOException {
        prepareDir(dir);
        final Path target = dir.resolve(fileName());
        if (Files.isRegularFile(target) && sha256(Files.readAllBytes(target)).equals(sha256)) {
            return target; // an identical copy, from an earlier run or a concurrent JVM
        }
        final Path tmp;
        try {
            tmp = Files.createTempFile(dir, "libtalebian-", ".so.tmp");
        } catch (AccessDeniedException e) {
            throw new IOException("directory " + dir + " is not writable", e);
        }
        try {
            Files.write(tmp, bytes);
            verify(tmp, sha256);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        verify(target, sha256);
        return target;
    }

    /** Throws naming both digests when {@code file}'s SHA-256 is not {@code expected}. */
    static void verify(final Path file, final String expected) throws IOException {
        final String actual = sha256(Files.readAllBytes(file));
        if (!actual.equals(expected)) {
            throw new IOException("checksum mismatch: " + file + " has sha256=" + actual
                    + ", the bundled resource has sha256=" + expected);
        }
    }

    static String sha256(final byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Creates dir (owner-only when new); refuses a shared default directory owned by someone else. */
    private static void prepareDir(final Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir);
                trySetOwnerOnly(dir);
            } catch (FileAlreadyExistsException e) {
                throw new IOException(dir + " exists and is not a directory", e);
            } catch (AccessDeniedException | NoSuchFileException e) {
                throw new IOException("cannot create directory " + dir + " (" + e.getClass().getSimpleName() + ")", e);
            }
        }
        final String user = System.getProperty("user.name");
        final String owner = Files.getOwner(dir).getName();
        if (dir.getFileName() != null && dir.getFileName().toString().startsWith("talebian-") && user != null
                && !owner.equals(user)) {
            throw new IOException("directory " + dir + " is owned by " + owner + ", not by " + user);
        }
    }

    private static void trySetOwnerOnly(final Path dir) {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: not a POSIX file system
        }
    }
}
