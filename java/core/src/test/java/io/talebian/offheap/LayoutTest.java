package io.talebian.offheap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link RingDescriptor} and {@link PoolDescriptor} against the C structs: {@code offsetof} from a
 * compiled probe (skipped without gcc) and the FFM bindings' {@code field$offset()} (skipped on
 * JDK 17, where the Java 22 bindings classes cannot load).
 */
class LayoutTest {

    /** C expression -> the Java value it must equal. */
    private static Map<String, Long> expected() {
        final Map<String, Long> m = new LinkedHashMap<>();
        m.put("offsetof(tlb_ring_t, head)", (long) RingDescriptor.HEAD_OFFSET);
        m.put("offsetof(tlb_ring_t, tail)", (long) RingDescriptor.TAIL_OFFSET);
        m.put("offsetof(tlb_ring_t, capacity)", (long) RingDescriptor.CAPACITY_OFFSET);
        m.put("offsetof(tlb_ring_t, mask)", (long) RingDescriptor.MASK_OFFSET);
        m.put("offsetof(tlb_ring_t, elem_size)", (long) RingDescriptor.ELEM_SIZE_OFFSET);
        m.put("offsetof(tlb_ring_t, magic)", (long) RingDescriptor.MAGIC_OFFSET);
        m.put("sizeof(tlb_ring_t)", (long) RingDescriptor.HEADER_BYTES);
        m.put("TLB_RING_HEADER_BYTES", (long) RingDescriptor.HEADER_BYTES);
        m.put("TLB_RING_ALIGN", (long) RingDescriptor.ALIGNMENT);
        m.put("TLB_RING_MAGIC", (long) RingDescriptor.MAGIC);
        m.put("offsetof(tlb_pool_t, head)", (long) PoolDescriptor.HEAD_OFFSET);
        m.put("offsetof(tlb_pool_t, block_size)", (long) PoolDescriptor.BLOCK_SIZE_OFFSET);
        m.put("offsetof(tlb_pool_t, block_count)", (long) PoolDescriptor.BLOCK_COUNT_OFFSET);
        m.put("offsetof(tlb_pool_t, magic)", (long) PoolDescriptor.MAGIC_OFFSET);
        m.put("offsetof(tlb_pool_t, reserved)", (long) PoolDescriptor.RESERVED_OFFSET);
        m.put("offsetof(tlb_pool_t, blocks_offset)", (long) PoolDescriptor.BLOCKS_OFFSET_OFFSET);
        m.put("sizeof(tlb_pool_t)", (long) PoolDescriptor.HEADER_BYTES);
        m.put("TLB_POOL_HEADER_BYTES", (long) PoolDescriptor.HEADER_BYTES);
        m.put("TLB_POOL_ALIGN", (long) PoolDescriptor.ALIGNMENT);
        m.put("TLB_POOL_MAGIC", (long) PoolDescriptor.MAGIC);
        return m;
    }

    @Test
    void offsetsMatchCOffsetof() throws Exception {
        final Map<String, Long> exp = expected();
        final Map<String, Long> c = CLayoutProbe.run(List.copyOf(exp.keySet()));
        assumeTrue(!c.isEmpty(), "no gcc or no talebian.h: C layout probe skipped");
        for (Map.Entry<String, Long> e : exp.entrySet()) {
            assertEquals(e.getValue(), c.get(e.getKey()),
                e.getKey() + ": java=" + e.getValue() + " c=" + c.get(e.getKey()));
        }
    }

    @Test
    void offsetsMatchTheFfmBindings() throws Exception {
        int checked = 0;
        for (Map.Entry<String, Long> e : expected().entrySet()) {
            final String key = e.getKey();
            if (!key.startsWith("offsetof(") && !key.startsWith("sizeof(")) {
                continue;
            }
            final String inner = key.substring(key.indexOf('(') + 1, key.length() - 1);
            final String[] parts = inner.split(",\\s*");
            final Class<?> struct;
            try {
                struct = Class.forName("io.talebian.bindings." + parts[0]);
            } catch (ClassNotFoundException | LinkageError ex) {
                assumeTrue(false, "FFM bindings not loadable here (" + ex + ")");
                return;
            }
            final String method = parts.length == 2 ? parts[1] + "$offset" : "sizeof";
            final long actual = (long) struct.getMethod(method).invoke(null);
            assertEquals(e.getValue().longValue(), actual, key + ": java=" + e.getValue() + " bindings=" + actual);
            checked++;
        }
        assertEquals(14, checked);
    }
}
