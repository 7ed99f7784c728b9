package io.talebian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talebian.cli.CliTestSupport.Result;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class BacktestCommandTest {
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @TempDir
    Path dir;

    private static void assertOneCleanErrorLine(final Result r, final String expectedStart) {
        assertEquals(Main.EXIT_BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().startsWith("talebian: error: " + expectedStart), r.err());
        assertEquals(1, r.err().split("\n").length, r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void textOnTheEmbeddedSample() {
        final Result r = CliTestSupport.run("backtest");
        assertEquals(0, r.code(), r.err());
        final String o = r.out();
        assertTrue(o.startsWith("Talebian backtest of the sizing: sp500-2000.csv (embedded S&P 500 sample)"), o);
        assertTrue(o.contains("5105 rows, 2000-01-03 .. 2020-04-17"), o);
        assertTrue(o.contains("window 252 (for daily data)"), o);
        assertTrue(o.contains("annualised with 252 periods per year"), o);
        for (String k : new String[] {"CAGR", "volatility (annual)", "Sharpe (annual)", "Sortino (annual)",
            "max drawdown", "worst period", "mean size", "periods invested"}) {
            assertTrue(o.contains("  " + k + " "), k + "\n" + o);
        }
        // buy-and-hold: 2007-10-09 .. 2009-03-09, 56.78%; worst day 2020-03-16
        assertTrue(o.contains("56.78%"), o);
        assertTrue(o.contains("2007-10-09 .. 2009-03-09"), o);
        assertTrue(o.contains("2020-03-16"), o);
        assertFalse(o.contains("n/a"), o);
        assertEquals("", r.err());
    }

    @Test
    void jsonHasTheFields() {
        final Result r = CliTestSupport.run("backtest", "--json", "--preset", "conservative");
        assertEquals(0, r.code(), r.err());
        final String o = r.out().trim();
        assertEquals(1, r.out().split("\n").length);
        assertTrue(o.startsWith("{\"source\":\"sp500-2000.csv (embedded S&P 500 sample)\""), o);
        for (String f : new String[] {"\"rows\":5105", "\"preset\":\"conservative\"", "\"window\":252",
            "\"periods_per_year\":252.0", "\"warm_up_end_row\":60", "\"warm_up_end_time\":\"2000-03-29\"",
            "\"sizing\":{\"periods\":5104,", "\"buy_and_hold\":{\"periods\":5104,", "\"cagr\":", "\"volatility\":",
            "\"sharpe\":", "\"sortino\":", "\"max_drawdown\":{\"value\":", "\"peak_time\":\"2007-10-09\"",
            "\"worst_period\":{\"return\":", "\"to_time\":\"2020-03-16\"", "\"exposure\":{\"mean_size\":",
            "\"fraction_invested\":1.0", "\"final_equity\":"}) {
            assertTrue(o.contains(f), f + "\n" + o);
        }
        for (String f : new String[] {"cagr", "volatility", "sharpe", "sortino", "value", "return", "mean_size"}) {
            assertFalse(o.contains("\"" + f + "\":null"), f + "\n" + o);
        }
        // deterministic
        assertEquals(r.out(), CliTestSupport.run("backtest", "--json", "--preset", "conservative").out());
    }

    @Test
    void periodsPerYearOverride() {
        final Result r = CliTestSupport.run("backtest", "--json", "--periods-per-year", "250");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"periods_per_year\":250.0,\"annualisation\":\"given\""), r.out());
    }

    private static Document parse(final String xml) throws Exception {
        final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        final DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void htmlReportIsWrittenAndWellFormed() throws Exception {
        final Path html = dir.resolve("report.html");
        final Result r = CliTestSupport.run("backtest", "--html", html.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("HTML report: " + html), r.out());
        final String text = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<!DOCTYPE html>"), text.substring(0, 40));
        // self-contained: no scripts, no external resources (only the XML namespace names are URLs)
        final String lower = text.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "script");
        assertFalse(lower.contains("<link"), "link");
        assertFalse(lower.contains("@import") || lower.contains("url("), "css import");
        assertEquals(text.split("http://www.w3.org/").length - 1, text.split("://").length - 1, "URLs other than xmlns");

        final Document d = parse(text);
        assertEquals("html", d.getDocumentElement().getLocalName());
        assertTrue(d.getElementsByTagNameNS(XHTML, "title").item(0).getTextContent()
                .contains("sp500-2000.csv (embedded S&P 500 sample)"));
        final NodeList svgs = d.getElementsByTagNameNS(SVG, "svg");
        assertEquals(4, svgs.getLength(), "equity, drawdown, size, black swan");
        final NodeList paths = d.getElementsByTagNameNS(SVG, "path");
        int series = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            final Element p = (Element) paths.item(i);
            if ("series".equals(p.getAttribute("class"))) {
                series++;
                final String dd = p.getAttribute("d");
                assertTrue(dd.startsWith("M"), dd.substring(0, Math.min(20, dd.length())));
                assertTrue(dd.split("L").length > 500, "a dense path: " + dd.length());
                assertFalse(dd.contains("NaN") || dd.contains("Infinity"), "finite coordinates");
            }
        }
        assertEquals(6, series, "2 equity + 2 drawdown + size + black swan");
        for (String id : new String[] {"metrics", "analytics", "config"}) {
            boolean found = false;
            final NodeList tables = d.getElementsByTagNameNS(XHTML, "table");
            for (int i = 0; i < tables.getLength(); i++) {
                found |= id.equals(((Element) tables.item(i)).getAttribute("id"));
            }
            assertTrue(found, id);
        }
        final String all = d.getDocumentElement().getTextContent();
        for (String s : new String[] {"Equity, log scale", "Drawdown", "Recommended position size",
            "Black swan probability", "Batch analytics of the series", "Taleb's kappa", "Hill tail index",
            "kelly_max_fraction", "preset=aggressive", "No transaction costs", "2007-10-09 .. 2009-03-09",
            "56.78%"}) {
            assertTrue(all.contains(s), s);
        }
    }

    @Test
    void htmlEscapesEverythingFromTheInput() throws Exception {
        final StringBuilder csv = new StringBuilder("stamp,close\n");
        double p = 100;
        final java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        for (int i = 0; i < 120; i++) {
            p *= Math.exp(0.02 * (rnd.nextDouble() - 0.5));
            csv.append("<i>\"t").append(i).append("\"&amp;'</i>,").append(p).append('\n');
        }
        final Path in = dir.resolve("we<ird>&name.csv");
        Files.writeString(in, csv);
        final Path html = dir.resolve("r.html");
        final Result r = CliTestSupport.run("backtest", "--input", in.toString(), "--html", html.toString(),
                "--window", "64");
        assertEquals(0, r.code(), r.err());
        final String text = Files.readString(html);
        assertFalse(text.contains("<i>"), "input markup must not pass through");
        assertFalse(text.contains("we<ird>"), "file name escaped");
        assertTrue(text.contains("we&lt;ird&gt;&amp;name.csv"));
        final Document d = parse(text);
        assertTrue(d.getDocumentElement().getTextContent().contains("<i>t0&amp;'</i>"), "shown as read");
        assertTrue(r.out().contains("times not parsed: 252 periods per year assumed"), r.out());
    }

    @Test
    void badOptionsAndInputAreOneLineErrors() throws IOException {
        assertOneCleanErrorLine(CliTestSupport.run("backtest", "--preset", "reckless"), "preset=reckless");
        assertOneCleanErrorLine(CliTestSupport.run("backtest", "--periods-per-year", "-3"), "--periods-per-year");
        final Path p = dir.resolve("short.csv");
        Files.writeString(p, "date,close\n2020-01-01,1\n2020-01-02,2\n");
        assertOneCleanErrorLine(CliTestSupport.run("backtest", "--input", p.toString()), p + ": 2 price rows");
        assertOneCleanErrorLine(CliTestSupport.run("backtest", "--input", dir.resolve("none.csv").toString()),
                "cannot read");
        final Path unwritable = dir.resolve("no-such-dir").resolve("r.html");
        assertOneCleanErrorLine(CliTestSupport.run("backtest", "--html", unwritable.toString()), "cannot write");
    }
}
