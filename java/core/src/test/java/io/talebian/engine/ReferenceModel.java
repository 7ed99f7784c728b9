package io.talebian.engine;

import io.talebian.data.LogReturn;
import io.talebian.kernels.TanhTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately naive implementation of spec section 3, written straight from the formulas
 * with no incremental state: every tick recomputes everything from the whole history (two-pass
 * moments, full sorts, the EWMA from the start, Math.log per Hill term, the spec 3.7 tanh table). O(t * W) per
 * tick, for tests only. It follows the interpretations documented in docs/engine.md.
 */
final class ReferenceModel {
    private final RiskConfig c;
    private final List<Tick> ticks = new ArrayList<>();
    private final List<Double> trades = new ArrayList<>();
    private final List<double[]> refs = new ArrayList<>();

    ReferenceModel(final RiskConfig c) {
        this.c = c;
    }

    void recordTradeOutcome(final double x) {
        trades.add(x);
    }

    void registerReferenceState(final double[] amp) {
        double n2 = 0;
        for (double a : amp) {
            n2 += a * a;
        }
        final double[] u = new double[amp.length];
        for (int i = 0; i < amp.length; i++) {
            u[i] = amp[i] / Math.sqrt(n2);
        }
        refs.add(u);
    }

    /** Expected values by field (doubles; booleans 1/0; direction sign). */
    Map<AssessmentField, Double> assess(final Tick tick) {
        ticks.add(new Tick().copyFrom(tick));
        final Map<AssessmentField, Double> e = new EnumMap<>(AssessmentField.class);
        final int j = ticks.size() - 1;
        final int nr = j; // returns so far
        final double[] p = new double[j + 1];
        for (int i = 0; i <= j; i++) {
            p[i] = ticks.get(i).price;
        }
        final double[] r = new double[nr];
        for (int i = 0; i < nr; i++) {
            // the engine's own log return (LogReturnTest checks it against an independent log1p): the
            // model is about what is computed from the returns, and a small move's ln(p/p0) from
            // Math.log carries ~1e-16/|u| relative error, which skewness and kurtosis amplify
            r[i] = LogReturn.of(p[i + 1], p[i]);
        }
        final int w = c.window();
        final int n = Math.min(nr, w);
        final double[] win = Arrays.copyOfRange(r, nr - n, nr);
        put(e, AssessmentField.PRICE, p[j]);
        put(e, AssessmentField.LOG_RETURN, nr > 0 ? r[nr - 1] : Double.NaN);
        put(e, AssessmentField.OBSERVATIONS, n);
        final double[] mom = moments(win);
        final double mu = mom[0];
        final double sd = mom[1];
        put(e, AssessmentField.MEAN, mu);
        put(e, AssessmentField.SD, sd);
        put(e, AssessmentField.SKEWNESS, mom[2]);
        put(e, AssessmentField.KURTOSIS, mom[3]);
        put(e, AssessmentField.MIN, n > 0 ? min(win) : Double.NaN);
        put(e, AssessmentField.MAX, n > 0 ? max(win) : Double.NaN);
        final boolean dispersed = n >= 2 && sd > 0;
        put(e, AssessmentField.DISPERSION_AVAILABLE, dispersed ? 1 : 0);

        // swan event
        double score = Double.NaN;
        if (nr >= 1) {
            final int np = Math.min(nr - 1, w);
            final double[] prev = Arrays.copyOfRange(r, nr - 1 - np, nr - 1);
            final double[] pm = moments(prev);
            if (np >= 2) {
                final double dev = Math.abs(r[nr - 1] - pm[0]);
                score = pm[1] > 0 ? dev / pm[1] : dev > 0 ? Double.POSITIVE_INFINITY : 0;
            }
        }
        put(e, AssessmentField.SWAN_EVENT_SCORE, score);
        put(e, AssessmentField.SWAN_EVENT, score == score && score > c.swanEventZ() ? 1 : 0);

        // whale
        whale(e, p, r, j, n, nr);

        // antifragility
        double af = 0.5;
        if (dispersed) {
            final double k = c.afTailK();
            double left = 0;
            double right = 0;
            int cnt = 0;
            final double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                z[i] = (win[i] - mu) / sd;
                if (z[i] < -k) {
                    left += -z[i];
                    cnt++;
                } else if (z[i] > k) {
                    right += z[i];
                    cnt++;
                }
            }
            left /= n;
            right /= n;
            if (cnt > 0) {
                af = (1 + (right - left) / (right + left + 1e-12)) / 2;
            }
            put(e, AssessmentField.TAIL_VEGA_LEFT, left);
            put(e, AssessmentField.TAIL_VEGA_RIGHT, right);
            final double d = c.afDelta() * sd;
            final double h = (FragilityHeuristic.xi(z, n, k, sd, sd + d) + FragilityHeuristic.xi(z, n, k, sd, sd - d)) / 2
                    - FragilityHeuristic.xi(z, n, k, sd, sd);
            put(e, AssessmentField.FRAGILITY, h);
            put(e, AssessmentField.FRAGILITY_AVAILABLE, 1);
        } else {
            put(e, AssessmentField.TAIL_VEGA_LEFT, 0);
            put(e, AssessmentField.TAIL_VEGA_RIGHT, 0);
            put(e, AssessmentField.FRAGILITY, Double.NaN);
            put(e, AssessmentField.FRAGILITY_AVAILABLE, 0);
        }
        put(e, AssessmentField.ANTIFRAGILITY_SCORE, af);
        put(e, AssessmentField.ANTIFRAGILITY_CONFIDENCE, n / (n + 50.0));

