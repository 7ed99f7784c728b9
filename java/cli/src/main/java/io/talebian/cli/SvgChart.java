package io.talebian.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line chart drawn as inline SVG (no scripts, no external resources), for the HTML
 * backtest report: one x position per row, optional log y scale, NaN values leave gaps, dense
 * series are thinned to the minimum and maximum per half pixel (so spikes survive). The markup is
 * XML-well-formed (it sits inside an XHTML-compatible page).
 */
final class SvgChart {
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 26;
    private static final int BOTTOM = 28;

    private final int width;
    private final int height;
    private final String[] times;
    private final List<Series> series = new ArrayList<>();
    private final List<double[]> hLines = new ArrayList<>();
    private final List<String> hLineLabels = new ArrayList<>();
    private boolean log;
    private boolean percent;
    private double fixedMin = Double.NaN;
    private double fixedMax = Double.NaN;
    private int shadeTo = -1;
    private String shadeLabel;
    private String ariaLabel = "chart";

    private record Series(String name, double[] y, String color, double stroke, boolean fill) {
    }

    /** @param times one label per row (as written in the input; escaped here) */
    SvgChart(final int width, final int height, final String[] times) {
        this.width = width;
        this.height = height;
        this.times = times;
    }

    SvgChart log(final boolean on) {
        log = on;
        return this;
    }

    SvgChart percent(final boolean on) {
        percent = on;
        return this;
    }

    SvgChart range(final double min, final double max) {
        fixedMin = min;
        fixedMax = max;
        return this;
    }

    SvgChart label(final String label) {
        ariaLabel = label;
        return this;
    }

    /** Shades rows 0..row (e.g. the engine's warm-up) with a caption. */
    SvgChart shadeUntil(final int row, final String caption) {
        shadeTo = row;
        shadeLabel = caption;
        return this;
    }

    SvgChart line(final String name, final double[] y, final String color, final double stroke) {
        series.add(new Series(name, y, color, stroke, false));
        return this;
    }

    /** A series drawn as an area down to the zero line (or the bottom). */
    SvgChart area(final String name, final double[] y, final String color) {
        series.add(new Series(name, y, color, 1.0, true));
        return this;
    }

    SvgChart hLine(final double y, final String color, final String label) {
        hLines.add(new double[] {y});
        hLineLabels.add(label + "\u0000" + color);
        return this;
    }

