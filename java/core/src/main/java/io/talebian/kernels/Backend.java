package io.talebian.kernels;

/** The implementations of {@link Kernels}; {@link #AUTO} picks the fastest correct one available. */
public enum Backend {
    /** Scalar Java: the reference every other backend is tested against. Always available. */
    JAVA,
    /** Java Vector API ({@code jdk.incubator.vector}); opt-in, needs {@code --add-modules jdk.incubator.vector}. */
    VECTOR,
    /** The native library through JNI; JDK 17+. */
    JNI,
    /** The native library through the Foreign Function &amp; Memory API; JDK 22+. */
    FFM,
    /** The fastest available backend for the input size (see {@code Backends}). */
    AUTO;

    /** Parses {@code java|vector|jni|ffm|auto}, case-insensitive, naming the bad value. */
    public static Backend parse(String name) {
        for (Backend b : values()) {
            if (b.name().equalsIgnoreCase(name.trim())) {
                return b;
            }
        }
        throw new IllegalArgumentException("backend=" + name + " is not one of java, vector, jni, ffm, auto");
    }

    /** Lower-case name, as used on the command line and in properties. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
