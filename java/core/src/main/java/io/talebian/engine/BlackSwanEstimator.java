package io.talebian.engine;

import io.talebian.analytics.Gaussian;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Black swan probability (spec 3.3, after McNeil and Frey 2000): an EWMA conditional volatility,
 * the window's standardized losses l_i = -r_i / sigma_c(i-1), a Hill tail fit on their largest
 * values, and the probability of a loss beyond {@code swan_sigma} robust standard deviations over
 * {@code swan_horizon} ticks, beside the Gaussian one, VaR_99 and ES_99.
 *
 * <p>Per tick: O(1) EWMA, the new loss moved into its window slot of {@link BinnedLosses} (O(1),
 * no search), then O(1) typical for the threshold u, the Hill sum, the empirical count and a few
 * exp/log (those of the tail fit cached on their inputs, which rarely change). Neither the new
 * loss nor y needs a log on the usual tick. Each window slot (the return's position in the
 * window, in turn) holds its loss code in {@link BinnedLosses}: l for l &gt; 0, -Infinity for a
 * defined l &lt;= 0, NaN when the return has no standardized loss (before the EWMA is seeded, or
 * when sigma_c(i-1) = 0). The codes are the state (they are what a snapshot holds); the bins are
 * rebuilt from them.
 */
final class BlackSwanEstimator {
    /** The loss code of a defined l &lt;= 0: -Infinity. */
    private static final long NO_LOSS_BITS = Double.doubleToRawLongBits(Double.NEGATIVE_INFINITY);

    private final int window;
    private final int seedLength;
    private final int minLosses;
    private final double lambda;
    private final double swanSigma;
    private final int horizon;

    /** The loss code of each window slot (see the class comment), the positive ones binned. */
    private final BinnedLosses losses;
    /**
     * The slot of the next return, the oldest return's once the window is full: returns mod W,
     * kept as a counter (no division per tick) and derived from {@code returns} on a restore.
     */
    private int slot;
    /** Returns seen (the index of the next return). */
    private long returns;
    /** sigma_c(t)^2; NaN before seeding. */
    private double ewmaVar = Double.NaN;
    /** Defined losses in the window (n_l). */
    private int nl;

    // Caches of pure functions of their keys (not state): n_l, k and the top of the tail change
    // on a small fraction of ticks once the window is full.
    /** ln(0.01 n_l / k) for the last (n_l, k) seen. */
    private int cachedNl = -1;
    private int cachedK = -1;
    private double cachedLogTail;
    /** max(10, floor(sqrt(n_l))) for the last n_l seen. */
    private int cachedSqrtNl = -1;
    private int cachedRawK;
    /** 1/gamma and exp(-gamma ln(0.01 n_l/k)) for the last (gamma, ln(0.01 n_l/k)) seen. */
    private long cachedGammaBits = Double.doubleToRawLongBits(Double.NaN);
    private double cachedGammaLogTail = Double.NaN;
    private double cachedAlpha;
    private double cachedVarFactor;

    BlackSwanEstimator(final RiskConfig c) {
        window = c.window();
        seedLength = c.minObservations();
        minLosses = c.swanMinLosses();
        lambda = c.ewmaLambda();
        swanSigma = c.swanSigma();
        horizon = c.swanHorizon();
        losses = new BinnedLosses(window, maxHillK(window));
    }

    /**
     * Takes return r_t; {@code recent} holds it as its newest value (and at least the
     * {@code min_observations} before, for the seed).
     */
    void update(final double r, final MirroredRing recent) {
        final long t = returns;
        double code = Double.NaN;
        if (t >= seedLength) {
            final double prev = sigma();
            if (prev > 0.0) {
                final double l = -r / prev;
                // l > 0 exactly when its bits as a long are > 0 (l is not NaN): a conditional move
                // where a branch on the return's sign would be mispredicted on a trade stream
                final long bits = Double.doubleToRawLongBits(l);
                code = Double.longBitsToDouble(bits > 0L ? bits : NO_LOSS_BITS);
            }
            ewmaVar = lambda * ewmaVar + (1.0 - lambda) * r * r;
        } else if (t == seedLength - 1) {
            ewmaVar = sampleVariance(recent, seedLength);
        }
        // the slot's code is the leaving return's (NaN until the window first fills)
        final int s = slot;
        final double old = losses.code(s);
        if (old == old) {
            nl--;
        }
        if (code == code) {
            nl++;
        }
        losses.set(s, code);
        slot = s + 1 == window ? 0 : s + 1;
        returns = t + 1;
    }

    /** The largest Hill k any window of this size asks for: max(10, floor(sqrt(W))). */
    static int maxHillK(final int window) {
        return Math.max(10, (int) Math.floor(Math.sqrt((double) window)));
    }

    /** Two-pass sample variance (n-1) of the last m values. */
    private static double sampleVariance(final MirroredRing ring, final int m) {
        final double[] a = ring.array();
        final int off = ring.start(m);
        double sum = 0.0;
        for (int i = off; i < off + m; i++) {
            sum += a[i];
        }
        final double mean = sum / m;
        double s2 = 0.0;
        for (int i = off; i < off + m; i++) {
            final double d = a[i] - mean;
            s2 += d * d;
        }
        return s2 / (m - 1);
    }