        // black swan
        final double bspOr0 = blackSwan(e, r, nr, n, win);
        final boolean swanAvail = e.get(AssessmentField.BLACK_SWAN_AVAILABLE) == 1.0;
        final boolean warming = !(n >= c.minObservations() && swanAvail);
        put(e, AssessmentField.WARMING_UP, warming ? 1 : 0);

        // Kelly
        double kelly = 0;
        if (dispersed) {
            // spec 3.4, with the documented kink band: 0 while |mu| - sd/sqrt(n) is rounding noise
            final double se = sd / Math.sqrt(n);
            final double gap = Math.abs(mu) - se;
            final double adj = gap > 1e-12 * (Math.abs(mu) + se) ? Math.signum(mu) * gap : 0.0;
            final double full = (adj - c.riskFreePerTick()) / (sd * sd);
            kelly = Math.max(0, Math.min(c.kellyFraction() * full, c.kellyMaxFraction()));
            put(e, AssessmentField.ADJUSTED_MEAN, adj);
            put(e, AssessmentField.FULL_KELLY, full);
        } else {
            put(e, AssessmentField.ADJUSTED_MEAN, n >= 2 ? mu : Double.NaN);
            put(e, AssessmentField.FULL_KELLY, Double.NaN);
        }
        put(e, AssessmentField.KELLY_FRACTION, kelly);
        discreteKelly(e);

        // barbell
        double risky = c.barbellRiskyRatio();
        if (bspOr0 > c.blackSwanThreshold()) {
            risky *= 1 - c.destructiveSwanProtection();
        } else if (af > c.antifragilityThreshold()) {
            risky = Math.min(risky * (1 + c.dynamicRebalanceThreshold()), 0.5);
        }
        put(e, AssessmentField.BARBELL_RISKY, risky);
        put(e, AssessmentField.BARBELL_SAFE, 1 - risky);

