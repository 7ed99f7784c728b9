package io.talebian.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Discrete Kelly from recorded trade outcomes (spec 3.4): p = wins/n, b = mean win / mean |loss|,
 * f = p - (1 - p)/b. All outcomes since the engine started count (no window); a zero outcome
 * counts in n but is neither a win nor a loss. Defined once there is at least one win (b &gt; 0);
 * with wins and no losses b = +Infinity and f = p.
 */
final class TradeOutcomes {
    private long count;
    private long wins;
    private long losses;
    private double winSum;
    private double lossSum;

    void record(final double outcome) {
        count++;
        if (outcome > 0.0) {
            wins++;
            winSum += outcome;
        } else if (outcome < 0.0) {
            losses++;
            lossSum -= outcome;
        }
    }

    long count() {
        return count;
    }

    /** The closed form, exposed for tests and callers: f = p - (1 - p)/b. */
    static double kelly(final double p, final double b) {
        return b == Double.POSITIVE_INFINITY ? p : p - (1.0 - p) / b;
    }

    void assess(final Assessment a) {
        final double[] v = a.v;
        v[Assessment.TRADE_COUNT] = count;
        if (wins == 0) {
            v[Assessment.DISCRETE_KELLY_AVAILABLE] = 0.0;
            v[Assessment.WIN_RATE] = Double.NaN;
            v[Assessment.PAYOFF_RATIO] = Double.NaN;
            v[Assessment.DISCRETE_KELLY] = Double.NaN;
            return;
        }
        final double p = (double) wins / count;
        final double b = losses == 0 ? Double.POSITIVE_INFINITY : (winSum / wins) / (lossSum / losses);
        v[Assessment.DISCRETE_KELLY_AVAILABLE] = 1.0;
        v[Assessment.WIN_RATE] = p;
        v[Assessment.PAYOFF_RATIO] = b;
        v[Assessment.DISCRETE_KELLY] = kelly(p, b);
    }

    void write(final DataOutput out) throws IOException {
        out.writeLong(count);
        out.writeLong(wins);
        out.writeLong(losses);
        out.writeDouble(winSum);
        out.writeDouble(lossSum);
    }

    void read(final DataInput in) throws IOException {
        count = in.readLong();
        wins = in.readLong();
        losses = in.readLong();
        winSum = in.readDouble();
        lossSum = in.readDouble();
    }
}
