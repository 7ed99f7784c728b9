package io.talebian.engine;

/**
 * The positive standardized losses of the window (spec 3.3), kept for the three questions the
 * black swan estimator asks on every tick: the (k+1)-th largest loss u, the Hill sum
 * (1/k) sum ln(l(i)/u) over the k largest, and the count of losses above the swan level y.
 *
 * <p>Each window slot is a node of a circular doubly linked list, one list per bin, the bin
 * taken from the leading bits of the loss (exponent and {@value #MANTISSA_BITS} mantissa bits:
 * 64 bins per octave, each ~1.1% wide, ordered as the values are). A tick moves one slot from
 * its old bin to its new one: a shift, an unlink and a link, with no search and no memmove (a
 * slot without a positive loss sits in the bin {@link #ABSENT}; a tick where no loss leaves or
 * enters only records the slot's code). Every slot's code is kept ({@link #code}): the owner's
 * window state, from which a restore rebuilds the bins. The sorted array this replaces spent
 * ~100 ns on each tick where a loss left or entered, in its search, its memmove and the dispatch
 * on insert/remove/replace.
 *
 * <p>The readers stay O(1) on the usual tick:
 * <ul>
 * <li>{@code top} holds the m largest losses sorted (k + 1 &lt;= m &lt;= capacity, refilled from
 * the bins when removals take m below k + 1), so u is {@code top[k]}. A loss enters or leaves it
 * only when it is at least its smallest, a few % of ticks. The Hill sum is recomputed from
 * {@code top} (logs taken once per value, when first needed) only when one of its k + 1 values
 * changed.</li>
 * <li>count(l &gt; y): the count of the bins above y's bin is kept as losses come and go and
 * walked over the bins y crosses (a few per tick: y is a ratio of two slowly moving scales),
 * plus the members of y's bin above y (fine bins keep that list short), recounted only when y
 * leaves the interval between its neighbours there or the bin's members change.</li>
 * </ul>
 * Every reader's result is a function of the multiset of losses alone (the caches and the order
 * within a bin never show), so an engine rebuilt from the window's losses (a restored snapshot)
 * answers exactly as one that never stopped. Not thread-safe.
 */
final class BinnedLosses {
    static final int MANTISSA_BITS = 6;
    private static final int SHIFT = 52 - MANTISSA_BITS;
    /** Slots without a positive loss. */
    static final int ABSENT = 0;
    /**
     * Positive values below 2^-20 (subnormals included). Standardized losses that small or above
     * 2^20 (a millionth of a conditional sigma, or a million of them) share the two end bins:
     * still exact, only slower if many crowd there. The range sets the memory (12 bytes a bin,
     * ~30 KB per engine).
     */
    private static final int UNDERFLOW = 1;
    /** Bin 2 starts at 2^-20; the last bin holds everything from 2^20 up (+Infinity included). */
    private static final int BASE = (int) (Double.doubleToRawLongBits(0x1p-20) >>> SHIFT) - 2;
    static final int BINS = 2 + 40 * (1 << MANTISSA_BITS) + 1;

    private final int window;
    /** The loss code of each slot as last set (NaN: none yet). */
    private final double[] values;
    private final int[] binOfSlot;
    /** Links of the lists: nodes [0, window) are the slots, window + b is bin b's sentinel. */
    private final int[] next;
    private final int[] prev;
    private final int[] count;
    /** Positive losses held. */
    private int size;

    /**
     * The m largest losses, descending, with their slots; lnTop[i] is ln(top[i]) or NaN until
     * first needed. Equal losses are ordered by slot, which makes the order total: a loss that
     * leaves is in top exactly when it is not below top's last (value, slot), so a run of equal
     * losses (a price bouncing between two levels gives thousands) does not drain top and force
     * refills.
     */
    private final double[] top;
    private final int[] topSlot;
    private final double[] lnTop;
    private final int capacity;
    private int m;
    /** Lowest index of top changed since the Hill sum was last computed. */
    private int changedFrom;
    private int gammaK = -1;
    private double gamma;
    /** Refills so far (a diagnostic: tests check they stay rare). */
    private long refills;
    /** Refill workspace (the whole window in the worst case of one crowded bin). */
    private final double[] scratch;
    private final int[] scratchSlot;

    /** The bin whose upper bins are counted in aboveY. */
    private int yBin = UNDERFLOW;
    private int aboveY;
    /** Members of yBin above the last y, valid while y stays in [yLow, yHigh). */
    private boolean yCountValid;
    private int yInBin;
    private double yLow;
    private double yHigh;

