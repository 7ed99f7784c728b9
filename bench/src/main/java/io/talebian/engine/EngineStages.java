package io.talebian.engine;

import io.talebian.kernels.Kernels;
import io.talebian.kernels.TailSums;

/**
 * Benchmark-only access to the per-tick components of {@link RiskEngine}, which are
 * package-private: each stage method does what {@code RiskEngine.assess} does for that component
 * on one tick, on its own copy of the state, so {@code io.talebian.bench.EngineComponentsBench}
 * can time the components one by one and show which is the slowest.
 *
 * <p>This class lives in the bench module but in the engine's package (a split package on the
 * class path, which non-modular JARs allow). It mirrors {@code RiskEngine.assess}/{@code compute}
 * and must follow them when they change (the CI smoke run of the benchmarks catches drift that
 * breaks it). Not part of the library's API.
 */
public final class EngineStages {
    private final RiskConfig config;
    private final Kernels kernels;
    private final int window;

    private final MirroredRing returns;
    private final SortedWindow sorted;
    private final WindowMoments moments;
    private final BlackSwanEstimator swan;
    private final WhaleDetector whale;
    private final TailSums tailSums = new TailSums();
    private final SortedTailSums sortedTails;
    private final Assessment out;
    private final Assessment historySlot;
    private boolean full;

    public EngineStages(final RiskConfig config, final Kernels kernels) {
        this.config = config;
        this.kernels = kernels;
        this.window = config.window();
        returns = new MirroredRing(Math.max(window, config.amplitudes()));
        sorted = new SortedWindow(window);
        sortedTails = new SortedTailSums(window);
        moments = new WindowMoments(window);
        swan = new BlackSwanEstimator(config);
        whale = new WhaleDetector(config);
        out = new Assessment(config.maxReferenceStates());
        historySlot = new Assessment(config.maxReferenceStates());
    }

    /**
     * Feeds one accepted tick (with its log return {@code r}; {@code first} for the very first
     * tick) through every component, as the engine does: used to fill the state before timing.
     */
    public void feed(final Tick t, final boolean first, final double prevPrice, final double r) {
        if (!first) {
            slide(r);
            swan.update(r, returns);
        }
        whale.update(t, first, prevPrice, r, out);
    }

    private void slide(final double r) {
        final boolean evict = sorted.size() >= window;
        final double old = evict ? returns.last(window - 1) : 0.0;
        returns.push(r);
        if (evict) {
            sorted.replace(old, r);
        } else {
            sorted.insert(r);
        }
        final int n = sorted.size();
        moments.slide(r, evict, old, returns.array(), returns.start(n), n, kernels);
        full = evict;
    }

    /** Whether the window is full (the steady state the stage timings are about). */
    public boolean isFull() {
        return full;
    }

    // ------------------------------------------------------------------ the stages, one tick each

    /** The return ring alone (a push): the floor under the window stages. */
    public double ring(final double r) {
        returns.push(r);
        return returns.last(0);
    }

    /** Return ring + the sorted window's replace (binary searches + one memmove, O(W) bytes). */
    public double sortedWindow(final double r) {
        final double old = returns.last(window - 1);
        returns.push(r);
        sorted.replace(old, r);
        return sorted.get(0);
    }

    /** {@link #sortedWindow} + the MAD query the black swan estimator is given (O(log W)). */
    public double sortedWindowAndMad(final double r) {
        sortedWindow(r);
        return sorted.mad();
    }

    /** Return ring + the streaming moments (add, remove, periodic two-pass re-anchor through the kernels). */
    public double moments(final double r) {
        final double old = returns.last(window - 1);
        returns.push(r);
        moments.slide(r, true, old, returns.array(), returns.start(window), window, kernels);
        return moments.sd();
    }

    /** Return ring + the black swan estimator's update and assessment (EWMA, ln-loss window, Hill tail). */
    public double blackSwan(final double r, final double robustScale) {
        returns.push(r);
        swan.update(r, returns);
        swan.assess(robustScale, out);
        return out.v[Assessment.BLACK_SWAN_PROBABILITY];
    }

    /** The whale detector's update (volume ratio, Kyle lambda, Amihud, OFI). */
    public double whale(final Tick t, final double prevPrice, final double r) {
        whale.update(t, false, prevPrice, r, out);
        return out.v[Assessment.WHALE_CONFIDENCE];
    }

    /**
     * Return ring + the O(W) tail-sums kernel over the window (spec 3.2): the engine's
     * {@code tail_sums=kernel} mode.
     */
    public double tailSumsKernel(final double r) {
        returns.push(r);
        final double sd = moments.sd();
        kernels.tailSums(returns.array(), returns.start(window), window, moments.mean(), sd, config.afTailK(),
                config.afDelta() * sd, tailSums);
        return tailSums.leftSum;
    }

    /**
     * {@link #sortedWindow} + the tail sums read off the sorted window (boundary searches + sums
     * over the tails only): the engine's default {@code tail_sums=sorted} mode.
     */
    public double tailSumsSorted(final double r) {
        sortedWindow(r);
        final double sd = moments.sd();
        sortedTails.compute(sorted, moments.mean(), sd, config.afTailK(), config.afDelta() * sd, tailSums);
        return tailSums.leftSum;
    }

    /**
     * Return ring + the standardisation of the last {@code q} returns into {@code z}, as
     * {@code RiskEngine.encode} does before the encoding kernel (window full, so no padding).
     */
    public void regimeInput(final double r, final double[] z, final int q) {
        returns.push(r);
        final double mu = moments.mean();
        final double inv = 1.0 / moments.sd();
        final double[] a = returns.array();
        final int off = returns.start(q);
        for (int i = 0; i < q; i++) {
            z[i] = (a[off + i] - mu) * inv;
        }
    }

    /** Copy of the assessment into a history slot (what the history ring costs per tick). */
    public Assessment history() {
        return out.copyTo(historySlot);
    }

    /** 1.4826 x MAD of the current window (the robust scale the engine passes to the swan estimator). */
    public double robustScale() {
        return RiskEngine.MAD_SCALE * sorted.mad();
    }

    public double mean() {
        return moments.mean();
    }

    public double sd() {
        return moments.sd();
    }

    /** The last {@code len} returns, oldest first, into {@code dst}. */
    public void lastReturns(final double[] dst, final int len) {
        System.arraycopy(returns.array(), returns.start(len), dst, 0, len);
    }
}