    /** sigma_c(t), NaN before seeding. */
    double conditionalVolatility() {
        return sigma();
    }

    /** The variance sigma() last took the root of (raw bits) and that root: assess and the next update share it. */
    private long sigmaVarBits = Double.doubleToRawLongBits(Double.NaN);
    private double sigmaOfVar = Double.NaN;

    /** sqrt(ewmaVar), computed once per value of ewmaVar (a cache: not state). */
    private double sigma() {
        final long bits = Double.doubleToRawLongBits(ewmaVar);
        if (bits != sigmaVarBits) {
            sigmaVarBits = bits;
            sigmaOfVar = Math.sqrt(ewmaVar);
        }
        return sigmaOfVar;
    }

    int lossCount() {
        return nl;
    }

    boolean available() {
        return nl >= minLosses;
    }

    /** Hill k (spec 3.3) for the current window: max(10, floor(sqrt(n_l))) capped at #positive - 1. */
    int hillK() {
        if (nl != cachedSqrtNl) {
            cachedSqrtNl = nl;
            cachedRawK = Math.max(10, (int) Math.floor(Math.sqrt((double) nl)));
        }
        return Math.min(cachedRawK, losses.size() - 1);
    }

    /**
     * Fills the black swan fields of {@code a}; {@code robustScale} = 1.4826 * MAD of the window
     * returns. Leaves them NaN / unavailable while n_l &lt; swan_min_losses.
     */
    void assess(final double robustScale, final Assessment a) {
        final double[] v = a.v;
        final double sigmaC = sigma();
        v[Assessment.CONDITIONAL_VOLATILITY] = sigmaC;
        v[Assessment.STANDARDIZED_LOSSES] = nl;
        v[Assessment.TAIL_INDEX] = Double.NaN;
        v[Assessment.TAIL_THRESHOLD] = Double.NaN;
        v[Assessment.VAR_99] = Double.NaN;
        v[Assessment.ES_99] = Double.NaN;
        v[Assessment.TAIL_FIT_AVAILABLE] = 0.0;
        v[Assessment.HILL_K] = 0.0;
        if (!available()) {
            v[Assessment.BLACK_SWAN_AVAILABLE] = 0.0;
            v[Assessment.BLACK_SWAN_PROBABILITY] = Double.NaN;
            v[Assessment.SWAN_PROBABILITY_PER_TICK] = Double.NaN;
            v[Assessment.GAUSSIAN_SWAN_PROBABILITY] = Double.NaN;
            v[Assessment.FAT_TAIL_RATIO] = Double.NaN;
            v[Assessment.SWAN_LEVEL] = Double.NaN;
            v[Assessment.SWAN_LEVEL_SIGMAS] = Double.NaN;
            v[Assessment.BLACK_SWAN_CONFIDENCE] = 0.0;
            return;
        }
        final double xStar = swanSigma * robustScale;
        final double y = sigmaC > 0.0 ? xStar / sigmaC : xStar > 0.0 ? Double.POSITIVE_INFINITY : 0.0;
        final int k = hillK();
        final double p1;
        if (k >= 10) {
            final double u = losses.descending(k);
            final double lnU = losses.lnDescending(k);
            // Hill (spec 3.3): the mean of ln(l(i)/l(k+1)) over the k largest, recomputed only when they change
            final double gamma = losses.hillGamma(k);
            if (nl != cachedNl || k != cachedK) {
                cachedNl = nl;
                cachedK = k;
                cachedLogTail = Math.log(0.01 * nl / k);
            }
            final long gammaBits = Double.doubleToRawLongBits(gamma);
            if (gammaBits != cachedGammaBits
                    || Double.doubleToRawLongBits(cachedLogTail) != Double.doubleToRawLongBits(cachedGammaLogTail)) {
                cachedGammaBits = gammaBits;
                cachedGammaLogTail = cachedLogTail;
                cachedAlpha = 1.0 / gamma;
                cachedVarFactor = Math.exp(-gamma * cachedLogTail);
            }
            final double alpha = cachedAlpha;
            final double var = sigmaC * u * cachedVarFactor;
            v[Assessment.TAIL_FIT_AVAILABLE] = 1.0;
            v[Assessment.HILL_K] = k;
            v[Assessment.TAIL_INDEX] = alpha;
            v[Assessment.TAIL_THRESHOLD] = u;
            v[Assessment.VAR_99] = var;
            v[Assessment.ES_99] = gamma < 1.0 ? var / (1.0 - gamma) : Double.POSITIVE_INFINITY;
            v[Assessment.BLACK_SWAN_CONFIDENCE] = k / (k + 10.0);
            if (y > u) {
                // (k/n_l) (y/u)^(-alpha)
                p1 = (double) k / nl * Math.exp(-alpha * (Math.log(y) - lnU));
            } else {
                p1 = empirical(y);
            }
        } else {
            final int kk = Math.max(k, 0);
            v[Assessment.BLACK_SWAN_CONFIDENCE] = kk / (kk + 10.0);
            p1 = empirical(y);
        }
        final double bsp = overHorizon(p1, horizon);
        final double gauss = overHorizon(Gaussian.upperTail(y), horizon);
        v[Assessment.BLACK_SWAN_AVAILABLE] = 1.0;
        v[Assessment.SWAN_PROBABILITY_PER_TICK] = p1;
        v[Assessment.BLACK_SWAN_PROBABILITY] = bsp;
        v[Assessment.GAUSSIAN_SWAN_PROBABILITY] = gauss;
        v[Assessment.FAT_TAIL_RATIO] = gauss > 0.0 ? bsp / gauss : bsp > 0.0 ? Double.POSITIVE_INFINITY : 1.0;
        v[Assessment.SWAN_LEVEL] = xStar;
        v[Assessment.SWAN_LEVEL_SIGMAS] = y;
    }

