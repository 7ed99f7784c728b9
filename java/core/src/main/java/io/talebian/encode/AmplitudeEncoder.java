package io.talebian.encode;

import io.talebian.kernels.Backend;
import io.talebian.kernels.Backends;
import io.talebian.kernels.Kernels;
import io.talebian.kernels.TanhTable;

/**
 * Amplitude encoding of standardized returns (spec 3.7): a_i = tanh(z_i), normalised to unit L2
 * norm, and the regime similarity |&lt;a, b&gt;|^2 of two encoded states.
 *
 * <p>The facade: it validates arguments and asserts results (with {@code -ea}); the kernels it
 * delegates to ({@link Kernels#amplitudeEncode}, {@link Kernels#stateOverlap}) do neither. The
 * backend is chosen once, when the encoder is built, through {@link Backends}. Instances are
 * immutable and thread-safe, and allocate nothing per call: states live in caller arrays, e.g.
 * from a {@link QuantumStatePool}.
 *
 * <p>Accuracy: tanh may come from the native table (error &lt;= 1e-8, contract 1e-6, see
 * {@link TanhTable}); the result is a unit vector to rounding, or all zeros when every tanh(z_i)
 * is 0 (including len = 0). NaN in z makes every amplitude NaN.
 */
public final class AmplitudeEncoder {

    private final Kernels kernels;

    private AmplitudeEncoder(final Kernels kernels) {
        this.kernels = kernels;
    }

    /** The encoder on {@link Backend#AUTO}: Java for short states, native from the crossover on. */
    public static AmplitudeEncoder create() {
        return of(Backend.AUTO);
    }

    /** The encoder on {@code backend}; UnsupportedOperationException (with the reason) when unavailable. */
    public static AmplitudeEncoder of(final Backend backend) {
        return new AmplitudeEncoder(Backends.get(backend));
    }

    /** The encoder on given kernels (tests, custom backends). */
    public static AmplitudeEncoder on(final Kernels kernels) {
        if (kernels == null) {
            throw new IllegalArgumentException("kernels=null");
        }
        return new AmplitudeEncoder(kernels);
    }

    /** The backend in use. */
    public Backend backend() {
        return kernels.backend();
    }

    /** Encodes {@code z[0, len)} into {@code out[0, len)}; {@code out} may be {@code z}. */
    public void encode(final double[] z, final int len, final double[] out) {
        checkArray("z", z, len);
        checkArray("out", out, len);
        kernels.amplitudeEncode(z, len, out);
        assert isUnitZeroOrNaN(out, len) : "amplitudeEncode by " + kernels.backend().id() + " is not a unit vector";
    }

    /** Encodes all of {@code z} into {@code out} ({@code out.length >= z.length}). */
    public void encode(final double[] z, final double[] out) {
        encode(z, z.length, out);
    }

    /** |&lt;a, b&gt;|^2 over the first {@code len} amplitudes: 1 for equal unit states, 0 for orthogonal ones. */
    public double overlap(final double[] a, final double[] b, final int len) {
        checkArray("a", a, len);
        checkArray("b", b, len);
        final double o = kernels.stateOverlap(a, b, len);
        assert !(o < 0) : "stateOverlap by " + kernels.backend().id() + " is negative: " + o;
        return o;
    }

    /** |&lt;a, b&gt;|^2 over all of {@code a} ({@code b.length >= a.length}). */
    public double overlap(final double[] a, final double[] b) {
        return overlap(a, b, a.length);
    }

    private static void checkArray(final String name, final double[] array, final int len) {
        if (array == null) {
            throw new IllegalArgumentException(name + "=null");
        }
        if (len < 0 || len > array.length) {
            throw new IllegalArgumentException("len=" + len + " " + name + ".length=" + array.length
                + ": need 0 <= len <= length");
        }
    }

    private static boolean isUnitZeroOrNaN(final double[] a, final int len) {
        double s = 0;
        for (int i = 0; i < len; i++) {
            s += a[i] * a[i];
        }
        return s != s || s == 0 || Math.abs(s - 1) < 1e-9;
    }

    @Override
    public String toString() {
        return "AmplitudeEncoder{" + kernels + '}';
    }
}