    /** {@code maxK}: the largest Hill k that will be asked for. */
    BinnedLosses(final int window, final int maxK) {
        this.window = window;
        values = new double[window];
        binOfSlot = new int[window];
        next = new int[window + BINS];
        prev = new int[window + BINS];
        count = new int[BINS];
        // room for k + 1 values and a margin, so that refills are rare
        capacity = maxK + 1 + Math.max(8, maxK / 2);
        top = new double[capacity + 1];
        topSlot = new int[capacity + 1];
        lnTop = new double[capacity + 1];
        scratch = new double[window];
        scratchSlot = new int[window];
        clear();
    }

    /** Empties the window: every slot holds no loss. */
    void clear() {
        for (int i = 0; i < window + BINS; i++) {
            next[i] = i;
            prev[i] = i;
        }
        java.util.Arrays.fill(count, 0);
        java.util.Arrays.fill(values, Double.NaN);
        for (int s = 0; s < window; s++) {
            binOfSlot[s] = ABSENT;
            link(s, ABSENT);
        }
        count[ABSENT] = window;
        size = 0;
        m = 0;
        changedFrom = 0;
        gammaK = -1;
        yBin = UNDERFLOW;
        aboveY = 0;
        yCountValid = false;
    }

    /** The loss code last set for {@code slot} (NaN before the first). */
    double code(final int slot) {
        return values[slot];
    }

    /** The bin of a loss code: {@link #ABSENT} unless it is a positive number. */
    static int binOf(final double l) {
        if (!(l > 0.0)) {
            return ABSENT;
        }
        final int b = (int) (Double.doubleToRawLongBits(l) >>> SHIFT) - BASE;
        return Math.min(Math.max(b, UNDERFLOW), BINS - 1);
    }

    int size() {
        return size;
    }

    long refills() {
        return refills;
    }

    /**
     * Sets the loss code of {@code slot} (the window slot whose old loss leaves): a positive
     * loss, or anything else for none.
     */
    void set(final int slot, final double code) {
        final int b0 = binOfSlot[slot];
        final int b1 = binOf(code);
        final double old = values[slot];
        values[slot] = code;
        if ((b0 | b1) == ABSENT || old == code) {
            // no loss left and none entered (about half the ticks of a trade stream), or the same
            // loss left and entered: nothing moves
            return;
        }
        unlink(slot);
        link(slot, b1);
        binOfSlot[slot] = b1;
        count[b0]--;
        count[b1]++;
        final int yb = yBin;
        aboveY += (b1 > yb ? 1 : 0) - (b0 > yb ? 1 : 0);
        if (b0 == yb || b1 == yb) {
            yCountValid = false;
        }
        if (b0 != ABSENT) {
            size--;
            leaveTop(old, slot);
        }
        if (b1 != ABSENT) {
            enterTop(code, slot);
            size++;
        }
    }

    private void unlink(final int node) {
        final int n = next[node];
        final int p = prev[node];
        next[p] = n;
        prev[n] = p;
    }

    private void link(final int node, final int bin) {
        final int h = window + bin;
        final int first = next[h];
        next[node] = first;
        prev[node] = h;
        prev[first] = node;
        next[h] = node;
    }

    /** Whether (v, s) comes before (w, t) in top's order: the larger loss, then the larger slot. */
    private static boolean before(final double v, final int s, final double w, final int t) {
        return v > w || (v == w && s > t);
    }

    /** The loss of {@code slot} left: out of top if it is there (anything not after top's last is). */
    private void leaveTop(final double v, final int slot) {
        final int n = m;
        if (n == 0 || before(top[n - 1], topSlot[n - 1], v, slot)) {
            return;
        }
        int i = n - 1;
        while (topSlot[i] != slot) {
            i--;
        }
        System.arraycopy(top, i + 1, top, i, n - 1 - i);
        System.arraycopy(topSlot, i + 1, topSlot, i, n - 1 - i);
        System.arraycopy(lnTop, i + 1, lnTop, i, n - 1 - i);
        m = n - 1;
        changedFrom = Math.min(changedFrom, i);
    }

    /**
     * A loss entered in {@code slot} ({@code size} not yet counting it): into top if top holds
     * every loss or it comes before top's last.
     */
    private void enterTop(final double v, final int slot) {
        final int n = m;
        final boolean all = n == size;
        if (!all && !(n > 0 && before(v, slot, top[n - 1], topSlot[n - 1]))) {
            return;
        }
        if (n == capacity && !before(v, slot, top[n - 1], topSlot[n - 1])) {
            return;
        }
        int i = n;
        while (i > 0 && before(v, slot, top[i - 1], topSlot[i - 1])) {
            i--;
        }
        // top has one spare element: shift, then drop the last if full
        System.arraycopy(top, i, top, i + 1, n - i);
        System.arraycopy(topSlot, i, topSlot, i + 1, n - i);
        System.arraycopy(lnTop, i, lnTop, i + 1, n - i);
        top[i] = v;
        topSlot[i] = slot;
        lnTop[i] = Double.NaN;
        m = Math.min(n + 1, capacity);
        changedFrom = Math.min(changedFrom, i);
    }