        // parasitic
        final int m = Math.min(c.momentumWindow(), n);
        final double[] last = Arrays.copyOfRange(r, nr - m, nr);
        // the sum of the last m log returns is ln(P_j/P_(j-m)): exactly 0 when the price is back at
        // its level of m ticks ago (summing the rounded returns would leave the sign of T, and so
        // the whale alignment, to rounding noise)
        double sum = 0;
        for (double x : last) {
            sum += x;
        }
        if (m > 0 && p[j] == p[j - m]) {
            sum = 0;
        }
        final double t = dispersed ? sum / (sd * Math.sqrt(m)) : sum > 0 ? Double.POSITIVE_INFINITY
                : sum < 0 ? Double.NEGATIVE_INFINITY : 0;
        final double momentum = (1 + Math.tanh(t)) / 2;
        final double vol = dispersed && m >= 2 ? Math.max(0, Math.min(moments(last)[1] / (2 * sd), 1)) : 0.5;
        final boolean detected = e.get(AssessmentField.WHALE_DETECTED) == 1.0;
        final double wconf = e.get(AssessmentField.WHALE_CONFIDENCE);
        final int dir = (int) (double) e.get(AssessmentField.WHALE_DIRECTION);
        final int agree = dir * (int) Math.signum(t);
        final double align = !detected ? 0.2 : agree > 0 ? wconf : agree < 0 ? 0 : wconf / 2;
        final double s = 0.30 * momentum + 0.25 * vol + 0.25 * align + 0.20 * af;
        final double oppConf = s > 0.7 ? 0.8 : s > 0.5 ? 0.6 : 0.4;
        put(e, AssessmentField.MOMENTUM, t);
        put(e, AssessmentField.MOMENTUM_FACTOR, momentum);
        put(e, AssessmentField.VOLATILITY_FACTOR, vol);
        put(e, AssessmentField.WHALE_ALIGNMENT, align);
        put(e, AssessmentField.REGIME_FACTOR, af);
        put(e, AssessmentField.OPPORTUNITY_SCORE, s);
        put(e, AssessmentField.OPPORTUNITY_CONFIDENCE, oppConf);
        put(e, AssessmentField.RECOMMENDED_ALLOCATION, Math.min(s * kelly, c.kellyMaxFraction()));
        put(e, AssessmentField.OPPORTUNITY_DETECTED, s > c.parasiticOpportunityThreshold() ? 1 : 0);

        // regime
        put(e, AssessmentField.REGIME_STATES, refs.size());
        if (refs.isEmpty()) {
            put(e, AssessmentField.MAX_REGIME_SIMILARITY, Double.NaN);
        } else {
            final int q = c.amplitudes();
            final double[] a = new double[q];
            final int have = Math.min(nr, q);
            double n2 = 0;
            for (int i = 0; i < have; i++) {
                final double z = dispersed ? (r[nr - have + i] - mu) / sd : 0;
                a[q - have + i] = TanhTable.tanh(z);
                n2 += a[q - have + i] * a[q - have + i];
            }
            double best = 0;
            for (double[] ref : refs) {
                double dot = 0;
                for (int i = 0; i < q; i++) {
                    dot += (n2 > 0 ? a[i] / Math.sqrt(n2) : 0) * ref[i];
                }
                best = Math.max(best, dot * dot);
            }
            put(e, AssessmentField.MAX_REGIME_SIMILARITY, best);
        }

