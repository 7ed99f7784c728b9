package io.talebian.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Presets of spec section 4 and config validation. */
class RiskConfigTest {

    @Test
    void presetsMatchTheSpecTable() {
        final RiskConfig a = RiskConfig.defaults();
        assertEquals(Preset.AGGRESSIVE, a.preset());
        check(a, 0.35, 0.65, 0.35, 0.18, 0.55, 0.75, 2.0, 1.5, 0.30, 0.10, 0.6, 20, 50);
        check(RiskConfig.conservative(), 0.70, 0.85, 0.15, 0.05, 0.25, 0.30, 3.0, 1.0, 0.10, 0.05, 0.8, 50, 100);
        check(RiskConfig.extreme(), 0.25, 0.55, 0.45, 0.25, 0.70, 0.90, 1.5, 2.0, 0.40, 0.15, 0.5, 15, 30);
        assertEquals(1024, a.window());
        assertEquals(30, a.minObservations());
        assertEquals(0.94, a.ewmaLambda());
        assertEquals(4.0, a.swanSigma());
        assertEquals(20, a.swanHorizon());
        assertEquals(3.0, a.swanEventZ());
        assertEquals(1.5, a.afTailK());
        assertEquals(0.25, a.afDelta());
        assertEquals(0.0, a.riskFreePerTick());
        assertEquals(8, a.numQubits());
        assertEquals(256, a.amplitudes());
    }

    private static void check(final RiskConfig c, final double af, final double safe, final double risky,
                              final double bst, final double kf, final double kmax, final double wvt,
                              final double wdm, final double dsp, final double drt, final double pot, final int m,
                              final int v) {
        assertEquals(af, c.antifragilityThreshold());
        assertEquals(safe, c.barbellSafeRatio());
        assertEquals(risky, c.barbellRiskyRatio());
        assertEquals(bst, c.blackSwanThreshold());
        assertEquals(kf, c.kellyFraction());
        assertEquals(kmax, c.kellyMaxFraction());
        assertEquals(wvt, c.whaleVolumeThreshold());
        assertEquals(wdm, c.whaleDetectedMultiplier());
        assertEquals(dsp, c.destructiveSwanProtection());
        assertEquals(drt, c.dynamicRebalanceThreshold());
        assertEquals(pot, c.parasiticOpportunityThreshold());
        assertEquals(m, c.momentumWindow());
        assertEquals(v, c.volatilityLookback());
    }

    @Test
    void everyFieldCanBeOverriddenByName() {
        final RiskConfig c = RiskConfig.builder(Preset.CONSERVATIVE).set("window", "252").set("kelly_fraction", "0.1")
                .set("barbell_risky_ratio", "0.2").set("swan-horizon", "10").build();
        assertEquals(252, c.window());
        assertEquals(0.1, c.kellyFraction());
        assertEquals(0.2, c.barbellRiskyRatio());
        assertEquals(0.8, c.barbellSafeRatio(), 1e-15);
        assertEquals(10, c.swanHorizon());
        assertEquals(TailSumsMode.SORTED, c.tailSums());
        assertEquals(TailSumsMode.KERNEL, RiskConfig.builder().set("tail_sums", "kernel").build().tailSums());
        assertEquals(c.toString(), c.toBuilder().build().toString());
    }

    @Test
    void badConfigsAreRefusedNamingTheField() {
        refused("window=1", RiskConfig.builder().window(1));
        refused("momentum_window=1", RiskConfig.builder().momentumWindow(1));
        refused("kelly_fraction=1.5", RiskConfig.builder().kellyFraction(1.5));
        refused("kelly_max_fraction=-0.1", RiskConfig.builder().kellyMaxFraction(-0.1));
        refused("barbell_safe_ratio=0.5", RiskConfig.builder().barbell(0.5, 0.35));
        refused("whale_volume_threshold=0.0", RiskConfig.builder().whaleVolumeThreshold(0));
        refused("black_swan_threshold=NaN", RiskConfig.builder().blackSwanThreshold(Double.NaN));
        refused("ewma_lambda=1.0", RiskConfig.builder().ewmaLambda(1.0));
        refused("min_observations=300", RiskConfig.builder().window(252).minObservations(300));
        refused("num_qubits=0", RiskConfig.builder().numQubits(0));
        refused("swan_sigma=-1.0", RiskConfig.builder().swanSigma(-1));
        refused("destructive_swan_protection=2.0", RiskConfig.builder().destructiveSwanProtection(2));
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RiskConfig.builder().set("no_such_field", "1"));
        assertTrue(e.getMessage().contains("no_such_field"));
        final IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                () -> RiskConfig.builder().set("window", "abc"));
        assertTrue(e2.getMessage().contains("window=abc"), e2.getMessage());
        assertEquals(Preset.EXTREME, Preset.parse(" Extreme "));
        assertThrows(IllegalArgumentException.class, () -> Preset.parse("wild"));
    }

    private static void refused(final String expected, final RiskConfig.Builder b) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().contains(expected), () -> "message '" + e.getMessage() + "' lacks " + expected);
    }
}
