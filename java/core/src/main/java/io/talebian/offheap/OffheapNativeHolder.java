package io.talebian.offheap;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Finds {@code io.talebian.offheap.FfmOffheapNative} (JDK 22 part) once, by name. */
final class OffheapNativeHolder {

    static final String IMPL = "io.talebian.offheap.FfmOffheapNative";
    static final Optional<OffheapNative> INSTANCE = load();

    private OffheapNativeHolder() {
    }

    private static Optional<OffheapNative> load() {
        final Logger log = Logger.getLogger(OffheapNative.class.getName());
        if (Runtime.version().feature() < 22) {
            log.log(Level.FINE, "offheap native: unavailable, java.version={0} < 22 (no FFM)", Runtime.version());
            return Optional.empty();
        }
        try {
            final Class<?> impl = Class.forName(IMPL);
            final Object o = impl.getMethod("create").invoke(null);
            if (o == null) {
                log.log(Level.FINE, "offheap native: unavailable, native library not loaded");
                return Optional.empty();
            }
            return Optional.of((OffheapNative) o);
        } catch (ReflectiveOperationException | LinkageError e) {
            log.log(Level.WARNING, "offheap native: unavailable, " + IMPL + " failed: " + e, e);
            return Optional.empty();
        }
    }
}
