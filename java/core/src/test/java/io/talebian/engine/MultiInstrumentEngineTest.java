package io.talebian.engine;

import io.talebian.kernels.JavaKernels;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The facade equals running each instrument's engine sequentially. */
class MultiInstrumentEngineTest {

    @Test
    void batchesEqualSequentialPerInstrumentResults() {
        final RiskConfig c = RiskConfig.builder().window(96).kernels(JavaKernels.INSTANCE).build();
        final int instruments = 5;
        final List<List<Tick>> streams = new ArrayList<>();
        final List<RiskEngine> sequential = new ArrayList<>();
        for (int i = 0; i < instruments; i++) {
            streams.add(Streams.generate(100 + i, 400, i % 2 == 0, i == 1));
            sequential.add(new RiskEngine(c));
        }
        final SplittableRandom rnd = new SplittableRandom(9);
        final int[] pos = new int[instruments];
        try (MultiInstrumentEngine multi = new MultiInstrumentEngine(c, 3)) {
            for (int i = 0; i < instruments; i++) {
                assertEquals(i, multi.addInstrument("I" + i));
            }
            assertThrows(IllegalArgumentException.class, () -> multi.addInstrument("I0"));
            assertEquals(2, multi.indexOf("I2"));
            int remaining = instruments * 400;
            while (remaining > 0) {
                final int size = 1 + rnd.nextInt(64);
                final int[] inst = new int[size];
                final Tick[] ticks = new Tick[size];
                final Assessment[] out = new Assessment[size];
                final BadTickException[] errors = new BadTickException[size];
                int count = 0;
                while (count < size && remaining > 0) {
                    final int k = rnd.nextInt(instruments);
                    if (pos[k] == 400) {
                        continue;
                    }
                    inst[count] = k;
                    ticks[count] = streams.get(k).get(pos[k]++);
                    out[count] = new Assessment();
                    count++;
                    remaining--;
                }
                // one bad tick per batch, for an instrument that already has a price
                final int[] inst2 = java.util.Arrays.copyOf(inst, count + 1);
                final Tick[] ticks2 = java.util.Arrays.copyOf(ticks, count + 1);
                final Assessment[] out2 = java.util.Arrays.copyOf(out, count + 1);
                inst2[count] = inst[0];
                ticks2[count] = new Tick().set(Long.MAX_VALUE, -1.0);
                out2[count] = new Assessment();
                final BadTickException[] errors2 = java.util.Arrays.copyOf(errors, count + 1);
                assertEquals(1, multi.assessBatch(inst2, ticks2, count + 1, out2, errors2));
                assertNotNull(errors2[count]);
                for (int j = 0; j < count; j++) {
                    assertNull(errors2[j]);
                    final Assessment want = sequential.get(inst[j]).assess(ticks[j], new Assessment());
                    Streams.assertSame("batch item " + j, want, out2[j], 0, 0);
                }
            }
            for (int i = 0; i < instruments; i++) {
                assertEquals(sequential.get(i).tickCount(), multi.engine(i).tickCount());
                org.junit.jupiter.api.Assertions.assertArrayEquals(sequential.get(i).snapshot(),
                        multi.engine(i).snapshot());
            }
            final BadTickException e = assertThrows(BadTickException.class, () -> multi.assessBatch(new int[] {0},
                    new Tick[] {new Tick().set(Long.MAX_VALUE, Double.NaN)}, 1, new Assessment[] {new Assessment()}, null));
            assertEquals("price", e.field());
        }
    }
}
