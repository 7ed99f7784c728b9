package io.talebian.bench;

/**
 * The JVM flags every benchmark fork gets (also passed by {@code bench/run.sh}, so the jar can be
 * run by hand with the same result): native access for the FFM backend, the incubating Vector
 * API for the vector backend, and the export Agrona 2.x needs for its queues.
 */
public final class BenchJvm {
    public static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";
    public static final String ADD_MODULES = "--add-modules";
    public static final String VECTOR_MODULE = "jdk.incubator.vector";
    public static final String ADD_EXPORTS = "--add-exports";
    public static final String AGRONA_EXPORT = "java.base/jdk.internal.misc=ALL-UNNAMED";
    /** A fixed heap so GC sizing does not differ between forks. */
    public static final String HEAP_MIN = "-Xms1g";
    public static final String HEAP_MAX = "-Xmx1g";

    private BenchJvm() {
    }
}