    /**
     * Hill's gamma = (1/k) sum_{i=1..k} ln(l(i)/l(k+1)) from the sorted positive l: the mean of
     * the logs of the k largest minus the log of the (k+1)-th largest. Needs k + 1 values. (The
     * engine keeps the sum of the logs incrementally; this is the direct form.)
     */
    static double hillGamma(final SortedWindow sorted, final int k) {
        final int n = sorted.size();
        double sum = 0.0;
        for (int i = n - k; i < n; i++) {
            sum += Math.log(sorted.get(i));
        }
        return sum / k - Math.log(sorted.getDescending(k));
    }

    /** (count(l &gt; y) + 1)/(n_l + 2) (only positive l can exceed y &gt;= 0). */
    private double empirical(final double y) {
        return (losses.countAbove(y) + 1.0) / (nl + 2.0);
    }

    /**
     * 1 - (1 - p)^h = -expm1(h log1p(-p)), accurate for small p (the naive form loses ~eps/p
     * relative). Math.log1p/expm1 are not intrinsics (StrictMath, ~30 ns each), so each is
     * replaced by Math.log/exp where no cancellation can occur and by its Taylor series where it
     * could: relative error below 1e-13 everywhere.
     */
    static double overHorizon(final double p, final int h) {
        if (p >= 1e-2 && p <= 1.0) {
            // (1 - p)^h by repeated squaring: a few multiplications instead of a log and an exp.
            // Relative error of the result about x h eps / (1 - x) with x = (1-p)^h, below 5e-14
            // for p >= 0.01 (the rounding of 1 - p, raised to h, dominates)
            return 1.0 - powInt(1.0 - p, h);
        }
        final double q;
        if (p < 1e-3) {
            // log(1 - p) = -(p + p^2/2 + ... + p^7/7); p^8/8 < 1.3e-25 p
            q = -p * (1 + p * (1.0 / 2 + p * (1.0 / 3 + p * (1.0 / 4 + p * (1.0 / 5 + p * (1.0 / 6 + p / 7))))));
        } else {
            q = Math.log(1.0 - p);
        }
        final double y = h * q;
        if (y > -1e-3) {
            // 1 - e^y = -(y + y^2/2! + ... + y^7/7!)
            return -y * (1 + y * (1.0 / 2 + y * (1.0 / 6 + y * (1.0 / 24 + y * (1.0 / 120 + y * (1.0 / 720
                    + y / 5040))))));
        }
        return 1.0 - Math.exp(y);
    }

    /** x^h for h &gt;= 0 by binary exponentiation. */
    private static double powInt(final double x, final int h) {
        double result = 1.0;
        double b = x;
        int e = h;
        while (e > 0) {
            if ((e & 1) != 0) {
                result *= b;
            }
            e >>>= 1;
            if (e != 0) {
                b *= b;
            }
        }
        return result;
    }

    void write(final DataOutput out) throws IOException {
        out.writeLong(returns);
        out.writeDouble(ewmaVar);
        out.writeInt(nl);
        out.writeInt(window);
        // the codes of the slots written so far ([0, held) until the window first fills)
        final int held = (int) Math.min(returns, window);
        for (int s = 0; s < held; s++) {
            out.writeDouble(losses.code(s));
        }
    }

    void read(final DataInput in) throws IOException {
        returns = in.readLong();
        ewmaVar = in.readDouble();
        nl = in.readInt();
        final int w = in.readInt();
        if (w != window || returns < 0) {
            throw new IOException("snapshot loss window=" + w + " returns=" + returns + " is corrupt (window "
                    + window + ")");
        }
        slot = (int) (returns % window);
        // the bins are a function of the codes: rebuilt slot by slot
        losses.clear();
        final int held = (int) Math.min(returns, window);
        int defined = 0;
        for (int s = 0; s < held; s++) {
            final double code = in.readDouble();
            if (!(code > 0.0 || code == Double.NEGATIVE_INFINITY || code != code)) {
                throw new IOException("snapshot loss code " + code + " at slot " + s + " is corrupt");
            }
            if (code == code) {
                defined++;
            }
            losses.set(s, code);
        }
        if (defined != nl) {
            throw new IOException("snapshot loss count " + nl + " differs from the window's " + defined);
        }
    }
}
