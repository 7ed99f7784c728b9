package io.talebian.engine;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The black swan estimator's state is its window slots' loss codes: the bins are rebuilt from them, and a bad code is refused. */
class BlackSwanSnapshotTest {
    /** Bytes before the first code: returns (8), EWMA variance (8), n_l (4), window (4). */
    private static final int FIRST_CODE = 24;
    private static final int NL = 16;
    private static final int WINDOW = 20;

    private static BlackSwanEstimator fed(final RiskConfig c, final int ticks) {
        final BlackSwanEstimator e = new BlackSwanEstimator(c);
        final MirroredRing recent = new MirroredRing(c.window());
        final SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < ticks; i++) {
            final double r = rnd.nextInt(3) == 0 ? 0.0 : 0.01 * rnd.nextGaussian();
            recent.push(r);
            e.update(r, recent);
        }
        return e;
    }

    private static byte[] bytes(final BlackSwanEstimator e) throws IOException {
        final ByteArrayOutputStream b = new ByteArrayOutputStream();
        e.write(new DataOutputStream(b));
        return b.toByteArray();
    }

    private static BlackSwanEstimator read(final RiskConfig c, final byte[] b) throws IOException {
        final BlackSwanEstimator e = new BlackSwanEstimator(c);
        e.read(new DataInputStream(new ByteArrayInputStream(b)));
        return e;
    }

    @Test
    void aRestoredEstimatorAssessesAsTheOriginal() throws IOException {
        final RiskConfig c = RiskConfig.builder().window(64).build();
        for (final int ticks : new int[] {10, 63, 64, 65, 500}) {
            final BlackSwanEstimator e = fed(c, ticks);
            final BlackSwanEstimator r = read(c, bytes(e));
            final Assessment a = new Assessment(c.maxReferenceStates());
            final Assessment b = new Assessment(c.maxReferenceStates());
            for (final double scale : new double[] {0.0, 1e-4, 0.003, 0.02, 1.0}) {
                e.assess(scale, a);
                r.assess(scale, b);
                assertArrayEquals(a.v, b.v, "after " + ticks + " ticks, scale " + scale);
            }
            assertArrayEquals(bytes(e), bytes(r));
        }
    }

    @Test
    void aCorruptLossCodeOrCountIsRefused() throws IOException {
        final RiskConfig c = RiskConfig.builder().window(64).build();
        final byte[] good = bytes(fed(c, 100));
        final byte[] badCode = good.clone();
        ByteBuffer.wrap(badCode).putDouble(FIRST_CODE + 8 * 5, -1.0);
        final IOException code = assertThrows(IOException.class, () -> read(c, badCode));
        assertTrue(code.getMessage().contains("loss code -1.0 at slot 5"), code.getMessage());
        final byte[] badCount = good.clone();
        ByteBuffer.wrap(badCount).putInt(NL, ByteBuffer.wrap(good).getInt(NL) + 1);
        final IOException count = assertThrows(IOException.class, () -> read(c, badCount));
        assertTrue(count.getMessage().contains("loss count"), count.getMessage());
        final byte[] badWindow = good.clone();
        ByteBuffer.wrap(badWindow).putInt(WINDOW, 63);
        final IOException window = assertThrows(IOException.class, () -> read(c, badWindow));
        assertTrue(window.getMessage().contains("window=63"), window.getMessage());
    }
}
