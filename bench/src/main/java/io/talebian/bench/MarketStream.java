package io.talebian.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A real market-data stream for the benchmarks, read from the copies under
 * {@code src/main/resources/io/talebian/bench/data} (see the README there for source and licence).
 *
 * <ul>
 *   <li>{@code btc}: 32,767 Bitstamp BTC/USD trades of 2013-11-29 .. 2013-12-01 (price, amount,
 *       epoch seconds): trade-by-trade, the closest to an HFT tick stream;</li>
 *   <li>{@code sp500}: 5,104 S&amp;P 500 daily closes 2000 .. 2020 with volume (2008, COVID).</li>
 * </ul>
 * The engine benchmarks replay a stream as an endless tick stream with {@link TickReplay}
 * (forward, then backward: continuous and bounded); the kernel benchmarks take its log returns,
 * repeated cyclically up to the size they need ({@link #returnsCyclic}).
 */
public final class MarketStream {
    public final String name;
    /** Epoch milliseconds of each row. */
    public final long[] epochMillis;
    public final double[] prices;
    public final double[] volumes;

    private MarketStream(final String name, final long[] epochMillis, final double[] prices, final double[] volumes) {
        this.name = name;
        this.epochMillis = epochMillis;
        this.prices = prices;
        this.volumes = volumes;
    }

    public int size() {
        return prices.length;
    }

    /** Log returns of the prices (length size() - 1). */
    public double[] logReturns() {
        final double[] r = new double[prices.length - 1];
        for (int i = 1; i < prices.length; i++) {
            r[i - 1] = Math.log(prices[i] / prices[i - 1]);
        }
        return r;
    }

    /**
     * {@code n} log returns taken cyclically from the stream (the kernel benchmarks' input at sizes
     * larger than the file: real returns, repeated).
     */
    public double[] returnsCyclic(final int n) {
        final double[] r = logReturns();
        final double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = r[i % r.length];
        }
        return out;
    }

    /** Loads {@code btc} or {@code sp500}. */
    public static MarketStream load(final String name) {
        switch (name) {
            case "btc":
                return read(name, "bitstamp-btcusd-2013-11-tail32768.csv", 0, 1, 2, true);
            case "sp500":
                return read(name, "sp500-2000.csv", 0, 4, 6, false);
            default:
                throw new IllegalArgumentException("stream=" + name + " is not one of btc, sp500");
        }
    }

    private static MarketStream read(final String name, final String file, final int timeCol, final int priceCol,
                                     final int volCol, final boolean epochSeconds) {
        final String path = "data/" + file;
        try (InputStream in = MarketStream.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource io/talebian/bench/" + path + " not found on the classpath");
            }
            final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            r.readLine(); // header
            long[] t = new long[1 << 15];
            double[] p = new double[1 << 15];
            double[] v = new double[1 << 15];
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                final String[] f = line.split(",");
                if (n == p.length) {
                    t = Arrays.copyOf(t, 2 * n);
                    p = Arrays.copyOf(p, 2 * n);
                    v = Arrays.copyOf(v, 2 * n);
                }
                t[n] = epochSeconds ? Long.parseLong(f[timeCol].trim()) * 1000L
                        : java.time.LocalDate.parse(f[timeCol].trim()).toEpochDay() * 86_400_000L;
                p[n] = Double.parseDouble(f[priceCol]);
                v[n] = Double.parseDouble(f[volCol]);
                n++;
            }
            return new MarketStream(name, Arrays.copyOf(t, n), Arrays.copyOf(p, n), Arrays.copyOf(v, n));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }
}
