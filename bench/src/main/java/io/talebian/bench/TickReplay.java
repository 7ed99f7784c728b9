package io.talebian.bench;

import io.talebian.engine.Tick;

/**
 * Replays a {@link MarketStream} as an endless, valid tick stream without allocating: forward to
 * the last row, then backward to the first, and so on (a ping-pong), so the price path stays
 * continuous and bounded (no jump at a wrap, no drift however long a benchmark runs) and every
 * return is a real one (negated on the way back). Timestamps advance by the real gap between the
 * two rows, so they never decrease. Volume comes with every tick; quotes are absent.
 */
public final class TickReplay {
    private final double[] prices;
    private final double[] volumes;
    private final long[] gaps;
    private int i;
    private int dir = 1;
    private long timestamp;

    /** A replay of {@code s} starting at row {@code start} (mod the length). */
    public TickReplay(final MarketStream s, final int start) {
        prices = s.prices;
        volumes = s.volumes;
        gaps = new long[s.size()];
        for (int k = 1; k < s.size(); k++) {
            gaps[k] = Math.max(0L, s.epochMillis[k] - s.epochMillis[k - 1]);
        }
        i = Math.floorMod(start, s.size());
        timestamp = s.epochMillis[i];
    }

    /** Writes the next tick into {@code t} and returns it. */
    public Tick next(final Tick t) {
        int j = i + dir;
        if (j >= prices.length) {
            dir = -1;
            j = prices.length - 2;
        } else if (j < 0) {
            dir = 1;
            j = 1;
        }
        timestamp += gaps[Math.max(i, j)];
        i = j;
        return t.set(timestamp, prices[j], volumes[j]);
    }
}
