package io.talebian.offheap;

/**
 * The padded class chain under {@link SpscRing} (JCTools style): HotSpot lays out superclass
 * fields first, so each cursor cache sits between 128-byte pads and the producer's and the
 * consumer's cache never share a cache line with each other or with a neighbouring object.
 */
final class SpscRingPadding {

    private SpscRingPadding() {
    }

    /** 128 bytes that keep the producer cache off the object header's line. */
    abstract static class Pad0 {
        long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p0a, p0b, p0c, p0d, p0e, p0f;
    }

    /** The producer's cached copy of {@code head}: written and read by the producer thread only. */
    abstract static class ProducerCache extends Pad0 {
        private long headCache;

        final long headCachePlain() {
            return headCache;
        }

        final void headCachePlain(final long value) {
            headCache = value;
        }
    }

    /** 128 bytes between the producer cache and the consumer cache. */
    abstract static class Pad1 extends ProducerCache {
        long p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p1a, p1b, p1c, p1d, p1e, p1f;
    }

    /** The consumer's cached copy of {@code tail}: written and read by the consumer thread only. */
    abstract static class ConsumerCache extends Pad1 {
        private long tailCache;

        final long tailCachePlain() {
            return tailCache;
        }

        final void tailCachePlain(final long value) {
            tailCache = value;
        }
    }

    /** 128 bytes between the consumer cache and the read-only fields of {@link SpscRing}. */
    abstract static class Pad2 extends ConsumerCache {
        long p20, p21, p22, p23, p24, p25, p26, p27, p28, p29, p2a, p2b, p2c, p2d, p2e, p2f;
    }
}
