package io.talebian.engine;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link TwoSum#error}: s + e equals a + b exactly (BigDecimal), whichever operand is larger. */
class TwoSumTest {

    private static void assertExact(final double a, final double b) {
        final double s = a + b;
        final double e = TwoSum.error(a, b, s);
        assertEquals(0, new BigDecimal(a).add(new BigDecimal(b)).compareTo(new BigDecimal(s).add(new BigDecimal(e))),
                "a=" + a + " b=" + b + " s=" + s + " e=" + e);
    }

    @Test
    void theErrorMakesTheSumExact() {
        assertExact(1e16, 1.0);
        assertExact(1.0, 1e16);
        assertExact(0.1, 0.2);
        assertExact(-1e300, 1e-300);
        assertExact(3.0, -3.0);
        final SplittableRandom rnd = new SplittableRandom(9);
        for (int i = 0; i < 100_000; i++) {
            final double a = (rnd.nextDouble() - 0.5) * Math.pow(2, rnd.nextInt(-60, 60));
            final double b = (rnd.nextDouble() - 0.5) * Math.pow(2, rnd.nextInt(-60, 60));
            assertExact(a, b);
        }
    }
}