    String render() {
        final int n = times.length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : s.y) {
                if (Double.isFinite(v) && (!log || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!Double.isNaN(fixedMin)) {
            lo = fixedMin;
        }
        if (!Double.isNaN(fixedMax)) {
            hi = fixedMax;
        }
        if (!(lo < hi)) {
            final double c = Double.isFinite(lo) ? lo : log ? 1.0 : 0.0;
            lo = log ? c / 2 : c - 1;
            hi = log ? c * 2 : c + 1;
        }
        if (log) {
            lo = lo / Math.pow(hi / lo, 0.04);
            hi = hi * Math.pow(hi / lo, 0.04);
        } else if (Double.isNaN(fixedMin) || Double.isNaN(fixedMax)) {
            final double pad = 0.04 * (hi - lo);
            lo = Double.isNaN(fixedMin) ? lo - pad : lo;
            hi = Double.isNaN(fixedMax) ? hi + pad : hi;
        }
        final double plotW = width - LEFT - RIGHT;
        final double plotH = height - TOP - BOTTOM;
        final double ylo = tr(lo);
        final double yhi = tr(hi);
        final StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(ariaLabel)).append("\">\n");
        sb.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(fmt(plotW))
                .append("\" height=\"").append(fmt(plotH)).append("\" class=\"plot\"/>\n");
        final Mapper xy = new Mapper(n, plotW, plotH, ylo, yhi);
        if (shadeTo > 0 && n > 1) {
            final double x1 = xy.x(Math.min(shadeTo, n - 1));
            sb.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
                    .append(fmt(x1 - LEFT)).append("\" height=\"").append(fmt(plotH)).append("\" class=\"shade\"/>\n");
            if (shadeLabel != null) {
                sb.append("<text x=\"").append(fmt(x1 + 4)).append("\" y=\"").append(TOP + plotH - 6)
                        .append("\" class=\"shade-label\">").append(Html.escape(shadeLabel)).append("</text>\n");
            }
        }
        // y grid and labels
        for (double t : yTicks(lo, hi)) {
            final double y = xy.y(tr(t));
            sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(fmt(LEFT + plotW)).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" class=\"grid\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" class=\"ylab\">").append(Html.escape(yLabel(t))).append("</text>\n");
        }
        // x ticks
        final List<Integer> xt = xTicks(n, plotW);
        for (int i : xt) {
            final double x = xy.x(i);
            // keep the end labels inside the picture
            final String anchor = xt.size() > 1 && i == n - 1 ? " style=\"text-anchor:end\""
                    : i == 0 && !isoDates() ? " style=\"text-anchor:start\"" : "";
            sb.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(fmt(TOP + plotH + 4)).append("\" class=\"xgrid\"/>")
                    .append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(TOP + plotH + 18))
                    .append("\" class=\"xlab\"").append(anchor).append('>').append(Html.escape(xLabel(i)))
                    .append("</text>\n");
        }
        // reference lines; their captions go in the top margin, right-aligned, after a dashed sample
        double captionRight = LEFT + plotW;
        for (int h = 0; h < hLines.size(); h++) {
            final double v = hLines.get(h)[0];
            if (!(v >= lo && v <= hi)) {
                continue;
            }
            final String[] lc = hLineLabels.get(h).split("\u0000", 2);
            final double y = xy.y(tr(v));
            sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(fmt(LEFT + plotW)).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"").append(lc[1])
                    .append("\" class=\"hline\"/>");
            final double textStart = captionRight - 6.2 * lc[0].length();
            sb.append("<line x1=\"").append(fmt(textStart - 26)).append("\" x2=\"").append(fmt(textStart - 6))
                    .append("\" y1=\"10\" y2=\"10\" stroke=\"").append(lc[1]).append("\" class=\"hline\"/>")
                    .append("<text x=\"").append(fmt(captionRight)).append("\" y=\"15\" class=\"hlabel\" fill=\"")
                    .append(lc[1]).append("\">").append(Html.escape(lc[0])).append("</text>\n");
            captionRight = textStart - 40;
        }
        final double base = xy.y(Math.max(ylo, Math.min(yhi, tr(log ? lo : 0.0))));
        for (Series s : series) {
            final String d = path(s.y, xy, s.fill, base);
            if (s.fill) {
                sb.append("<path d=\"").append(d).append("\" fill=\"").append(s.color)
                        .append("\" fill-opacity=\"0.25\" stroke=\"").append(s.color).append("\" stroke-width=\"")
                        .append(fmt(s.stroke)).append("\" class=\"series\"><title>").append(Html.escape(s.name))
                        .append("</title></path>\n");
            } else {
                sb.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(s.color)
                        .append("\" stroke-width=\"").append(fmt(s.stroke))
                        .append("\" stroke-linejoin=\"round\" class=\"series\"><title>").append(Html.escape(s.name))
                        .append("</title></path>\n");
            }
        }
        // legend (in the top margin, above the plot)
        double lx = LEFT;
        for (Series s : series) {
            sb.append("<rect x=\"").append(fmt(lx)).append("\" y=\"").append(s.fill ? 6 : 9).append("\" width=\"14\" height=\"")
                    .append(s.fill ? 9 : 3).append("\" fill=\"").append(s.color).append("\"/>")
                    .append("<text x=\"").append(fmt(lx + 18)).append("\" y=\"").append(15)
                    .append("\" class=\"legend\">").append(Html.escape(s.name)).append("</text>\n");
            lx += 30 + 6.6 * s.name.length();
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private double tr(final double v) {
        return log ? Math.log(v) : v;
    }

    private final class Mapper {
        final int n;
        final double plotW;
        final double plotH;
        final double ylo;
        final double yhi;

        Mapper(final int n, final double plotW, final double plotH, final double ylo, final double yhi) {
            this.n = n;
            this.plotW = plotW;
            this.plotH = plotH;
            this.ylo = ylo;
            this.yhi = yhi;
        }

        double x(final int i) {
            return LEFT + (n <= 1 ? 0 : plotW * i / (n - 1));
        }

        double y(final double t) {
            return TOP + plotH * (1 - (t - ylo) / (yhi - ylo));
        }
    }

    /** The SVG path of a series: min and max per half pixel, in order; a new sub-path after a gap. */
    private String path(final double[] v, final Mapper xy, final boolean fill, final double base) {
        final StringBuilder d = new StringBuilder(v.length * 4);
        int bucket = Integer.MIN_VALUE;
        int iMin = -1;
        int iMax = -1;
        boolean open = false;
        double firstX = 0;
        double lastX = 0;
        for (int i = 0; i <= v.length; i++) {
            final boolean ok = i < v.length && Double.isFinite(v[i]) && (!log || v[i] > 0);
            final int b = i < v.length ? (int) Math.floor(xy.x(i) * 2) : Integer.MAX_VALUE;
            if ((b != bucket || !ok) && iMin >= 0) {
                final int a = Math.min(iMin, iMax);
                final int c = Math.max(iMin, iMax);
                for (int j : a == c ? new int[] {a} : new int[] {a, c}) {
                    final double x = xy.x(j);
                    d.append(open ? 'L' : 'M').append(fmt(x)).append(',').append(fmt(xy.y(clamp(tr(v[j]), xy))));
                    if (!open) {
                        firstX = x;
                    }
                    lastX = x;
                    open = true;
                }
                iMin = -1;
                iMax = -1;
            }
            if (!ok) {
                if (open && fill) {
                    d.append('L').append(fmt(lastX)).append(',').append(fmt(base)).append('L').append(fmt(firstX))
                            .append(',').append(fmt(base)).append('Z');
                }
                open = false;
                continue;
            }
            bucket = b;
            if (iMin < 0 || v[i] < v[iMin]) {
                iMin = i;
            }
            if (iMax < 0 || v[i] > v[iMax]) {
                iMax = i;
            }
        }
        return d.toString();
    }

    private static double clamp(final double t, final Mapper xy) {
        return Math.max(xy.ylo, Math.min(xy.yhi, t));
    }

    private String yLabel(final double v) {
        if (percent) {
            final double p = 100 * v;
            return (Math.abs(p - Math.rint(p)) < 1e-9 ? String.format(Locale.ROOT, "%.0f", p)
                    : String.format(Locale.ROOT, "%.1f", p)) + "%";
        }
        return ReportText.f(Math.abs(v) < 1e-12 ? 0.0 : v);
    }

    private List<Double> yTicks(final double lo, final double hi) {
        final List<Double> t = new ArrayList<>();
        if (log && hi / lo > 20) {
            for (int e = (int) Math.floor(Math.log10(lo)); e <= (int) Math.ceil(Math.log10(hi)); e++) {
                for (int m : new int[] {1, 2, 5}) {
                    final double v = m * Math.pow(10, e);
                    if (v >= lo && v <= hi) {
                        t.add(v);
                    }
                }
            }
            return t;
        }
        final double step = niceStep((hi - lo) / 5);
        for (double v = Math.ceil(lo / step) * step; v <= hi + 1e-12 * step; v += step) {
            t.add(Math.rint(v / step) * step);
        }
        return t;
    }

    private static double niceStep(final double raw) {
        final double p = Math.pow(10, Math.floor(Math.log10(raw)));
        final double m = raw / p;
        return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * p;
    }

    /** x ticks: the first row of each year when times are ISO dates (thinned), else evenly spaced rows. */
    private List<Integer> xTicks(final int n, final double plotW) {
        final List<Integer> t = new ArrayList<>();
        if (n == 0) {
            return t;
        }
        int longest = 4;
        for (int i = 0; i < n; i += Math.max(1, n / 50)) {
            longest = Math.max(longest, xLabel(i).length());
        }
        longest = Math.max(longest, xLabel(n - 1).length());
        // end labels are anchored inside the picture, so their neighbours need 1.5 label widths
        final int maxTicks = Math.max(2, (int) (plotW / Math.max(70, (isoDates() ? 1.0 : 1.5) * 6.6 * longest + 16)));
        if (isoDates()) {
            final List<Integer> years = new ArrayList<>();
            String prev = null;
            for (int i = 0; i < n; i++) {
                final String y = times[i].substring(0, 4);
                if (!y.equals(prev)) {
                    years.add(i);
                    prev = y;
                }
            }
            if (years.size() >= 3) {
                final int every = (years.size() + maxTicks - 1) / maxTicks;
                for (int k = 0; k < years.size(); k++) {
                    final int yr = Integer.parseInt(times[years.get(k)].substring(0, 4));
                    if (yr % every == 0) {
                        t.add(years.get(k));
                    }
                }
                return t;
            }
        }
        final int ticks = Math.min(maxTicks, n);
        for (int k = 0; k < ticks; k++) {
            t.add((int) Math.round((double) k * (n - 1) / Math.max(1, ticks - 1)));
        }
        return t;
    }

    private boolean isoDates() {
        for (String s : new String[] {times[0], times[times.length - 1]}) {
            if (s.length() < 10 || !s.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
                return false;
            }
        }
        return true;
    }

    private String xLabel(final int i) {
        final String s = times[i];
        if (isoDates()) {
            return years() ? s.substring(0, 4) : s.substring(0, 10);
        }
        return s.length() > 16 ? s.substring(0, 16) : s;
    }

    private boolean years() {
        return isoDates() && !times[0].substring(0, 4).equals(times[times.length - 1].substring(0, 4))
                && Integer.parseInt(times[times.length - 1].substring(0, 4)) - Integer.parseInt(times[0].substring(0, 4)) >= 2;
    }

    static String fmt(final double v) {
        final double r = Math.rint(v * 10) / 10;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
