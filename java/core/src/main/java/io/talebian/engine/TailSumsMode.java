package io.talebian.engine;

/**
 * How the engine forms the tail sums of spec 3.2 (tail vegas and the fragility heuristic).
 * Both give the same values to rounding (tested); they differ in cost.
 */
public enum TailSumsMode {
    /**
     * From the sorted window: binary searches for the tail boundaries, then sums over the tails
     * only. O(log W + tail), ~20% of W, no division per element. The default.
     */
    SORTED,
    /** One {@code Kernels.tailSums} pass over the whole window: O(W), native SIMD when the kernels are native. */
    KERNEL;

    /** Parses {@code sorted|kernel}, case-insensitive, naming a bad value. */
    public static TailSumsMode parse(final String name) {
        for (TailSumsMode m : values()) {
            if (m.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("tail_sums=" + name + " is not one of sorted, kernel");
    }
}
