package io.talebian.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NIST StRD univariate summary statistics, the NumAcc1-4 data sets
 * (https://www.itl.nist.gov/div898/strd/univ/homepage.html), for every backend: the log relative
 * error LRE = -log10(|x - c| / |c|) must be at least 9 for the mean and 8 for the sample sd.
 *
 * <p>Data (generated here, as NIST describes them) and certified values:
 * <ul>
 *   <li>NumAcc1: 10000001, 10000003, 10000002; mean 10000002, sd 1;</li>
 *   <li>NumAcc2: 1.2, then 1.1 and 1.3 alternating 500 times each (1001 values); mean 1.2, sd 0.1;</li>
 *   <li>NumAcc3: the same around 1000000.2; mean 1000000.2, sd 0.1;</li>
 *   <li>NumAcc4: the same around 10000000.2; mean 10000000.2, sd 0.1.</li>
 * </ul>
 */
class NistStrdTest {

    static double[] numAcc(final double centre, final double step) {
        final double[] x = new double[1001];
        x[0] = centre;
        for (int i = 1; i < 1001; i += 2) {
            x[i] = centre - step;
            x[i + 1] = centre + step;
        }
        return x;
    }

    /** The NumAcc data use decimal literals; build them from the literals, not by arithmetic. */
    static double[] numAcc(final String centre, final String low, final String high) {
        final double[] x = new double[1001];
        x[0] = Double.parseDouble(centre);
        for (int i = 1; i < 1001; i += 2) {
            x[i] = Double.parseDouble(low);
            x[i + 1] = Double.parseDouble(high);
        }
        return x;
    }

    static Stream<Arguments> cases() {
        final Object[][] sets = {
            {"NumAcc1", new double[] {10000001, 10000003, 10000002}, 10000002.0, 1.0},
            {"NumAcc2", numAcc("1.2", "1.1", "1.3"), 1.2, 0.1},
            {"NumAcc3", numAcc("1000000.2", "1000000.1", "1000000.3"), 1000000.2, 0.1},
            {"NumAcc4", numAcc("10000000.2", "10000000.1", "10000000.3"), 10000000.2, 0.1},
        };
        return Stream.of(Backend.JAVA, Backend.VECTOR, Backend.JNI, Backend.FFM, Backend.AUTO)
                .flatMap(b -> Stream.of(sets).map(s -> Arguments.of(b, s[0], s[1], s[2], s[3])));
    }

    static double lre(final double got, final double certified) {
        final double err = Math.abs(got - certified);
        return err == 0 ? 15.0 : -Math.log10(err / Math.abs(certified));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void certifiedMeanAndSd(final Backend b, final String name, final double[] x, final double mean,
                            final double sd) {
        Assumptions.assumeTrue(Backends.isAvailable(b), () -> b.id() + " unavailable: " + Backends.unavailableReason(b));
        final WindowStats s = new WindowStats();
        Backends.get(b).windowStats(x, 0, x.length, s);
        assertEquals(x.length, s.n);
        assertTrue(lre(s.mean, mean) >= 9, b.id() + " " + name + " mean " + s.mean + " LRE " + lre(s.mean, mean));
        assertTrue(lre(s.sd, sd) >= 8, b.id() + " " + name + " sd " + s.sd + " LRE " + lre(s.sd, sd));
        // and through the incremental path (two-pass block, then merge into an empty accumulator)
        final Moments m = new Moments();
        Backends.get(b).momentsAddArray(x, 0, x.length, m);
        assertTrue(lre(m.mean, mean) >= 9, b.id() + " " + name + " moments mean LRE " + lre(m.mean, mean));
        assertTrue(lre(Math.sqrt(m.variance()), sd) >= 8, b.id() + " " + name + " moments sd LRE "
                + lre(Math.sqrt(m.variance()), sd));
    }
}
