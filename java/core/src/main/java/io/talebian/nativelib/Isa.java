package io.talebian.nativelib;

import java.util.Locale;

/**
 * Instruction-set levels of the native kernels, mirroring {@code TLB_ISA_*} in
 * {@code talebian.h}, plus {@link #JAVA}: "no native code at all" (the value of
 * {@code -Dtalebian.isa=java}). Ordered from lowest to highest, so a request can only lower.
 */
public enum Isa {
    /** No native library: the Java backends only. */
    JAVA(-1),
    /** Portable C at the x86-64 baseline ({@code TLB_ISA_SCALAR}). */
    SCALAR(0),
    /** AVX2 + FMA ({@code TLB_ISA_AVX2}). */
    AVX2(1),
    /** AVX-512 F + DQ ({@code TLB_ISA_AVX512}). */
    AVX512(2);

    private final int code;

    Isa(final int code) {
        this.code = code;
    }

    /** The {@code TLB_ISA_*} value; -1 for {@link #JAVA}. */
    public int code() {
        return code;
    }

    /** Lower-case name as used by {@code talebian.isa} and {@code tlb_isa_name}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level of a {@code TLB_ISA_*} code; throws naming the value when unknown. */
    public static Isa fromCode(final int code) {
        for (final Isa isa : values()) {
            if (isa.code == code) {
                return isa;
            }
        }
        throw new IllegalArgumentException("isa code=" + code + " is not one of -1, 0, 1, 2");
    }

    /** Parses {@code java|scalar|avx2|avx512}, case-insensitive; throws naming the bad value. */
    public static Isa parse(final String name) {
        final String n = name.trim().toLowerCase(Locale.ROOT);
        for (final Isa isa : values()) {
            if (isa.id().equals(n)) {
                return isa;
            }
        }
        throw new IllegalArgumentException("talebian.isa=" + name + " is not one of java, scalar, avx2, avx512");
    }
}