        // combination
        final double wc = detected ? wconf : 0.3;
        put(e, AssessmentField.OVERALL_RISK_SCORE,
                Math.max(0, Math.min(1, 0.25 * af + 0.20 * (1 - bspOr0) + 0.30 * s + 0.25 * wc)));
        double x = kelly * risky * (1 + 0.5 * s);
        if (detected && agree > 0) {
            x *= 1 + (c.whaleDetectedMultiplier() - 1) * wconf;
        } else if (detected && agree < 0) {
            x *= 1 - wconf * c.destructiveSwanProtection();
        }
        x *= oppConf;
        if (bspOr0 > c.blackSwanThreshold()) {
            x *= 1 - c.destructiveSwanProtection();
        }
        put(e, AssessmentField.RECOMMENDED_POSITION_SIZE, warming ? 0 : Math.max(0, Math.min(x, c.kellyMaxFraction())));
        final double conf = (0.2 * (n / (n + 50.0)) + 0.2 * e.get(AssessmentField.BLACK_SWAN_CONFIDENCE)
                + 0.35 * oppConf + 0.25 * wconf) * (0.5 + 0.5 * Math.min(n / 1000.0, 1));
        put(e, AssessmentField.CONFIDENCE, Math.max(0.1, Math.min(conf, 0.95)));
        return e;
    }

    private double blackSwan(final Map<AssessmentField, Double> e, final double[] r, final int nr, final int n,
                             final double[] win) {
        final int mObs = c.minObservations();
        final double lambda = c.ewmaLambda();
        final double[] sig2 = new double[nr];
        Arrays.fill(sig2, Double.NaN);
        final double[] l = new double[nr];
        Arrays.fill(l, Double.NaN);
        if (nr >= mObs) {
            sig2[mObs - 1] = moments(Arrays.copyOfRange(r, 0, mObs))[1];
            sig2[mObs - 1] *= sig2[mObs - 1];
            for (int i = mObs; i < nr; i++) {
                final double prev = Math.sqrt(sig2[i - 1]);
                if (prev > 0) {
                    l[i] = -r[i] / prev;
                }
                sig2[i] = lambda * sig2[i - 1] + (1 - lambda) * r[i] * r[i];
            }
        }
        final double sigmaC = nr > 0 ? Math.sqrt(sig2[nr - 1]) : Double.NaN;
        put(e, AssessmentField.CONDITIONAL_VOLATILITY, sigmaC);
        final List<Double> pos = new ArrayList<>();
        int nl = 0;
        for (int i = nr - n; i < nr; i++) {
            if (l[i] == l[i]) {
                nl++;
                if (l[i] > 0) {
                    pos.add(l[i]);
                }
            }
        }
        put(e, AssessmentField.STANDARDIZED_LOSSES, nl);
        if (nl < c.swanMinLosses()) {
            put(e, AssessmentField.BLACK_SWAN_AVAILABLE, 0);
            for (AssessmentField f : new AssessmentField[] {AssessmentField.BLACK_SWAN_PROBABILITY,
                    AssessmentField.SWAN_PROBABILITY_PER_TICK, AssessmentField.GAUSSIAN_SWAN_PROBABILITY,
                    AssessmentField.FAT_TAIL_RATIO, AssessmentField.SWAN_LEVEL, AssessmentField.SWAN_LEVEL_SIGMAS,
                    AssessmentField.TAIL_INDEX, AssessmentField.TAIL_THRESHOLD, AssessmentField.VAR_99,
                    AssessmentField.ES_99}) {
                put(e, f, Double.NaN);
            }
            put(e, AssessmentField.TAIL_FIT_AVAILABLE, 0);
            put(e, AssessmentField.HILL_K, 0);
            put(e, AssessmentField.BLACK_SWAN_CONFIDENCE, 0);
            return 0;
        }
        pos.sort((a, b) -> Double.compare(b, a));
        int k = Math.max(10, (int) Math.floor(Math.sqrt(nl)));
        k = Math.min(k, pos.size() - 1);
        // MAD
        final double[] sorted = win.clone();
        Arrays.sort(sorted);
        final double med = median(sorted);
        final double[] dev = new double[n];
        for (int i = 0; i < n; i++) {
            dev[i] = Math.abs(win[i] - med);
        }
        Arrays.sort(dev);
        final double s = 1.4826 * median(dev);
        final double xStar = c.swanSigma() * s;
        final double y = xStar / sigmaC;
        int above = 0;
        for (double v : pos) {
            if (v > y) {
                above++;
            }
        }
        final double empirical = (above + 1.0) / (nl + 2.0);
        double p1 = empirical;
        if (k >= 10) {
            final double u = pos.get(k);
            double g = 0;
            for (int i = 0; i < k; i++) {
                g += Math.log(pos.get(i) / u);
            }
            g /= k;
            final double alpha = 1 / g;
            final double var = sigmaC * u * Math.pow((double) nl / k * 0.01, -1 / alpha);
            put(e, AssessmentField.TAIL_FIT_AVAILABLE, 1);
            put(e, AssessmentField.HILL_K, k);
            put(e, AssessmentField.TAIL_INDEX, alpha);
            put(e, AssessmentField.TAIL_THRESHOLD, u);
            put(e, AssessmentField.VAR_99, var);
            put(e, AssessmentField.ES_99, alpha > 1 ? var * alpha / (alpha - 1) : Double.POSITIVE_INFINITY);
            if (y > u) {
                p1 = (double) k / nl * Math.pow(y / u, -alpha);
            }
        } else {
            put(e, AssessmentField.TAIL_FIT_AVAILABLE, 0);
            put(e, AssessmentField.HILL_K, 0);
            for (AssessmentField f : new AssessmentField[] {AssessmentField.TAIL_INDEX,
                    AssessmentField.TAIL_THRESHOLD, AssessmentField.VAR_99, AssessmentField.ES_99}) {
                put(e, f, Double.NaN);
            }
        }
        final int kk = Math.max(k, 0);
        put(e, AssessmentField.BLACK_SWAN_CONFIDENCE, kk / (kk + 10.0));
        final int h = c.swanHorizon();
        // 1 - (1-p)^h in its cancellation-free form (the naive one loses ~eps/p relative)
        final double bsp = -Math.expm1(h * Math.log1p(-p1));
        final org.apache.commons.math3.distribution.NormalDistribution nd =
                new org.apache.commons.math3.distribution.NormalDistribution();
        final double pg = nd.cumulativeProbability(-y);
        final double gauss = -Math.expm1(h * Math.log1p(-pg));
        put(e, AssessmentField.BLACK_SWAN_AVAILABLE, 1);
        put(e, AssessmentField.SWAN_PROBABILITY_PER_TICK, p1);
        put(e, AssessmentField.BLACK_SWAN_PROBABILITY, bsp);
        put(e, AssessmentField.GAUSSIAN_SWAN_PROBABILITY, gauss);
        put(e, AssessmentField.FAT_TAIL_RATIO, bsp / gauss);
        put(e, AssessmentField.SWAN_LEVEL, xStar);
        put(e, AssessmentField.SWAN_LEVEL_SIGMAS, y);
        return bsp;
    }

    private void whale(final Map<AssessmentField, Double> e, final double[] p, final double[] r, final int j,
                       final int n, final int nr) {
        // tick-rule signs per tick
        final int[] sign = new int[j + 1];
        for (int i = 1; i <= j; i++) {
            final double d = p[i] - p[i - 1];
            sign[i] = d > 0 ? 1 : d < 0 ? -1 : sign[i - 1];
        }
        final Tick t = ticks.get(j);
        final double flow = t.bidSize == t.bidSize && t.askSize == t.askSize
                ? (t.bidSize + t.askSize > 0 ? (t.bidSize - t.askSize) / (t.bidSize + t.askSize) : 0) : sign[j];
        put(e, AssessmentField.SIGNED_FLOW, flow);
        put(e, AssessmentField.WHALE_DIRECTION, flow > 0.1 ? 1 : flow < -0.1 ? -1 : 0);
        if (t.volume == t.volume) {
            final List<Double> prior = new ArrayList<>();
            for (int i = 0; i < j; i++) {
                if (ticks.get(i).volume == ticks.get(i).volume) {
                    prior.add(ticks.get(i).volume);
                }
            }
            final List<Double> lastW = prior.subList(Math.max(0, prior.size() - c.window()), prior.size());
            double s = 1;
            if (lastW.size() >= 10) {
                double sum = 0;
                for (double v : lastW) {
                    sum += v;
                }
                s = t.volume / (sum / lastW.size());
            }
            final double th = c.whaleVolumeThreshold();
            final boolean det = s >= th;
            put(e, AssessmentField.VOLUME_AVAILABLE, 1);
            put(e, AssessmentField.VOLUME_RATIO, s);
            put(e, AssessmentField.WHALE_DETECTED, det ? 1 : 0);
            put(e, AssessmentField.WHALE_CONFIDENCE, det ? Math.min((s - th) / th, 0.95) : 0.1);
        } else {
            put(e, AssessmentField.VOLUME_AVAILABLE, 0);
            put(e, AssessmentField.VOLUME_RATIO, Double.NaN);
            put(e, AssessmentField.WHALE_DETECTED, 0);
            put(e, AssessmentField.WHALE_CONFIDENCE, 0.1);
        }
        // Kyle and Amihud over the return window: return i belongs to tick i+1
        final List<double[]> pairs = new ArrayList<>();
        double am = 0;
        int amn = 0;
        for (int i = nr - n; i < nr; i++) {
            final double v = ticks.get(i + 1).volume;
            if (v == v) {
                pairs.add(new double[] {p[i + 1] - p[i], sign[i + 1] * v});
                if (v > 0) {
                    am += Math.abs(r[i]) / (p[i + 1] * v);
                    amn++;
                }
            }
        }
        if (pairs.size() >= 2) {
            double mx = 0;
            double my = 0;
            for (double[] xy : pairs) {
                mx += xy[0];
                my += xy[1];
            }
            mx /= pairs.size();
            my /= pairs.size();
            double cxy = 0;
            double vy = 0;
            for (double[] xy : pairs) {
                cxy += (xy[0] - mx) * (xy[1] - my);
                vy += (xy[1] - my) * (xy[1] - my);
            }
            put(e, AssessmentField.KYLE_LAMBDA_AVAILABLE, 1);
            put(e, AssessmentField.KYLE_LAMBDA, vy == 0 ? 0 : cxy / vy);
        } else {
            put(e, AssessmentField.KYLE_LAMBDA_AVAILABLE, 0);
            put(e, AssessmentField.KYLE_LAMBDA, Double.NaN);
        }
        put(e, AssessmentField.AMIHUD_AVAILABLE, amn > 0 ? 1 : 0);
        put(e, AssessmentField.AMIHUD, amn > 0 ? am / amn : Double.NaN);
        // OFI
        final List<Double> events = new ArrayList<>();
        Tick prev = null;
        for (int i = 0; i <= j; i++) {
            final Tick q = ticks.get(i);
            if (q.bid != q.bid || q.ask != q.ask || q.bidSize != q.bidSize || q.askSize != q.askSize) {
                continue;
            }
            if (prev != null) {
                events.add((q.bid >= prev.bid ? q.bidSize : 0) - (q.bid <= prev.bid ? prev.bidSize : 0)
                        - (q.ask <= prev.ask ? q.askSize : 0) + (q.ask >= prev.ask ? prev.askSize : 0));
            }
            prev = q;
        }
        if (events.isEmpty()) {
            put(e, AssessmentField.OFI_AVAILABLE, 0);
            put(e, AssessmentField.OFI, Double.NaN);
        } else {
            double sum = 0;
            for (int i = Math.max(0, events.size() - c.momentumWindow()); i < events.size(); i++) {
                sum += events.get(i);
            }
            put(e, AssessmentField.OFI_AVAILABLE, 1);
            put(e, AssessmentField.OFI, sum);
        }
    }

    private void discreteKelly(final Map<AssessmentField, Double> e) {
        put(e, AssessmentField.TRADE_COUNT, trades.size());
        int wins = 0;
        int losses = 0;
        double ws = 0;
        double ls = 0;
        for (double x : trades) {
            if (x > 0) {
                wins++;
                ws += x;
            } else if (x < 0) {
                losses++;
                ls += -x;
            }
        }
        if (wins == 0) {
            put(e, AssessmentField.DISCRETE_KELLY_AVAILABLE, 0);
            put(e, AssessmentField.WIN_RATE, Double.NaN);
            put(e, AssessmentField.PAYOFF_RATIO, Double.NaN);
            put(e, AssessmentField.DISCRETE_KELLY, Double.NaN);
            return;
        }
        final double p = (double) wins / trades.size();
        final double b = losses == 0 ? Double.POSITIVE_INFINITY : (ws / wins) / (ls / losses);
        put(e, AssessmentField.DISCRETE_KELLY_AVAILABLE, 1);
        put(e, AssessmentField.WIN_RATE, p);
        put(e, AssessmentField.PAYOFF_RATIO, b);
        put(e, AssessmentField.DISCRETE_KELLY, p - (1 - p) / b);
    }

    /** mean, sample sd, g1, g2 (two-pass). */
    static double[] moments(final double[] x) {
        final int n = x.length;
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        double s = 0;
        for (double v : x) {
            s += v;
        }
        final double mean = s / n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : x) {
            final double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
        }
        if (n < 2) {
            return new double[] {mean, Double.NaN, Double.NaN, Double.NaN};
        }
        final double sd = Math.sqrt(m2 / (n - 1));
        final double g1 = m2 == 0 ? Double.NaN : Math.sqrt(n) * m3 / Math.pow(m2, 1.5);
        final double g2 = m2 == 0 ? Double.NaN : n * m4 / (m2 * m2) - 3;
        return new double[] {mean, sd, g1, g2};
    }

    static double median(final double[] sorted) {
        final int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(final double[] x) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : x) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(final double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static void put(final Map<AssessmentField, Double> e, final AssessmentField f, final double v) {
        e.put(f, v);
    }
}
