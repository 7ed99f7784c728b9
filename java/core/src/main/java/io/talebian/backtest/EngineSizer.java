package io.talebian.backtest;

import io.talebian.engine.Assessment;
import io.talebian.engine.RiskConfig;
import io.talebian.engine.RiskEngine;
import io.talebian.engine.Tick;
import java.util.Arrays;

/**
 * The default {@link PositionSizer}: one {@link RiskEngine} (one per backtest run) fed row by
 * row; the size at row t is the assessment's {@code recommended_position_size} after the tick of
 * row t (0 while warming up). It also keeps, per row, the black swan probability (NaN while
 * unavailable) and the warm-up flag, so a report can show them without running the engine twice.
 * Not thread-safe; not reusable across runs (make a new one).
 */
public final class EngineSizer implements PositionSizer {
    private final RiskEngine engine;
    private final Tick tick = new Tick();
    private final Assessment a;
    private double[] sizes = new double[256];
    private double[] swan = new double[256];
    private int rows;
    private int warmUpEnd = -1;

    public EngineSizer(final RiskConfig config) {
        this.engine = new RiskEngine(config);
        this.a = new Assessment(config.maxReferenceStates());
    }

    /** The engine (for its config and kernels). */
    public RiskEngine engine() {
        return engine;
    }

    @Override
    public double size(final int t, final long timestamp, final double price, final double volume) {
        if (t != rows) {
            throw new IllegalStateException("rows must come in order: expected row " + rows + ", got " + t);
        }
        if (Double.isNaN(volume)) {
            tick.set(timestamp, price);
        } else {
            tick.set(timestamp, price, volume);
        }
        tick.sequence(t);
        engine.assess(tick, a);
        final double s = a.isWarmingUp() ? 0.0 : a.recommendedPositionSize();
        if (rows == sizes.length) {
            sizes = Arrays.copyOf(sizes, rows * 2);
            swan = Arrays.copyOf(swan, rows * 2);
        }
        sizes[rows] = s;
        swan[rows] = a.isBlackSwanAvailable() ? a.blackSwanProbability() : Double.NaN;
        if (warmUpEnd < 0 && !a.isWarmingUp()) {
            warmUpEnd = rows;
        }
        rows++;
        return s;
    }

    /** Rows seen so far. */
    public int rows() {
        return rows;
    }

    /** The size returned at each row seen. */
    public double[] sizes() {
        return Arrays.copyOf(sizes, rows);
    }

    /** The black swan probability at each row seen (NaN where unavailable). */
    public double[] blackSwanProbabilities() {
        return Arrays.copyOf(swan, rows);
    }

    /** The first row whose assessment is not warming up, -1 if none yet. */
    public int warmUpEnd() {
        return warmUpEnd;
    }
}