    /** The (k+1)-th largest loss, 0 &lt;= k &lt; size(). */
    double descending(final int k) {
        ensureTop(k + 1);
        return top[k];
    }

    /** ln of {@link #descending}(k). */
    double lnDescending(final int k) {
        ensureTop(k + 1);
        return ln(k);
    }

    /**
     * Hill's gamma (1/k) sum_{i&lt;k} (ln l(i) - ln l(k)) over the losses in descending order,
     * 1 &lt;= k &lt; size(): each term is &gt;= 0, so the sum has no cancellation.
     */
    double hillGamma(final int k) {
        ensureTop(k + 1);
        if (k != gammaK || changedFrom <= k) {
            final double lnU = ln(k);
            for (int i = 0; i < k; i++) {
                ln(i);
            }
            // four lanes: the chain of k dependent adds was the slow part of a tick whose top
            // changed (~8% of them)
            gamma = FourLaneSum.sumOfDifferences(lnTop, 0, k, lnU) / k;
            gammaK = k;
            changedFrom = Integer.MAX_VALUE;
        }
        return gamma;
    }

    private double ln(final int i) {
        double x = lnTop[i];
        if (x != x) {
            x = Math.log(top[i]);
            lnTop[i] = x;
        }
        return x;
    }

    private void ensureTop(final int need) {
        if (m < need) {
            refill(Math.min(size, capacity));
        }
    }

    /**
     * Makes top the {@code target} largest losses: gathers whole bins from the highest down until
     * they hold enough, sorts them in top's order (heapsort: no allocation), and keeps the logs
     * of the values top already held (they are the first m of the new order).
     */
    private void refill(final int target) {
        refills++;
        int c = 0;
        int b = m > 0 ? binOf(top[0]) : BINS - 1;
        while (c < target) {
            if (count[b] != 0) {
                final int h = window + b;
                for (int node = next[h]; node != h; node = next[node]) {
                    scratch[c] = values[node];
                    scratchSlot[c++] = node;
                }
            }
            b--;
        }
        sortDescending(scratch, scratchSlot, c);
        for (int i = m; i < target; i++) {
            top[i] = scratch[i];
            topSlot[i] = scratchSlot[i];
            lnTop[i] = Double.NaN;
        }
        changedFrom = Math.min(changedFrom, m);
        m = target;
    }

    /**
     * Heapsort of the pairs (a[i], s[i]), i &lt; n, into top's order (descending by value, then by
     * slot): a heap whose root is the last in that order, swapped to the end.
     */
    static void sortDescending(final double[] a, final int[] s, final int n) {
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, s, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            final double t = a[0];
            final int ts = s[0];
            a[0] = a[end];
            s[0] = s[end];
            a[end] = t;
            s[end] = ts;
            siftDown(a, s, 0, end);
        }
    }

    private static void siftDown(final double[] a, final int[] s, final int from, final int n) {
        int i = from;
        final double x = a[i];
        final int xs = s[i];
        while (true) {
            int c = 2 * i + 1;
            if (c >= n) {
                break;
            }
            if (c + 1 < n && before(a[c], s[c], a[c + 1], s[c + 1])) {
                c++;
            }
            if (!before(x, xs, a[c], s[c])) {
                break;
            }
            a[i] = a[c];
            s[i] = s[c];
            i = c;
        }
        a[i] = x;
        s[i] = xs;
    }

    /** The number of losses above y (y &gt;= 0, not NaN). */
    int countAbove(final double y) {
        if (!(y > 0.0)) {
            return size;
        }
        final int yb = binOf(y);
        if (yb != yBin) {
            moveY(yb);
        }
        if (!yCountValid || !(y >= yLow && y < yHigh)) {
            recountYBin(y);
        }
        return aboveY + yInBin;
    }

    private void moveY(final int yb) {
        int above = aboveY;
        for (int b = yBin + 1; b <= yb; b++) {
            above -= count[b];
        }
        for (int b = yb + 1; b <= yBin; b++) {
            above += count[b];
        }
        aboveY = above;
        yBin = yb;
        yCountValid = false;
    }

    private void recountYBin(final double y) {
        final int h = window + yBin;
        int c = 0;
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        for (int node = next[h]; node != h; node = next[node]) {
            final double v = values[node];
            if (v > y) {
                c++;
                high = Math.min(high, v);
            } else {
                low = Math.max(low, v);
            }
        }
        yInBin = c;
        yLow = low;
        yHigh = high;
        yCountValid = true;
    }
}
