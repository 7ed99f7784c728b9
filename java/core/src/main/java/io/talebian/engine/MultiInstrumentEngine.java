package io.talebian.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many instruments, one {@link RiskEngine} each, assessed in batches on a thread pool:
 * parallel across instruments, never inside one tick, and each instrument's ticks in their batch
 * order, so the results equal running every engine sequentially.
 *
 * <pre>{@code
 * try (MultiInstrumentEngine multi = new MultiInstrumentEngine(RiskConfig.defaults(), 4)) {
 *     int spx = multi.addInstrument("SPX");
 *     ...
 *     int rejected = multi.assessBatch(instruments, ticks, count, results, errors);
 * }
 * }</pre>
 *
 * <p>{@link #assessBatch} is called from one thread at a time; it blocks until the batch is done.
 * Between batches, {@link #engine(int)} gives the per-instrument engine (for trade outcomes,
 * reference states, snapshots).
 */
public final class MultiInstrumentEngine implements AutoCloseable {
    private final RiskConfig config;
    private final ExecutorService pool;
    private final int threads;
    private final List<RiskEngine> engines = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    // per-batch grouping scratch (grown as needed, reused)
    private int[] counts = new int[0];
    private int[] starts = new int[0];
    private int[] order = new int[0];

    /** {@code threads} worker threads (daemon); {@code config} is used for every instrument added without one. */
    public MultiInstrumentEngine(final RiskConfig config, final int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads=" + threads + " must be >= 1");
        }
        this.config = config;
        this.threads = threads;
        final AtomicInteger seq = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            final Thread t = new Thread(r, "talebian-engine-" + seq.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Adds an instrument with the facade's configuration; returns its index. */
    public int addInstrument(final String name) {
        return addInstrument(name, new RiskEngine(config));
    }

    /** Adds an instrument with its own engine (e.g. restored from a snapshot); returns its index. */
    public synchronized int addInstrument(final String name, final RiskEngine engine) {
        if (index.containsKey(name)) {
            throw new IllegalArgumentException("instrument=" + name + " is already registered");
        }
        final int i = engines.size();
        engines.add(engine);
        names.add(name);
        index.put(name, i);
        return i;
    }

    /** The index of {@code name}, or -1. */
    public int indexOf(final String name) {
        final Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public int instruments() {
        return engines.size();
    }

    public String name(final int instrument) {
        return names.get(instrument);
    }

    public RiskEngine engine(final int instrument) {
        return engines.get(instrument);
    }

    /**
     * Assesses {@code ticks[0, count)}, tick i belonging to instrument {@code instrument[i]}, into
     * {@code out[i]} (non-null, sized for the configuration's reference states). A bad tick goes
     * to {@code errors[i]} (when {@code errors} is non-null; else the first one is rethrown after the
     * batch) and leaves its engine as it was; the instrument's later ticks are still assessed.
     * Returns how many ticks were rejected.
     */
    public int assessBatch(final int[] instrument, final Tick[] ticks, final int count, final Assessment[] out,
                           final BadTickException[] errors) {
        final int ni = engines.size();
        group(instrument, count, ni);
        final BadTickException[] errs = errors != null ? errors : new BadTickException[count];
        final List<Callable<Integer>> tasks = new ArrayList<>();
        for (int e = 0; e < ni; e++) {
            if (counts[e] == 0) {
                continue;
            }
            final RiskEngine engine = engines.get(e);
            final int from = starts[e];
            final int to = from + counts[e];
            tasks.add(() -> run(engine, from, to, ticks, out, errs));
        }
        int rejected = 0;
        try {
            if (tasks.size() == 1 || threads == 1) {
                for (Callable<Integer> t : tasks) {
                    rejected += t.call();
                }
            } else {
                for (Future<Integer> f : pool.invokeAll(tasks)) {
                    rejected += f.get();
                }
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while assessing a batch", ie);
        } catch (ExecutionException ee) {
            final Throwable c = ee.getCause();
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            throw new IllegalStateException(c);
        } catch (RuntimeException re) {
            throw re;
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
        if (errors == null && rejected > 0) {
            for (int i = 0; i < count; i++) {
                if (errs[i] != null) {
                    throw errs[i];
                }
            }
        }
        return rejected;
    }

    /** Runs one instrument's ticks, in order; returns the rejected count. */
    private int run(final RiskEngine engine, final int from, final int to, final Tick[] ticks, final Assessment[] out,
                    final BadTickException[] errors) {
        int rejected = 0;
        for (int j = from; j < to; j++) {
            final int i = order[j];
            try {
                engine.assess(ticks[i], out[i]);
                errors[i] = null;
            } catch (BadTickException e) {
                rejected++;
                errors[i] = e;
            }
        }
        return rejected;
    }

    /** Counting sort of tick indices by instrument, stable (keeps each instrument's order). */
    private void group(final int[] instrument, final int count, final int ni) {
        if (counts.length < ni) {
            counts = new int[ni];
            starts = new int[ni];
        }
        if (order.length < count) {
            order = new int[count];
        }
        java.util.Arrays.fill(counts, 0, ni, 0);
        for (int i = 0; i < count; i++) {
            final int e = instrument[i];
            if (e < 0 || e >= ni) {
                throw new IllegalArgumentException("instrument[" + i + "]=" + e + " is not a registered index (0.."
                        + (ni - 1) + ")");
            }
            counts[e]++;
        }
        int s = 0;
        for (int e = 0; e < ni; e++) {
            starts[e] = s;
            s += counts[e];
        }
        final int[] fill = new int[ni];
        for (int i = 0; i < count; i++) {
            final int e = instrument[i];
            order[starts[e] + fill[e]++] = i;
        }
    }

    /** Stops the worker threads. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
