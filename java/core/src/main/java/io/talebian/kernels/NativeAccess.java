package io.talebian.kernels;

import io.talebian.nativelib.NativeLibrary;

/**
 * The one place the kernels package asks whether the native library is usable. Loading itself
 * (path property, library path, extraction, {@code talebian.isa}) belongs to
 * {@link NativeLibrary}, which never throws and records why it did not load.
 */
final class NativeAccess {

    private NativeAccess() {
    }

    /** null when the native library is loaded (in this class loader), else why not. */
    static String unavailableReason() {
        if (System.getProperty(NativeLibrary.PROP_ISA, "").trim().equalsIgnoreCase("java")) {
            return "native backends disabled by -D" + NativeLibrary.PROP_ISA + "=java";
        }
        try {
            if (NativeLibrary.ensureLoaded()) {
                return null;
            }
            return "native library not loaded: " + NativeLibrary.status().cause();
        } catch (RuntimeException | LinkageError e) {
            return "native library loader failed: " + e;
        }
    }
}
