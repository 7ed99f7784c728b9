package io.talebian.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Whale detection and liquidity (spec 3.1): volume ratio, signed flow (quote imbalance, else
 * the Lee-Ready tick rule), direction, Kyle's lambda, Amihud illiquidity and the
 * Cont-Kukanov-Stoikov order-flow imbalance.
 *
 * <p>O(1) per tick (O(m) for OFI): running sums and an incremental covariance with add/remove.
 * So that rounding cannot accumulate, each is replaced every W updates by a shadow copy that only
 * ever added the last W values (started W updates earlier, never subtracted from): the same
 * refresh an O(W) recomputation would give, without its burst of work on one tick. Windows:
 * the volume mean is over the last W ticks that carried a volume (before the current one);
 * Kyle and Amihud are over the return window (the last W returns), using the ticks in it that
 * carried a volume; OFI is over the last m quote updates (ticks with bid, ask and both sizes).
 */
final class WhaleDetector {
    /** Spec 3.1: the volume ratio needs this many past volumes, else it is 1. */
    static final int MIN_VOLUMES = 10;

    private final int window;
    private final double threshold;
    private final double inverseThreshold;

    /** The last W volumes (records of one). */
    private final RecordRing volumes;
    private final CompensatedSum volumeSum = new CompensatedSum();

    /** Per return, one record: dP, q = sign * V (NaN without volume), |r|/(P V) (NaN unless V &gt; 0). */
    private final RecordRing returnRecords;
    private static final int DP = 0;
    private static final int Q = 1;
    private static final int ILLIQ = 2;
    /** Kyle's co-moments over the return window (add/remove), and the shadow that becomes them every W returns. */
    private KyleMoments kyle = new KyleMoments();
    private KyleMoments kyleShadow = new KyleMoments();
    private final CompensatedSum illiqSum = new CompensatedSum();
    private int illiqCount;

    private int lastSign;
    /** Volume pushes into the shadow sum, which holds exactly the volumes pushed since it started. */
    private int volumeUpdates;
    private final CompensatedSum volumeShadow = new CompensatedSum();
    /** Returns added to the shadow Kyle moments and Amihud sum since they started. */
    private int returnUpdates;
    private final CompensatedSum illiqShadow = new CompensatedSum();
    private int illiqShadowCount;

    private final MirroredRing ofiEvents;
    private boolean hasQuote;
    private double lastBid;
    private double lastBidSize;
    private double lastAsk;
    private double lastAskSize;

    WhaleDetector(final RiskConfig c) {
        window = c.window();
        threshold = c.whaleVolumeThreshold();
        inverseThreshold = 1.0 / threshold;
        volumes = new RecordRing(window, 1);
        returnRecords = new RecordRing(window, 3);
        ofiEvents = new MirroredRing(c.momentumWindow());
    }

