package io.talebian.engine;

import io.talebian.analytics.Kelly;
import io.talebian.data.LogReturn;
import io.talebian.kernels.Backends;
import io.talebian.kernels.Kernels;
import io.talebian.kernels.TailSums;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The streaming Talebian risk engine for one instrument (spec sections 1-3): feed it ticks in
 * order, get the full {@link Assessment} of each.
 *
 * <pre>{@code
 * RiskEngine engine = new RiskEngine(RiskConfig.builder(Preset.CONSERVATIVE).window(252).build());
 * Tick tick = new Tick();
 * Assessment a = new Assessment();
 * for (...) {
 *     engine.assess(tick.set(timeMillis, close, volume), a);
 *     if (!a.isWarmingUp()) { use(a.recommendedPositionSize(), a.blackSwanProbability()); }
 * }
 * }</pre>
 *
 * <p>Per tick, after warm-up, nothing is allocated; the work is O(1) or O(log W) except the
 * memmoves of the two sorted windows (O(W) bytes, one {@code System.arraycopy} each), the tail
 * sums (O(1) typical from the sorted window, kept incrementally, or O(W) through
 * {@link Kernels#tailSums} with {@link TailSumsMode#KERNEL}), O(m) for momentum and OFI, and, only
 * when reference states are registered, O(Q) for the regime encoding. See docs/engine.md.
 *
 * <p>Bad ticks throw {@link BadTickException} before any state changes. Not thread-safe: one
 * thread at a time per engine (see {@link MultiInstrumentEngine} for many instruments).
 */
public final class RiskEngine {
    private static final int SNAPSHOT_MAGIC = 0x54524B45; // "TRKE"
    private static final int SNAPSHOT_VERSION = 8;
    /** 1.4826 = 1/Phi^-1(3/4): makes the MAD a consistent estimator of a Gaussian sd. */
    static final double MAD_SCALE = 1.4826;

    private final RiskConfig config;
    private final Kernels kernels;
    private final int window;
    private final int q;

    private final MirroredRing returns;
    /**
     * The last momentum_window + 1 prices: the momentum sum of the last m returns telescopes to
     * ln(P_t / P_(t-m)), so it is 0 exactly when P_t = P_(t-m) (see {@link #opportunity}).
     */
    private final MirroredRing prices;
    private final SortedWindow sorted;
    private final WindowMoments moments;
    /** Sum and squared deviations of the last m returns (spec 3.6), O(1) per tick. */
    private final MomentumWindow momentumSums;
    private final BlackSwanEstimator swan;
    private final WhaleDetector whale;
    private final TradeOutcomes trades = new TradeOutcomes();
    private final RegimeStates regimes;
    private final TailSums tailSums = new TailSums();
    private final SortedTailSums sortedTails;

    private long ticks;
    private boolean hasPrevious;
    private double previousPrice;
    /** 1 / previousPrice, taken when the price is stored: the next return needs no division (derived, not in snapshots). */
    private double inversePreviousPrice;
    private long previousTimestamp;

    private final Assessment current;
    private final Assessment[] history;
    private long historyCount;
    /** Next history slot (historyCount mod history.length, kept without a division). */
    private int historyPos;

    /** An engine with {@code config} and its kernels (or {@code Backends.forSize(window)}). */
    public RiskEngine(final RiskConfig config) {
        this(config, config.kernels());
    }

    /** An engine with the default (aggressive) configuration. */
    public RiskEngine() {
        this(RiskConfig.defaults());
    }

    private RiskEngine(final RiskConfig config, final Kernels kernelsOrNull) {
        this.config = config;
        this.kernels = kernelsOrNull != null ? kernelsOrNull : Backends.forSize(config.window());
        this.window = config.window();
        this.q = config.amplitudes();
        returns = new MirroredRing(Math.max(window, q));
        prices = new MirroredRing(config.momentumWindow() + 1);
        sorted = new SortedWindow(window);
        sortedTails = new SortedTailSums(window);
        moments = new WindowMoments(window);
        momentumSums = new MomentumWindow(config.momentumWindow(), window);
        swan = new BlackSwanEstimator(config);
        whale = new WhaleDetector(config);
        regimes = new RegimeStates(q, config.maxReferenceStates());
        current = new Assessment(config.maxReferenceStates());
        history = new Assessment[config.historySize()];
        for (int i = 0; i < history.length; i++) {
            history[i] = new Assessment(config.maxReferenceStates());
        }
    }

    public RiskConfig config() {
        return config;
    }

    /** The kernels backend this engine runs on. */
    public Kernels kernels() {
        return kernels;
    }

    /** Ticks accepted so far. */
    public long tickCount() {
        return ticks;
    }

    /** Returns in the window (n &lt;= W). */
    public int observations() {
        return sorted.size();
    }

    /** Assesses {@code tick} into the engine's own reusable {@link Assessment} (overwritten by the next call). */
    public Assessment assess(final Tick tick) {
        return assess(tick, current);
    }

    /**
     * Validates {@code tick} (spec section 1), updates the state and writes the full assessment
     * into {@code out} (sized for at least {@code max_reference_states} similarities), which it
     * returns. Throws {@link BadTickException}, leaving the state untouched, for a bad tick.
     */
    public Assessment assess(final Tick tick, final Assessment out) {
        final double r = validate(tick);
        final double[] v = out.v;
        final boolean first = !hasPrevious;
        out.sequence = ticks;
        out.timestamp = tick.timestamp;
        v[Assessment.PRICE] = tick.price;
        v[Assessment.LOG_RETURN] = r;
        // swan event: r_t against the window before it enters (spec 3.3)
        boolean swanEvent = false;
        double eventScore = Double.NaN;
        if (!first) {
            if (moments.n() >= 2) {
                final double sdBefore = moments.sd();
                final double dev = Math.abs(r - moments.mean());
                // a flat window (sd' = 0): any move is infinitely many sigmas, no move is 0
                eventScore = sdBefore > 0.0 ? dev / sdBefore : dev > 0.0 ? Double.POSITIVE_INFINITY : 0.0;
                swanEvent = eventScore > config.swanEventZ();
            }
            slideWindow(r);
            swan.update(r, returns);
        }
        v[Assessment.SWAN_EVENT] = swanEvent ? 1.0 : 0.0;
        v[Assessment.SWAN_EVENT_SCORE] = eventScore;
        whale.update(tick, first, previousPrice, r, out);
        hasPrevious = true;
        previousPrice = tick.price;
        inversePreviousPrice = 1.0 / tick.price;
        prices.push(tick.price);
        previousTimestamp = tick.timestamp;
        ticks++;
        compute(out);
        if (history.length > 0) {
            out.copyTo(history[historyPos]);
            historyPos = historyPos + 1 == history.length ? 0 : historyPos + 1;
            historyCount++;
        }
        return out;
    }

    /** Checks every field; returns the log return (NaN for the first tick). */
    private double validate(final Tick t) {
        final long seq = t.sequence >= 0 ? t.sequence : ticks;
        if (hasPrevious && t.timestamp < previousTimestamp) {
            throw new BadTickException("timestamp", t.timestamp, seq,
                    "is before the previous timestamp=" + previousTimestamp + " (must be non-decreasing)");
        }
        final double p = t.price;
        if (!(p > 0.0) || p == Double.POSITIVE_INFINITY) {
            throw new BadTickException("price", p, seq, "must be > 0 and finite");
        }
        checkOptional("volume", t.volume, seq);
        checkOptional("bidSize", t.bidSize, seq);
        checkOptional("askSize", t.askSize, seq);
        final double bid = t.bid;
        final double ask = t.ask;
        if (bid == bid && (!(bid > 0.0) || bid == Double.POSITIVE_INFINITY)) {
            throw new BadTickException("bid", bid, seq, "must be > 0 and finite (NaN = absent)");
        }
        if (ask == ask && (!(ask > 0.0) || ask == Double.POSITIVE_INFINITY)) {
            throw new BadTickException("ask", ask, seq, "must be > 0 and finite (NaN = absent)");
        }
        if (bid == bid && ask == ask && bid > ask) {
            throw new BadTickException("bid", bid, seq, "must be <= ask=" + ask);
        }
        if (!hasPrevious) {
            return Double.NaN;
        }
        final double r = LogReturn.of(p, previousPrice, inversePreviousPrice);
        if (Double.isInfinite(r)) {
            throw new BadTickException("price", p, seq, "gives a non-finite log return against the previous price="
                    + previousPrice);
        }
        return r;
    }

    private static void checkOptional(final String field, final double x, final long seq) {
        if (x == x && (!(x >= 0.0) || x == Double.POSITIVE_INFINITY)) {
            throw new BadTickException(field, x, seq, "must be >= 0 and finite (NaN = absent)");
        }
    }

    /** Pushes r_t into the return ring, the momentum sums, the sorted window and the moments. */
    private void slideWindow(final double r) {
        final boolean evict = sorted.size() >= window;
        final double old = evict ? returns.last(window - 1) : 0.0;
        final int m = config.momentumWindow();
        final boolean momentumFull = returns.size() >= m;
        final double momentumOld = momentumFull ? returns.last(m - 1) : 0.0;
        returns.push(r);
        momentumSums.slide(r, momentumFull, momentumOld, returns.array(), momentumFull ? returns.start(m) + m : 0);
        if (evict) {
            sorted.replace(old, r);
        } else {
            sorted.insert(r);
        }
        final int n = sorted.size();
        if (evict && old == r) {
            // the window holds the same values as before (0 left, 0 entered: common in trade
            // streams), so its moments are the same: not updating them is exact
            return;
        }
        moments.slide(r, evict, old, returns.array(), returns.start(n), n, kernels);
    }

    /** Everything derived from the state, into {@code out}. */
    private void compute(final Assessment out) {
        final double[] v = out.v;
        final int n = sorted.size();
        final double mu = moments.mean();
        final double sd = moments.sd();
        final boolean dispersed = n >= 2 && sd > 0.0 && sd < Double.POSITIVE_INFINITY;
        v[Assessment.OBSERVATIONS] = n;
        v[Assessment.DISPERSION_AVAILABLE] = dispersed ? 1.0 : 0.0;
        v[Assessment.MEAN] = mu;
        v[Assessment.SD] = sd;
        v[Assessment.SKEWNESS] = moments.skewness();
        v[Assessment.KURTOSIS] = moments.kurtosis();
        v[Assessment.MIN] = n > 0 ? sorted.get(0) : Double.NaN;
        v[Assessment.MAX] = n > 0 ? sorted.get(n - 1) : Double.NaN;

        momentum(v, n, sd);
        final double afScore = antifragility(v, n, mu, sd, dispersed);
        swan.assess(MAD_SCALE * sorted.mad(), out);
        final boolean swanAvailable = v[Assessment.BLACK_SWAN_AVAILABLE] != 0.0;
        final double bsp = swanAvailable ? v[Assessment.BLACK_SWAN_PROBABILITY] : 0.0;
        final boolean warming = !(n >= config.minObservations() && swanAvailable);
        v[Assessment.WARMING_UP] = warming ? 1.0 : 0.0;

        final double kelly = kelly(v, n, mu, sd, dispersed);
        trades.assess(out);

        // barbell (3.5)
        double risky = config.barbellRiskyRatio();
        if (bsp > config.blackSwanThreshold()) {
            risky = risky * (1.0 - config.destructiveSwanProtection());
        } else if (afScore > config.antifragilityThreshold()) {
            risky = Math.min(risky * (1.0 + config.dynamicRebalanceThreshold()), 0.5);
        }
        v[Assessment.BARBELL_RISKY] = risky;
        v[Assessment.BARBELL_SAFE] = 1.0 - risky;

        final double s = opportunity(v, afScore, kelly);
        regime(out, mu, sd, dispersed);
        combine(v, n, afScore, bsp, s, kelly, risky, warming);
    }

    /** Spec 3.2 from the sorted window's tails (or the tail-sums kernel, per config); returns the score. */
    private double antifragility(final double[] v, final int n, final double mu, final double sd,
                                 final boolean dispersed) {
        double score = 0.5;
        if (dispersed) {
            if (config.tailSums() == TailSumsMode.SORTED) {
                sortedTails.compute(sorted, mu, sd, config.afTailK(), config.afDelta() * sd, tailSums);
            } else {
                kernels.tailSums(returns.array(), returns.start(n), n, mu, sd, config.afTailK(),
                        config.afDelta() * sd, tailSums);
            }
            final double invN = windowCount.of(n).inverse();
            final double left = tailSums.leftSum * invN;
            final double right = tailSums.rightSum * invN;
            if (tailSums.leftCount + tailSums.rightCount > 0) {
                final double a = (right - left) / (right + left + 1e-12);
                score = 0.5 * (1.0 + a);
            }
            v[Assessment.TAIL_VEGA_LEFT] = left;
            v[Assessment.TAIL_VEGA_RIGHT] = right;
            v[Assessment.FRAGILITY_AVAILABLE] = 1.0;
            v[Assessment.FRAGILITY] = FragilityHeuristic.secondDifference(tailSums.xiMinus * invN, tailSums.xiMid * invN,
                    tailSums.xiPlus * invN);
        } else {
            v[Assessment.TAIL_VEGA_LEFT] = 0.0;
            v[Assessment.TAIL_VEGA_RIGHT] = 0.0;
            v[Assessment.FRAGILITY_AVAILABLE] = 0.0;
            v[Assessment.FRAGILITY] = Double.NaN;
        }
        v[Assessment.ANTIFRAGILITY_SCORE] = score;
        v[Assessment.ANTIFRAGILITY_CONFIDENCE] = n / (n + 50.0);
        return score;
    }

    /** Spec 3.4 (continuous); returns kelly_fraction. */
    private double kelly(final double[] v, final int n, final double mu, final double sd, final boolean dispersed) {
        if (!dispersed) {
            v[Assessment.ADJUSTED_MEAN] = n >= 2 ? mu : Double.NaN;
            v[Assessment.FULL_KELLY] = Double.NaN;
            v[Assessment.KELLY_FRACTION] = 0.0;
            return 0.0;
        }
        final double adj = Kelly.shrink(mu, sd / windowCount.of(n).sqrt());
        final double full = (adj - config.riskFreePerTick()) / (sd * sd);
        final double k = clamp(config.kellyFraction() * full, 0.0, config.kellyMaxFraction());
        v[Assessment.ADJUSTED_MEAN] = adj;
        v[Assessment.FULL_KELLY] = full;
        v[Assessment.KELLY_FRACTION] = k;
        return k;
    }

    /**
     * Spec 3.6's momentum T, momentum factor and volatility factor into {@code v}: the part of S
     * that needs neither the tail sums nor the swan. {@link #compute} calls it first, so that its
     * chain (the sums, a division, exp, another division) overlaps the reading of the window's
     * order statistics instead of running at the end of the tick, where only the combination
     * waits for it (a small gain: ~0.5% of the mean tick).
     */
    private void momentum(final double[] v, final int n, final double sd) {
        final int m = Math.min(config.momentumWindow(), n);
        final double[] a = returns.array();
        final int off = returns.start(m);
        final int end = off + m;
        // Once m returns have been seen, the sum and the squared deviations are the running ones
        // (MomentumWindow, O(1)); before, two passes in four lanes (no loop-carried chain of m
        // dependent adds), the newest return passed rather than loaded (a vector load over a store
        // still in the store buffer waits for it: FourLaneSum.sumEndingWith). The sum telescopes
        // to ln(P_t / P_(t-m)): when the price is back where it was m ticks ago it is 0 exactly,
        // where the rounded returns would leave a residue whose sign (the sign of T, and with it
        // the whale alignment) is rounding noise. The 0 is chosen by its bits (+0.0), a
        // conditional move: a double select compiles to a branch, and this one is unpredictable
        final double newest = m > 0 ? returns.last(0) : 0.0;
        final boolean running = momentumSums.valid();
        final double summed = running ? momentumSums.sum() : FourLaneSum.sumEndingWith(a, off, end, newest);
        final boolean backWhereItWas = m > 0 && prices.last(0) == prices.last(m);
        final double sum = Double.longBitsToDouble(backWhereItWas ? 0L : Double.doubleToRawLongBits(summed));
        double sdM = Double.NaN;
        if (m >= 2) {
            // the chain mean -> deviations -> variance -> sqrt -> factor is on the tick's
            // critical path: reciprocals cached on m replace its two divisions
            final double meanM = sum * momentumCount.of(m).inverse();
            final double squares = running ? momentumSums.squares()
                    : FourLaneSum.sumOfSquaredDeviationsEndingWith(a, off, end, meanM, newest);
            sdM = Math.sqrt(squares * momentumCount.of(m).inverseOfPredecessor());
        }
        final double t;
        if (n >= 2 && sd > 0.0) {
            t = sum / (sd * momentumCount.of(m).sqrt());
        } else {
            t = sum > 0.0 ? Double.POSITIVE_INFINITY : sum < 0.0 ? Double.NEGATIVE_INFINITY : 0.0;
        }
        // (1 + tanh t)/2 = 1/(1 + e^(-2t)) exactly (Math.exp is an intrinsic, Math.tanh costs more)
        final double momentum = 1.0 / (1.0 + Math.exp(-2.0 * t));
        final double volatility = n >= 2 && sd > 0.0 && sdM == sdM ? clamp(sdM / (2.0 * sd), 0.0, 1.0) : 0.5;
        v[Assessment.MOMENTUM] = t;
        v[Assessment.MOMENTUM_FACTOR] = momentum;
        v[Assessment.VOLATILITY_FACTOR] = volatility;
    }

    /** Spec 3.6's opportunity confidence for S &lt;= 0.5, in (0.5, 0.7], above 0.7. */
    private static final double[] OPPORTUNITY_CONFIDENCES = {0.4, 0.6, 0.8};

    /** Spec 3.6 after {@link #momentum}: the whale alignment and S; returns S. */
    private double opportunity(final double[] v, final double afScore, final double kelly) {
        final boolean detected = v[Assessment.WHALE_DETECTED] != 0.0;
        final double whaleConf = v[Assessment.WHALE_CONFIDENCE];
        final int agreement = agreement(v, v[Assessment.MOMENTUM]);
        final double alignment = !detected ? 0.2 : agreement > 0 ? whaleConf : agreement < 0 ? 0.0 : 0.5 * whaleConf;
        final double s = 0.30 * v[Assessment.MOMENTUM_FACTOR] + 0.25 * v[Assessment.VOLATILITY_FACTOR]
                + 0.25 * alignment + 0.20 * afScore;
        v[Assessment.WHALE_ALIGNMENT] = alignment;
        v[Assessment.REGIME_FACTOR] = afScore;
        v[Assessment.OPPORTUNITY_SCORE] = s;
        // S sits near 0.5 on a trade stream: the thresholds index a table, not branches
        v[Assessment.OPPORTUNITY_CONFIDENCE] = OPPORTUNITY_CONFIDENCES[(s > 0.5 ? 1 : 0) + (s > 0.7 ? 1 : 0)];
        v[Assessment.RECOMMENDED_ALLOCATION] = Math.min(s * kelly, config.kellyMaxFraction());
        // an int select widened to 1.0 / 0.0: C2 compiles a select of doubles to a branch
        v[Assessment.OPPORTUNITY_DETECTED] = s > config.parasiticOpportunityThreshold() ? 1 : 0;
        return s;
    }

    /** +1 if the whale direction agrees with the sign of T, -1 if against, 0 if either is neutral. */
    private static int agreement(final double[] v, final double t) {
        final int dir = (int) v[Assessment.WHALE_DIRECTION];
        final int sign = (t > 0.0 ? 1 : 0) - (t < 0.0 ? 1 : 0);
        return dir * sign;
    }

    /** Spec 3.7: similarity of the current encoding to each registered state (skipped when none). */
    private void regime(final Assessment out, final double mu, final double sd, final boolean dispersed) {
        final int states = regimes.count();
        out.v[Assessment.REGIME_STATES] = states;
        out.similarityCount = Math.min(states, out.similarity.length);
        if (states == 0) {
            out.v[Assessment.MAX_REGIME_SIMILARITY] = Double.NaN;
            return;
        }
        encode(mu, sd, dispersed);
        double max = 0.0;
        for (int i = 0; i < states; i++) {
            final double sim = kernels.stateOverlap(regimes.amplitudes, regimes.state(i), q);
            if (i < out.similarity.length) {
                out.similarity[i] = sim;
            }
            max = Math.max(max, sim);
        }
        out.v[Assessment.MAX_REGIME_SIMILARITY] = max;
    }

    /** tanh-then-unit-L2 encoding of the last Q standardized returns (zero-padded at the old end) into regimes.amplitudes. */
    private void encode(final double mu, final double sd, final boolean dispersed) {
        final double[] z = regimes.z;
        final int have = returns.size();
        final int m = Math.min(have, q);
        final int pad = q - m;
        for (int i = 0; i < pad; i++) {
            z[i] = 0.0;
        }
        final double[] a = returns.array();
        final int off = returns.start(m);
        if (dispersed) {
            final double inv = 1.0 / sd;
            for (int i = 0; i < m; i++) {
                z[pad + i] = (a[off + i] - mu) * inv;
            }
        } else {
            for (int i = 0; i < m; i++) {
                z[pad + i] = 0.0;
            }
        }
        kernels.amplitudeEncode(z, q, regimes.amplitudes);
    }

    /** Spec 3.8. */
    private void combine(final double[] v, final int n, final double afScore, final double bsp, final double s,
                         final double kelly, final double risky, final boolean warming) {
        final boolean detected = v[Assessment.WHALE_DETECTED] != 0.0;
        final double whaleConf = v[Assessment.WHALE_CONFIDENCE];
        final double w = detected ? whaleConf : 0.3;
        v[Assessment.OVERALL_RISK_SCORE] = clamp(0.25 * afScore + 0.20 * (1.0 - bsp) + 0.30 * s + 0.25 * w, 0.0, 1.0);
        final double oppConf = v[Assessment.OPPORTUNITY_CONFIDENCE];
        double x = kelly * risky * (1.0 + 0.5 * s);
        if (detected) {
            final int agree = agreement(v, v[Assessment.MOMENTUM]);
            if (agree > 0) {
                x *= 1.0 + (config.whaleDetectedMultiplier() - 1.0) * whaleConf;
            } else if (agree < 0) {
                x *= 1.0 - whaleConf * config.destructiveSwanProtection();
            }
        }
        x *= oppConf;
        if (bsp > config.blackSwanThreshold()) {
            x *= 1.0 - config.destructiveSwanProtection();
        }
        v[Assessment.RECOMMENDED_POSITION_SIZE] = warming ? 0.0 : clamp(x, 0.0, config.kellyMaxFraction());
        final double afConf = v[Assessment.ANTIFRAGILITY_CONFIDENCE];
        final double swanConf = v[Assessment.BLACK_SWAN_CONFIDENCE];
        final double c = (0.2 * afConf + 0.2 * swanConf + 0.35 * oppConf + 0.25 * whaleConf)
                * (0.5 + 0.5 * Math.min(n / 1000.0, 1.0));
        v[Assessment.CONFIDENCE] = clamp(c, 0.1, 0.95);
    }

    /** sqrt(n) and 1/n for the window's n, and sqrt(m), 1/m, 1/(m - 1) for the momentum window's m. */
    private final CountConstants windowCount = new CountConstants();
    private final CountConstants momentumCount = new CountConstants();

    private static double clamp(final double x, final double lo, final double hi) {
        return x < lo ? lo : x > hi ? hi : x;
    }

    // ------------------------------------------------------------------ trade outcomes, regimes, history

    /**
     * Records the return of a closed trade for the discrete Kelly fraction (spec 3.4), reported
     * from the next assessment on. IllegalArgumentException for a non-finite value.
     */
    public void recordTradeOutcome(final double tradeReturn) {
        if (!Double.isFinite(tradeReturn)) {
            throw new IllegalArgumentException("tradeReturn=" + tradeReturn + " must be finite");
        }
        trades.record(tradeReturn);
    }

    /**
     * Registers (or replaces) a reference state of 2^num_qubits amplitudes, normalised to unit L2
     * norm, for the regime similarity (spec 3.7); e.g. one captured with {@link #currentRegimeState}
     * before a past crash. IllegalStateException when max_reference_states are registered.
     */
    public void registerReferenceState(final String name, final double[] amplitudes) {
        regimes.register(name, amplitudes);
    }

    /** Removes a reference state; false if none has that name. */
    public boolean removeReferenceState(final String name) {
        return regimes.remove(name);
    }

    /** Names of the registered reference states, in the order of {@link Assessment#regimeSimilarity(int)}. */
    public List<String> referenceStateNames() {
        return regimes.names();
    }

    /** The encoding of the current window (2^num_qubits amplitudes, unit L2 or all zero) into {@code out}. */
    public double[] currentRegimeState(final double[] out) {
        if (out.length < q) {
            throw new IllegalArgumentException("out.length=" + out.length + " must be >= 2^num_qubits=" + q);
        }
        final int n = sorted.size();
        final double sd = moments.sd();
        encode(moments.mean(), sd, n >= 2 && sd > 0.0 && sd < Double.POSITIVE_INFINITY);
        System.arraycopy(regimes.amplitudes, 0, out, 0, q);
        return out;
    }

    /** Assessments held in the history ring: min(assessed ticks, history_size). */
    public int historySize() {
        return (int) Math.min(historyCount, history.length);
    }

    /**
     * The assessment {@code ago} ticks back (0 = the latest) copied into {@code out}.
     * IndexOutOfBoundsException unless 0 &lt;= ago &lt; {@link #historySize()}.
     */
    public Assessment history(final int ago, final Assessment out) {
        if (ago < 0 || ago >= historySize()) {
            throw new IndexOutOfBoundsException("ago=" + ago + ", history holds " + historySize());
        }
        return history[(int) ((historyCount - 1 - ago) % history.length)].copyTo(out);
    }

    // ------------------------------------------------------------------ snapshot / restore

    /** The whole engine state (configuration included, kernels excluded) as bytes. */
    public byte[] snapshot() {
        try {
            final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            final DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(SNAPSHOT_MAGIC);
            out.writeInt(SNAPSHOT_VERSION);
            config.write(out);
            out.writeLong(ticks);
            out.writeBoolean(hasPrevious);
            out.writeDouble(previousPrice);
            out.writeLong(previousTimestamp);
            returns.write(out);
            prices.write(out);
            sorted.write(out);
            sortedTails.write(out, sorted);
            moments.write(out);
            momentumSums.write(out);
            swan.write(out);
            whale.write(out);
            trades.write(out);
            regimes.write(out);
            out.writeLong(historyCount);
            for (Assessment a : history) {
                a.write(out);
            }
            current.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An engine resumed from {@link #snapshot()} bytes, on the automatic kernels. */
    public static RiskEngine restore(final byte[] snapshot) {
        return restore(snapshot, null);
    }

    /**
     * An engine resumed from {@link #snapshot()} bytes, on {@code kernels} ({@code null}: automatic).
     * It assesses the following ticks exactly as the snapshotted engine would.
     * IllegalArgumentException for bytes that are not a valid snapshot.
     */
    public static RiskEngine restore(final byte[] snapshot, final Kernels kernels) {
        try {
            final DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot));
            final int magic = in.readInt();
            final int version = in.readInt();
            if (magic != SNAPSHOT_MAGIC || version != SNAPSHOT_VERSION) {
                throw new IllegalArgumentException("not a RiskEngine snapshot: magic=" + Integer.toHexString(magic)
                        + " version=" + version);
            }
            final RiskConfig config = RiskConfig.read(in).kernels(kernels).build();
            final RiskEngine e = new RiskEngine(config, kernels);
            e.ticks = in.readLong();
            e.hasPrevious = in.readBoolean();
            e.previousPrice = in.readDouble();
            e.inversePreviousPrice = 1.0 / e.previousPrice;
            e.previousTimestamp = in.readLong();
            e.returns.read(in);
            e.prices.read(in);
            e.sorted.read(in);
            e.sortedTails.read(in, e.sorted);
            e.moments.read(in);
            e.momentumSums.read(in);
            e.swan.read(in);
            e.whale.read(in);
            e.trades.read(in);
            e.regimes.read(in);
            e.historyCount = in.readLong();
            e.historyPos = e.history.length == 0 ? 0 : (int) (e.historyCount % e.history.length);
            for (Assessment a : e.history) {
                a.read(in);
            }
            e.current.read(in);
            if (in.available() != 0) {
                throw new IllegalArgumentException("snapshot has " + in.available() + " trailing bytes");
            }
            return e;
        } catch (IOException e) {
            throw new IllegalArgumentException("corrupt RiskEngine snapshot: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ test hooks (package-private)

    WindowMoments windowMoments() {
        return moments;
    }

    MirroredRing returnRing() {
        return returns;
    }

    SortedWindow sortedReturns() {
        return sorted;
    }
}
