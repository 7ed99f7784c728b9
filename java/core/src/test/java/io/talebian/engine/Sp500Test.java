package io.talebian.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real S&P 500 daily sample (test resources, BSD-3-Clause, see data/README.md). */
class Sp500Test {
    private static final List<LocalDate> DATES = new ArrayList<>();
    private static final List<Tick> TICKS = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Sp500Test.class.getResourceAsStream("/data/sp500-2000.csv")) {
            assertNotNull(in, "data/sp500-2000.csv on the test class path");
            final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertEquals("date,open,high,low,close,adjclose,volume", r.readLine());
            String line;
            while ((line = r.readLine()) != null) {
                final String[] f = line.split(",");
                final LocalDate d = LocalDate.parse(f[0]);
                DATES.add(d);
                TICKS.add(new Tick().set(d.toEpochDay(), Double.parseDouble(f[4]), Double.parseDouble(f[6])));
            }
        }
        assertEquals(5105, TICKS.size());
    }

    private static List<Assessment> run(final RiskConfig c) {
        final RiskEngine e = new RiskEngine(c);
        final List<Assessment> out = new ArrayList<>();
        for (Tick t : TICKS) {
            out.add(e.assess(t).copyTo(new Assessment()));
        }
        return out;
    }

    private static final class Period {
        double bsp;
        int events;
        int days;
    }

    private static Period period(final List<Assessment> as, final LocalDate from, final LocalDate to) {
        final Period p = new Period();
        for (int i = 0; i < as.size(); i++) {
            final LocalDate d = DATES.get(i);
            if (!d.isBefore(from) && !d.isAfter(to)) {
                p.bsp += as.get(i).blackSwanProbability();
                p.events += as.get(i).isSwanEvent() ? 1 : 0;
                p.days++;
            }
        }
        p.bsp /= p.days;
        return p;
    }

    @Test
    void swanMeasuresRiseIn2008And2020AgainstCalm2017() {
        final List<Assessment> as = run(RiskConfig.builder().window(252).build());
        final Period calm = period(as, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));
        final Period gfc = period(as, LocalDate.of(2008, 9, 15), LocalDate.of(2008, 11, 30));
        final Period covid = period(as, LocalDate.of(2020, 2, 24), LocalDate.of(2020, 4, 17));
        final String msg = String.format("mean P(swan) / swan events: 2017 %.4f / %d of %d, 2008 %.4f / %d of %d, "
                        + "2020 %.4f / %d of %d", calm.bsp, calm.events, calm.days, gfc.bsp, gfc.events, gfc.days,
                covid.bsp, covid.events, covid.days);
        System.out.println(msg);
        assertTrue(gfc.bsp > calm.bsp, msg);
        assertTrue(covid.bsp > calm.bsp, msg);
        assertTrue((double) gfc.events / gfc.days > (double) calm.events / calm.days, msg);
        assertTrue((double) covid.events / covid.days > (double) calm.events / calm.days, msg);
    }

    @Test
    void deterministicAndNoUndefinedFieldAfterWarmUp() {
        final RiskConfig c = RiskConfig.builder().window(252).build();
        final List<Assessment> a = run(c);
        final List<Assessment> b = run(c);
        boolean warmed = false;
        for (int i = 0; i < a.size(); i++) {
            final Assessment x = a.get(i);
            assertEquals(x.toString(), b.get(i).toString(), "row " + i);
            if (x.isWarmingUp()) {
                assertFalse(warmed, "warm-up ends once: row " + i);
                continue;
            }
            warmed = true;
            for (AssessmentField f : AssessmentField.values()) {
                final AssessmentField flag = f.availability();
                final boolean shouldBeDefined = flag == null || x.get(flag) != 0.0;
                if (shouldBeDefined) {
                    assertFalse(Double.isNaN(x.get(f)), () -> DATES.get(0) + " row: " + f.id() + " is NaN");
                } else {
                    assertTrue(Double.isNaN(x.get(f)), f.id() + " is unavailable but not NaN");
                }
            }
            // daily bars with volume and no quotes
            assertTrue(x.isVolumeAvailable());
            assertTrue(x.isKyleLambdaAvailable());
            assertTrue(x.isAmihudAvailable());
            assertFalse(x.isOfiAvailable());
        }
        assertTrue(warmed);
        assertFalse(a.get(60).isWarmingUp());
        assertTrue(a.get(59).isWarmingUp());
    }
}
