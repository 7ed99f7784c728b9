package io.talebian.engine;

/** The three configuration presets of spec section 4; {@link #AGGRESSIVE} is the default. */
public enum Preset {
    AGGRESSIVE,
    CONSERVATIVE,
    EXTREME;

    /** Parses {@code aggressive|conservative|extreme}, case-insensitive, naming a bad value. */
    public static Preset parse(final String name) {
        for (Preset p : values()) {
            if (p.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("preset=" + name + " is not one of aggressive, conservative, extreme");
    }

    /** Lower-case name, as used on the command line. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
