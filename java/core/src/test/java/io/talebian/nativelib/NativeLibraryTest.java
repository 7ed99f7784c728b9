package io.talebian.nativelib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * The loader in this surefire run: the classifier JAR is on the test classpath and neither
 * talebian.library.path nor java.library.path names the library, so it must be EXTRACTED
 * (to target/native-extract), unless the run disables native with -Dtalebian.isa=java.
 */
class NativeLibraryTest {
    private static final String ISA = System.getProperty("talebian.isa");

    @Test
    void loadsFromTheClassifierJarUnlessDisabled() {
        final NativeStatus s = NativeLibrary.status();
        assertNotNull(s);
        assertEquals(s.loaded(), NativeLibrary.ensureLoaded());
        if ("java".equals(ISA)) {
            assertFalse(s.loaded());
            assertEquals(NativeStatus.Origin.NONE, s.origin());
            assertTrue(s.cause().contains("talebian.isa=java"), s.cause());
            assertEquals(Isa.JAVA, s.activeIsa());
            return;
        }
        assertTrue(s.loaded(), () -> "not loaded: " + s.cause());
        assertEquals(NativeStatus.Origin.EXTRACTED, s.origin(), s.attempts()::toString);
        assertNull(s.cause());
        assertTrue(s.path().endsWith(".so") && s.path().contains("native-extract"), s.path());
        assertEquals(NativeLibrary.VERSION, s.libraryVersion());
    }

    @Test
    void isaIsTheRequestClampedToTheCpu() {
        final NativeStatus s = NativeLibrary.status();
        if (!s.loaded()) {
            return;
        }
        final Isa expected = ISA == null ? s.cpuIsa()
                : Collections.min(java.util.List.of(Isa.parse(ISA), s.cpuIsa()));
        assertEquals(expected, s.activeIsa(), s.summary());
        assertEquals(s.activeIsa().code(), TalebianJni.activeIsa());
        assertEquals(s.activeIsa().id(), TalebianJni.isaName(s.activeIsa().code()));
    }

    @Test
    void featureBitsAreConsistentWithTheCpuIsa() {
        final NativeStatus s = NativeLibrary.status();
        if (!s.loaded()) {
            return;
        }
        if (s.cpuIsa().compareTo(Isa.AVX2) >= 0) {
            assertTrue(s.featureNames().containsAll(java.util.List.of("cpu:avx2", "cpu:fma", "os:ymm")), s.summary());
        }
        if (s.cpuIsa() == Isa.AVX512) {
            assertTrue(s.featureNames().containsAll(java.util.List.of("cpu:avx512f", "cpu:avx512dq", "os:zmm")));
        }
        assertTrue(s.summary().contains("active isa " + s.activeIsa().id()));
    }

    @Test
    void isaParsing() {
        assertEquals(Isa.AVX512, Isa.parse(" AVX512 "));
        assertEquals(Isa.JAVA, Isa.fromCode(-1));
        assertEquals(Isa.AVX2, Isa.fromCode(1));
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Isa.parse("sse"));
        assertTrue(e.getMessage().contains("talebian.isa=sse"));
        assertThrows(IllegalArgumentException.class, () -> Isa.fromCode(7));
    }
}
