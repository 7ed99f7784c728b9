package io.talebian.nativelib;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the loader did: whether the native library is loaded, from where and how, or why not;
 * and, when loaded, the CPU's and the active ISA. Immutable; from {@link NativeLibrary#status()}.
 *
 * @param loaded         true when the library is loaded and its JNI natives are bound
 * @param path           the file loaded (absolute), or null when not loaded
 * @param origin         how it was found; {@link Origin#NONE} when not loaded
 * @param cause          why it is not loaded (every attempt's failure, "; "-separated), or null
 * @param attempts       one line per location tried, in order, with its outcome
 * @param requestedIsa   the value of {@code talebian.isa}, or null when unset (or invalid)
 * @param cpuIsa         the best ISA this CPU and OS support ({@link Isa#JAVA} when not loaded)
 * @param activeIsa      the ISA the kernels use ({@link Isa#JAVA} when not loaded)
 * @param cpuFeatures    {@code tlb_cpu_features()} bits (0 when not loaded)
 * @param libraryVersion {@code tlb_version()}, or null when not loaded
 */
public record NativeStatus(boolean loaded, String path, Origin origin, String cause, List<String> attempts,
                           Isa requestedIsa, Isa cpuIsa, Isa activeIsa, int cpuFeatures, String libraryVersion) {

    /** Where the loaded library came from. */
    public enum Origin {
        /** The file named by {@code talebian.library.path}. */
        PROPERTY,
        /** {@code System.loadLibrary} on {@code java.library.path}. */
        SYSTEM_PATH,
        /** Extracted from the classpath ({@code talebian-native-*-linux-x86_64.jar}) to a directory. */
        EXTRACTED,
        /** Not loaded. */
        NONE
    }

    /** {@code TLB_FEAT_*} bit names, in bit order. */
    private static final String[][] FEATURES = {
        {"0", "cpu:avx2"}, {"1", "cpu:fma"}, {"2", "cpu:avx512f"}, {"3", "cpu:avx512dq"},
        {"8", "os:ymm"}, {"9", "os:zmm"},
    };

    public NativeStatus {
        Objects.requireNonNull(origin, "origin");
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(cpuIsa, "cpuIsa");
        Objects.requireNonNull(activeIsa, "activeIsa");
    }

    /** The names of the set {@link #cpuFeatures} bits, e.g. {@code [cpu:avx2, cpu:fma, os:ymm]}. */
    public List<String> featureNames() {
        final List<String> names = new ArrayList<>();
        for (final String[] f : FEATURES) {
            if ((cpuFeatures & (1 << Integer.parseInt(f[0]))) != 0) {
                names.add(f[1]);
            }
        }
        return names;
    }

    /** One line for logs and {@code talebian info}. */
    public String summary() {
        if (!loaded) {
            return "native not loaded: " + cause;
        }
        return "native " + libraryVersion + " loaded from " + path + " (" + origin.name().toLowerCase(java.util.Locale.ROOT)
                + "), cpu isa " + cpuIsa.id() + ", active isa " + activeIsa.id()
                + (requestedIsa == null ? "" : " (talebian.isa=" + requestedIsa.id() + ")")
                + ", features " + featureNames();
    }
}