    /**
     * Updates with an accepted tick and writes the whale fields of {@code a}. {@code first}: no
     * previous price (then dp and r are unused).
     */
    void update(final Tick t, final boolean first, final double prevPrice, final double r, final Assessment a) {
        final double[] v = a.v;
        final double price = t.price;
        final double vol = t.volume;
        final boolean hasVolume = vol == vol;
        if (!first) {
            final double dp = price - prevPrice;
            // selects, not branches (the sign of a trade's price change is a coin toss): one store
            // of the tick rule's sign, and the Amihud term 0 for a zero return by its bits (0/0
            // when price * volume underflows must not enter the sum)
            lastSign = dp > 0.0 ? 1 : dp < 0.0 ? -1 : lastSign;
            final double q = hasVolume ? lastSign * vol : Double.NaN;
            final long amBits = Double.doubleToRawLongBits(Math.abs(r) / (price * vol));
            final double am = hasVolume && vol > 0.0 ? Double.longBitsToDouble(r == 0.0 ? 0L : amBits) : Double.NaN;
            slideReturnWindow(dp, q, am);
        }
        // signed flow and direction
        final double flow;
        if (t.bidSize == t.bidSize && t.askSize == t.askSize) {
            final double tot = t.bidSize + t.askSize;
            flow = tot > 0.0 ? (t.bidSize - t.askSize) / tot : 0.0;
        } else {
            flow = lastSign;
        }
        v[Assessment.SIGNED_FLOW] = flow;
        v[Assessment.WHALE_DIRECTION] = Direction.signOf(flow);
        // volume ratio against the previous volumes
        if (hasVolume) {
            final int cnt = volumes.size();
            double s = 1.0;
            if (cnt >= MIN_VOLUMES) {
                // V / (sum / cnt) as (V cnt) / sum: one division on the path to the confidence, not two
                final double sum = Math.max(volumeSum.value(), 0.0);
                s = sum > 0.0 ? vol * cnt / sum : vol > 0.0 ? Double.POSITIVE_INFINITY : 1.0;
            }
            final boolean detected = s >= threshold;
            v[Assessment.VOLUME_AVAILABLE] = 1.0;
            v[Assessment.VOLUME_RATIO] = s;
            v[Assessment.WHALE_DETECTED] = detected ? 1.0 : 0.0;
            v[Assessment.WHALE_CONFIDENCE] = detected ? Math.min((s - threshold) * inverseThreshold, 0.95) : 0.1;
            pushVolume(vol);
        } else {
            v[Assessment.VOLUME_AVAILABLE] = 0.0;
            v[Assessment.VOLUME_RATIO] = Double.NaN;
            v[Assessment.WHALE_DETECTED] = 0.0;
            v[Assessment.WHALE_CONFIDENCE] = 0.1;
        }
        // Kyle's lambda, Amihud
        final boolean kyleDefined = kyle.count() >= 2;
        v[Assessment.KYLE_LAMBDA_AVAILABLE] = kyleDefined ? 1.0 : 0.0;
        v[Assessment.KYLE_LAMBDA] = kyleDefined ? kyle.lambda() : Double.NaN;
        v[Assessment.AMIHUD_AVAILABLE] = illiqCount > 0 ? 1.0 : 0.0;
        v[Assessment.AMIHUD] = illiqCount > 0 ? Math.max(illiqSum.value(), 0.0) / illiqCount : Double.NaN;
        // OFI
        updateOfi(t);
        final int ne = ofiEvents.size();
        v[Assessment.OFI_AVAILABLE] = ne > 0 ? 1.0 : 0.0;
        if (ne > 0) {
            final double[] e = ofiEvents.array();
            double sum = 0.0;
            for (int i = ofiEvents.start(ne), end = i + ne; i < end; i++) {
                sum += e[i];
            }
            v[Assessment.OFI] = sum;
        } else {
            v[Assessment.OFI] = Double.NaN;
        }
    }

    private void pushVolume(final double vol) {
        final double[] vs = volumes.array();
        final int at = volumes.next();
        if (volumes.count() >= window) {
            // the oldest volume, which this one replaces
            volumeSum.add(-vs[at]);
        }
        vs[at] = vol;
        volumes.advance();
        volumeSum.add(vol);
        volumeShadow.add(vol);
        if (++volumeUpdates == window) {
            // the shadow summed exactly the last W volumes pushed: the window, with no subtraction
            volumeUpdates = 0;
            volumeSum.setRaw(volumeShadow.rawSum(), volumeShadow.rawComp());
            volumeShadow.set(0.0);
        }
    }

