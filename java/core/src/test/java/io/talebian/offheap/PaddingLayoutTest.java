package io.talebian.offheap;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The padding of {@link SpscRing} (class chain in {@link SpscRingPadding}) as the running JVM lays
 * it out, through JOL ({@code org.openjdk.jol:jol-core}) reached by name: the producer's and the
 * consumer's cursor caches are at least 128 bytes apart, from the object start and from the
 * read-only fields. Skipped when JOL is not on the test class path; tagged long because JOL's
 * start-up (a failed self-attach) takes seconds.
 */
@Tag("long")
class PaddingLayoutTest {

    @Test
    void cursorCachesHaveCacheLinesOfTheirOwn() throws Exception {
        final Map<String, Long> offsets = fieldOffsets(SpscRing.class);
        assumeTrue(offsets != null, "org.openjdk.jol:jol-core not on the test class path");
        final long head = offsets.get("headCache");
        final long tail = offsets.get("tailCache");
        assertTrue(head >= 128, "headCache offset=" + head + " < 128: shares a line with the object header");
        assertTrue(tail - head >= 128, "headCache=" + head + " tailCache=" + tail + ": less than 128 bytes apart");
        for (String f : new String[] {"memory", "capacity", "mask", "elemSize"}) {
            final long off = offsets.get(f);
            final boolean clear = off - tail >= 128 || tail - off >= 128 && Math.abs(off - head) >= 128;
            assertTrue(clear, f + "=" + off + " within 128 bytes of a cache (headCache=" + head
                + " tailCache=" + tail + ")");
        }
    }

    /** name -> offset of every field of {@code cls} and its superclasses, or null without JOL. */
    private static Map<String, Long> fieldOffsets(final Class<?> cls) throws Exception {
        final Class<?> classLayout;
        try {
            classLayout = Class.forName("org.openjdk.jol.info.ClassLayout");
        } catch (ClassNotFoundException e) {
            return null;
        }
        final Object layout = classLayout.getMethod("parseClass", Class.class).invoke(null, cls);
        final Map<String, Long> out = new HashMap<>();
        for (Object f : (Iterable<?>) classLayout.getMethod("fields").invoke(layout)) {
            final String name = (String) f.getClass().getMethod("name").invoke(f);
            final long offset = ((Number) f.getClass().getMethod("offset").invoke(f)).longValue();
            out.put(name, offset);
        }
        return out;
    }
}
