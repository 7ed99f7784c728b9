package io.talebian.nativelib;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads {@code libtalebian-0.1.0.so} once, on first use, and records what happened in a
 * {@link NativeStatus}. Never throws, from class initialisation or otherwise: every failure
 * becomes the status' {@code cause} and a WARNING, and callers fall back to Java.
 *
 * <p>Order (see {@code docs/loading.md}):
 * <ol>
 *   <li>{@value #PROP_LIBRARY_PATH}: an explicit path of the .so;</li>
 *   <li>{@code System.loadLibrary("talebian-0.1.0")} on {@code java.library.path};</li>
 *   <li>extraction of the classpath resource {@value #RESOURCE} (the {@code linux-x86_64}
 *       classifier JAR) to {@value #PROP_EXTRACT_DIR} (default: {@code java.io.tmpdir}/talebian-USER,
 *       then {@code ~/.cache/talebian}), checked by SHA-256 ({@link Extractor}).</li>
 * </ol>
 * Every step uses {@code System.load}/{@code loadLibrary}, so the library is visible both to
 * JNI ({@link TalebianJni}) and to FFM ({@code SymbolLookup.loaderLookup()} from this class loader).
 * Then {@value #PROP_ISA} ({@code java|scalar|avx2|avx512}) lowers the ISA through
 * {@code tlb_set_isa}; {@code java} skips loading altogether.
 */
public final class NativeLibrary {
    /** Version in the library's file name; equals {@code tlb_version()}. */
    public static final String VERSION = "0.1.0";
    /** Name for {@code System.loadLibrary}. */
    public static final String LIBRARY_NAME = "talebian-" + VERSION;
    /** The library's file name. */
    public static final String FILE_NAME = "lib" + LIBRARY_NAME + ".so";
    /** Where the classifier JAR holds the library. */
    public static final String RESOURCE = "/META-INF/native/linux-x86_64/" + FILE_NAME;
    /** Explicit path of the .so. */
    public static final String PROP_LIBRARY_PATH = "talebian.library.path";
    /** Directory to extract the bundled library to. */
    public static final String PROP_EXTRACT_DIR = "talebian.extract.dir";
    /** {@code java|scalar|avx2|avx512}: lowers the ISA; {@code java} disables native. */
    public static final String PROP_ISA = "talebian.isa";

    private static final System.Logger LOG = System.getLogger(NativeLibrary.class.getName());

    private NativeLibrary() {
    }

    /** Loaded once, by the first caller, under the class-initialisation lock. */
    private static final class Holder {
        static final NativeStatus STATUS = loadNeverThrowing();
    }

    /** Loads the library if that has not been tried yet; true when it is usable. Never throws. */
    public static boolean ensureLoaded() {
        return Holder.STATUS.loaded();
    }

    /** What loading did (triggers it if needed). Never throws. */
    public static NativeStatus status() {
        return Holder.STATUS;
    }

    /** True on the one platform a library is bundled for. */
    public static boolean isLinuxX86_64() {
        final String os = System.getProperty("os.name", "");
        final String arch = System.getProperty("os.arch", "");
        return os.startsWith("Linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }

    private static NativeStatus loadNeverThrowing() {
        try {
            return load();
        } catch (Throwable t) { // NOPMD: class initialisation must not fail, whatever happens
            final String cause = "loader failed: " + t;
            LOG.log(Level.WARNING, "talebian native library not loaded, using Java: " + cause, t);
            return notLoaded(cause, List.of(cause), null);
        }
    }

    private static NativeStatus load() {
        final Isa requested = requestedIsa();
        if (requested == Isa.JAVA) {
            final String cause = "disabled by -D" + PROP_ISA + "=java";
            LOG.log(Level.INFO, "talebian native library not loaded: {0}", cause);
            return notLoaded(cause, List.of(cause), requested);
        }
        final List<String> attempts = new ArrayList<>();
        final Locator.Found found = new Locator(attempts).find();
        if (found == null) {
            final String cause = String.join("; ", attempts);
            LOG.log(Level.WARNING, "talebian native library not loaded, using Java: {0}", cause);
            return notLoaded(cause, attempts, requested);
        }
        return bind(found, attempts, requested);
    }

    /** After a successful load: reads version and CPU facts, applies talebian.isa, logs once. */
    private static NativeStatus bind(final Locator.Found found, final List<String> attempts, final Isa requested) {
        final String version;
        final Isa cpu;
        try {
            version = TalebianJni.version();
            cpu = Isa.fromCode(TalebianJni.cpuIsa());
        } catch (UnsatisfiedLinkError e) {
            final String cause = found.path() + " loaded but its JNI natives are not bound: " + e.getMessage();
            attempts.add(cause);
            LOG.log(Level.WARNING, "talebian native library not usable, using Java: {0}", cause);
            return notLoaded(cause, attempts, requested);
        }
        if (!VERSION.equals(version)) {
            LOG.log(Level.WARNING, "talebian native library {0} reports version {1}, expected {2}",
                    found.path(), version, VERSION);
        }
        if (requested != null) {
            if (requested.compareTo(cpu) > 0) {
                LOG.log(Level.WARNING, "{0}={1} is above what this CPU and OS support ({2}): clamped to {2}",
                        PROP_ISA, requested.id(), cpu.id());
            }
            TalebianJni.setIsa(requested.code());
        }
        final Isa active = Isa.fromCode(TalebianJni.activeIsa());
        final NativeStatus status = new NativeStatus(true, found.path(), found.origin(), null, attempts,
                requested, cpu, active, TalebianJni.cpuFeatures(), version);
        LOG.log(Level.INFO, "talebian: {0}", status.summary());
        return status;
    }

    private static Isa requestedIsa() {
        final String raw = System.getProperty(PROP_ISA);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Isa.parse(raw);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "{0}; ignored, using the best ISA", e.getMessage());
            return null;
        }
    }

    private static NativeStatus notLoaded(final String cause, final List<String> attempts, final Isa requested) {
        return new NativeStatus(false, null, NativeStatus.Origin.NONE, cause, attempts, requested,
                Isa.JAVA, Isa.JAVA, 0, null);
    }
}
