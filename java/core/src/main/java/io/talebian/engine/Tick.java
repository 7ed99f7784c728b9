package io.talebian.engine;

/**
 * One market observation (spec section 1): a reusable, mutable flyweight, so a feed handler can
 * fill the same object for every tick without allocating. {@code NaN} means "absent" for the
 * optional fields (volume, bid, ask, bidSize, askSize); the engine validates everything in
 * {@link RiskEngine#assess(Tick, Assessment)} before touching its state.
 *
 * <p>{@code timestamp} is any monotone epoch unit (ms, ns, days...), non-decreasing per instrument.
 * {@code sequence} is an optional caller-side number (e.g. the input row) reported in
 * {@link BadTickException}; -1 (the default) lets the engine report its own tick count.
 */
public final class Tick {
    public long timestamp;
    public double price = Double.NaN;
    public double volume = Double.NaN;
    public double bid = Double.NaN;
    public double ask = Double.NaN;
    public double bidSize = Double.NaN;
    public double askSize = Double.NaN;
    public long sequence = -1;

    public Tick() {
    }

    /** Sets timestamp and price and clears every optional field to absent. */
    public Tick set(final long timestamp, final double price) {
        this.timestamp = timestamp;
        this.price = price;
        this.volume = Double.NaN;
        this.bid = Double.NaN;
        this.ask = Double.NaN;
        this.bidSize = Double.NaN;
        this.askSize = Double.NaN;
        this.sequence = -1;
        return this;
    }

    /** Sets timestamp, price and volume and clears the quote fields. */
    public Tick set(final long timestamp, final double price, final double volume) {
        set(timestamp, price);
        this.volume = volume;
        return this;
    }

    public Tick volume(final double v) {
        volume = v;
        return this;
    }

    /** Top of book: best bid and ask prices and the sizes resting there (NaN = absent). */
    public Tick quote(final double bidPrice, final double bidQty, final double askPrice, final double askQty) {
        bid = bidPrice;
        bidSize = bidQty;
        ask = askPrice;
        askSize = askQty;
        return this;
    }

    public Tick sequence(final long s) {
        sequence = s;
        return this;
    }

    public long timestamp() { return timestamp; }
    public double price() { return price; }
    public double volume() { return volume; }
    public double bid() { return bid; }
    public double ask() { return ask; }
    public double bidSize() { return bidSize; }
    public double askSize() { return askSize; }
    public long sequence() { return sequence; }

    /** Copies every field of {@code o}. */
    public Tick copyFrom(final Tick o) {
        timestamp = o.timestamp;
        price = o.price;
        volume = o.volume;
        bid = o.bid;
        ask = o.ask;
        bidSize = o.bidSize;
        askSize = o.askSize;
        sequence = o.sequence;
        return this;
    }

    @Override
    public String toString() {
        return "Tick{timestamp=" + timestamp + ", price=" + price + ", volume=" + volume + ", bid=" + bid
                + ", ask=" + ask + ", bidSize=" + bidSize + ", askSize=" + askSize + ", sequence=" + sequence + '}';
    }
}