    private void slideReturnWindow(final double dp, final double q, final double am) {
        final double[] rec = returnRecords.array();
        final int at = returnRecords.next();
        if (returnRecords.count() >= window) {
            // the record at `at` is the oldest: it leaves as the new one takes its place
            final double odp = rec[at + DP];
            final double oq = rec[at + Q];
            if (oq == oq && q == q && kyle.count() >= 2) {
                // the common case once the window is full: one pair leaves, one enters, n unchanged
                kyle.replace(odp, oq, dp, q);
            } else if (oq == oq) {
                kyle.remove(odp, oq);
                if (q == q) {
                    kyle.add(dp, q);
                }
            } else if (q == q) {
                kyle.add(dp, q);
            }
            final double oa = rec[at + ILLIQ];
            if (oa == oa) {
                illiqSum.add(-oa);
                illiqCount--;
            }
        } else if (q == q) {
            kyle.add(dp, q);
        }
        rec[at + DP] = dp;
        rec[at + Q] = q;
        rec[at + ILLIQ] = am;
        returnRecords.advance();
        if (am == am) {
            illiqSum.add(am);
            illiqCount++;
            illiqShadow.add(am);
            illiqShadowCount++;
        }
        if (q == q) {
            kyleShadow.add(dp, q);
        }
        if (++returnUpdates >= window) {
            // the shadows saw exactly the last W returns: they become the running values
            returnUpdates = 0;
            final KyleMoments previous = kyle;
            kyle = kyleShadow;
            kyleShadow = previous;
            kyleShadow.clear();
            illiqSum.setRaw(illiqShadow.rawSum(), illiqShadow.rawComp());
            illiqCount = illiqShadowCount;
            illiqShadow.set(0.0);
            illiqShadowCount = 0;
        }
    }

    /** Cont-Kukanov-Stoikov e_n for a tick with a full top of book. */
    private void updateOfi(final Tick t) {
        final double bid = t.bid;
        final double ask = t.ask;
        final double bs = t.bidSize;
        final double as = t.askSize;
        if (bid != bid || ask != ask || bs != bs || as != as) {
            return;
        }
        if (hasQuote) {
            double e = 0.0;
            if (bid >= lastBid) {
                e += bs;
            }
            if (bid <= lastBid) {
                e -= lastBidSize;
            }
            if (ask <= lastAsk) {
                e -= as;
            }
            if (ask >= lastAsk) {
                e += lastAskSize;
            }
            ofiEvents.push(e);
        }
        hasQuote = true;
        lastBid = bid;
        lastBidSize = bs;
        lastAsk = ask;
        lastAskSize = as;
    }

    void write(final DataOutput out) throws IOException {
        volumes.write(out);
        out.writeDouble(volumeSum.rawSum());
        out.writeDouble(volumeSum.rawComp());
        returnRecords.write(out);
        kyle.write(out);
        out.writeDouble(illiqSum.rawSum());
        out.writeDouble(illiqSum.rawComp());
        out.writeInt(illiqCount);
        out.writeInt(lastSign);
        out.writeInt(volumeUpdates);
        out.writeDouble(volumeShadow.rawSum());
        out.writeDouble(volumeShadow.rawComp());
        out.writeInt(returnUpdates);
        kyleShadow.write(out);
        out.writeDouble(illiqShadow.rawSum());
        out.writeDouble(illiqShadow.rawComp());
        out.writeInt(illiqShadowCount);
        ofiEvents.write(out);
        out.writeBoolean(hasQuote);
        out.writeDouble(lastBid);
        out.writeDouble(lastBidSize);
        out.writeDouble(lastAsk);
        out.writeDouble(lastAskSize);
    }

    void read(final DataInput in) throws IOException {
        volumes.read(in);
        volumeSum.setRaw(in.readDouble(), in.readDouble());
        returnRecords.read(in);
        kyle.read(in);
        illiqSum.setRaw(in.readDouble(), in.readDouble());
        illiqCount = in.readInt();
        lastSign = in.readInt();
        volumeUpdates = in.readInt();
        volumeShadow.setRaw(in.readDouble(), in.readDouble());
        returnUpdates = in.readInt();
        kyleShadow.read(in);
        illiqShadow.setRaw(in.readDouble(), in.readDouble());
        illiqShadowCount = in.readInt();
        ofiEvents.read(in);
        hasQuote = in.readBoolean();
        lastBid = in.readDouble();
        lastBidSize = in.readDouble();
        lastAsk = in.readDouble();
        lastAskSize = in.readDouble();
    }
}
