package io.talebian.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spec section 1: bad input is rejected naming field, value and sequence, and never changes state. */
class BadTickTest {

    private static RiskConfig config() {
        return RiskConfig.builder().window(64).historySize(4).build();
    }

    /** Each way a tick can be bad, applied to a copy of a good tick. */
    static Tick corrupt(final Tick good, final int kind, final long previousTimestamp) {
        final Tick t = new Tick().copyFrom(good);
        switch (kind) {
            case 0: t.timestamp = previousTimestamp - 1; break;
            case 1: t.price = 0; break;
            case 2: t.price = -5; break;
            case 3: t.price = Double.NaN; break;
            case 4: t.price = Double.POSITIVE_INFINITY; break;
            case 5: t.volume = -1; break;
            case 6: t.volume = Double.POSITIVE_INFINITY; break;
            case 7: t.bid = 0; t.ask = 10; break;
            case 8: t.bid = 11; t.ask = 10; break;
            case 9: t.ask = Double.NEGATIVE_INFINITY; break;
            case 10: t.bidSize = -3; break;
            case 11: t.askSize = Double.POSITIVE_INFINITY; break;
            default: t.price = Double.MIN_VALUE; break; // ln(P/P_prev) = -inf
        }
        return t;
    }

    static final String[] FIELDS = {"timestamp", "price", "price", "price", "price", "volume", "volume", "bid", "bid",
        "ask", "bidSize", "askSize", "price"};

    @Test
    void eachBadFieldIsNamedWithValueAndSequence() {
        final List<Tick> ticks = Streams.generate(3, 80, true, true);
        final RiskEngine e = new RiskEngine(config());
        for (int i = 0; i < 70; i++) {
            e.assess(ticks.get(i));
        }
        for (int kind = 0; kind < FIELDS.length; kind++) {
            final Tick bad = corrupt(ticks.get(70), kind, ticks.get(69).timestamp);
            final byte[] before = e.snapshot();
            final BadTickException x = assertThrows(BadTickException.class, () -> e.assess(bad));
            assertEquals(FIELDS[kind], x.field(), "kind " + kind);
            assertEquals(70, x.sequence());
            assertTrue(x.getMessage().contains(FIELDS[kind] + "="), x.getMessage());
            assertArrayEquals(before, e.snapshot(), "state changed by bad tick kind " + kind);
        }
        final BadTickException x = assertThrows(BadTickException.class,
                () -> e.assess(new Tick().set(ticks.get(70).timestamp, -1).sequence(1234)));
        assertEquals(1234, x.sequence(), "the caller's row number wins");
        assertEquals(-1.0, x.value());
    }

    @Property(tries = 25)
    void invalidTicksNeverChangeState(@ForAll final long seed, @ForAll @IntRange(min = 1, max = 30) final int rate) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final List<Tick> ticks = Streams.generate(seed, 200, rnd.nextBoolean(), rnd.nextBoolean());
        final RiskEngine withBad = new RiskEngine(config());
        final RiskEngine clean = new RiskEngine(config());
        final Assessment a = new Assessment();
        final Assessment b = new Assessment();
        for (int i = 0; i < ticks.size(); i++) {
            if (i > 0 && rnd.nextInt(rate) == 0) {
                final Tick bad = corrupt(ticks.get(i), rnd.nextInt(FIELDS.length), ticks.get(i - 1).timestamp);
                final byte[] before = withBad.snapshot();
                assertThrows(BadTickException.class, () -> withBad.assess(bad, a));
                assertArrayEquals(before, withBad.snapshot());
            }
            withBad.assess(ticks.get(i), a);
            clean.assess(ticks.get(i), b);
            Streams.assertSame("tick " + i, a, b, 0, 0);
        }
        assertArrayEquals(clean.snapshot(), withBad.snapshot());
    }

    @Test
    void equalTimestampsAndAbsentOptionalsAreFine() {
        final RiskEngine e = new RiskEngine(config());
        e.assess(new Tick().set(5, 10));
        e.assess(new Tick().set(5, 10.1).quote(Double.NaN, Double.NaN, 10.2, 3));
        e.assess(new Tick().set(5, 10.1, 0).quote(10, 0, 10, 0));
        assertEquals(3, e.tickCount());
    }
}
