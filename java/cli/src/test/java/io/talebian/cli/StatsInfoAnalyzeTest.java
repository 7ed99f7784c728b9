package io.talebian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talebian.cli.CliTestSupport.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsInfoAnalyzeTest {
    @TempDir
    Path dir;

    private Path csv(final String name, final String text) throws IOException {
        final Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static void assertOneCleanErrorLine(final Result r, final String expected) {
        assertEquals(Main.EXIT_BAD_INPUT, r.code(), r.err());
        assertEquals("talebian: error: " + expected + System.lineSeparator(), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void statsOnTheEmbeddedSample() {
        final Result r = CliTestSupport.run("stats");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("n                5105"), r.out());
        assertTrue(r.out().contains("min              676.530029"), r.out());
        assertTrue(r.out().contains("max              3386.149902"), r.out());
        assertTrue(r.out().contains("backend          "), r.out());
    }

    @Test
    void statsOfReturnsAsJsonOnJava() {
        final Result r = CliTestSupport.run("stats", "--returns", "--json", "--backend", "java");
        assertEquals(0, r.code(), r.err());
        final String o = r.out().trim();
        assertTrue(o.startsWith("{\"source\":\"sp500-2000.csv (embedded S&P 500 sample)\""), o);
        assertTrue(o.contains("\"n\":5104"), o);
        assertTrue(o.contains("\"min\":" + Math.log(2386.129883 / 2711.020020)), o);
        assertTrue(o.contains("\"backend\":\"java\""), o);
        assertEquals(1, r.out().split("\n").length);
    }

    @Test
    void statsOfAColumnThatIsNotAPrice() throws IOException {
        final Path p = csv("r.csv", "date,ret\n2020-01-01,-0.5\n2020-01-02,0.5\n2020-01-03,1.5\n");
        final Result r = CliTestSupport.run("stats", "--input", p.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"mean\":0.5,\"sd\":1.0,\"skewness\":0.0"), r.out());
        // ... but its log returns need positive prices.
        final Result bad = CliTestSupport.run("stats", "--input", p.toString(), "--returns");
        assertOneCleanErrorLine(bad, p + ": line 2, column ret: value \"-0.5\" is not a price: it must be > 0");
    }

    @Test
    void jsonBarsAreReadWhenTheNameEndsInJson() throws IOException {
        final Path p = csv("eth.json", "{\"ohlc\": [\n{\"endTime\": 1678730699999, \"closePrice\": 100},\n"
                + "{\"endTime\": 1678730999999, \"closePrice\": 110},\n{\"endTime\": 1678731299999, \"closePrice\": 99}]}");
        final Result r = CliTestSupport.run("stats", "--input", p.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"column\":\"closePrice\",\"returns\":false,\"n\":3,\"mean\":103.0"), r.out());
        final Path bad = csv("bad.json", "{\"ohlc\": [\n{\"endTime\": 1, \"closePrice\": \"x\"}]}");
        assertOneCleanErrorLine(CliTestSupport.run("stats", "--input", bad.toString()),
                bad + ": line 2, column closePrice: value \"x\" is not a number");
    }

    @Test
    void everyBackendTheJvmHasGivesTheSameMoments() {
        final Result info = CliTestSupport.run("info", "--json");
        assertEquals(0, info.code(), info.err());
        final String ref = CliTestSupport.run("stats", "--returns", "--json", "--backend", "java").out();
        for (String b : new String[] {"jni", "ffm", "vector", "auto"}) {
            if (b.equals("auto") || info.out().contains("\"" + b + "\"") && !info.out().contains("\"" + b + "\":\"")) {
                final Result r = CliTestSupport.run("stats", "--returns", "--json", "--backend", b);
                assertEquals(0, r.code(), b + ": " + r.err());
                final double want = Double.parseDouble(field(ref, "excess_kurtosis"));
                final double got = Double.parseDouble(field(r.out(), "excess_kurtosis"));
                assertEquals(want, got, 1e-9 * Math.abs(want), b);
            }
        }
    }

    static String field(final String json, final String name) {
        final int i = json.indexOf("\"" + name + "\":") + name.length() + 3;
        int j = i;
        while (j < json.length() && ",}".indexOf(json.charAt(j)) < 0) {
            j++;
        }
        return json.substring(i, j);
    }

    @Test
    void badInputIsOneLineWithExitCode2() throws IOException {
        final Path p = csv("bad.csv", "date,close\n2020-01-01,10\n2020-01-02,abc\n");
        assertOneCleanErrorLine(CliTestSupport.run("stats", "--input", p.toString()),
                p + ": line 3, column close: value \"abc\" is not a number");
        assertOneCleanErrorLine(CliTestSupport.run("analyze", "--input", p.toString()),
                p + ": line 3, column close: value \"abc\" is not a number");
        assertOneCleanErrorLine(CliTestSupport.run("stats", "--input", dir.resolve("none.csv").toString()),
                "cannot read " + dir.resolve("none.csv") + ": no such file");
        assertOneCleanErrorLine(CliTestSupport.run("stats", "--backend", "gpu"),
                "backend=gpu is not one of java, vector, jni, ffm, auto");
        final Result col = CliTestSupport.run("stats", "--price-column", "nope");
        assertEquals(2, col.code());
        assertTrue(col.err().contains("column nope") && col.err().contains("date, open, high, low, close"), col.err());
        final Path tiny = csv("tiny.csv", "date,close\n2020-01-01,10\n2020-01-02,11\n");
        assertEquals(2, CliTestSupport.run("analyze", "--input", tiny.toString()).code());
    }

    @Test
    void verboseShowsTheStackTrace() throws IOException {
        final Path p = csv("bad.csv", "date,close\n2020-01-01,10\n2020-01-02,abc\n");
        final Result r = CliTestSupport.run("stats", "--verbose", "--input", p.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("\tat io.talebian.data.CsvSeriesReader"), r.err());
    }

    @Test
    void noCommandIsAUsageErrorAndHelpIsNot() {
        final Result r = CliTestSupport.run();
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("talebian: error: a command is needed"), r.err());
        final Result h = CliTestSupport.run("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("assess") && h.out().contains("analyze"), h.out());
        assertEquals(0, CliTestSupport.run("assess", "--help").code());
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCode2() {
        final Result r = CliTestSupport.run("stats", "--frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
    }

    @Test
    void infoReportsJdkNativeAndBackends() {
        final Result t = CliTestSupport.run("info");
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().startsWith("talebian 0.1.0"), t.out());
        assertTrue(t.out().contains("java       " + Runtime.version()), t.out());
        assertTrue(t.out().contains("native     "), t.out());
        assertTrue(t.out().contains("backends   java"), t.out());
        final Result j = CliTestSupport.run("info", "--json");
        assertTrue(j.out().contains("\"feature\":" + Runtime.version().feature()), j.out());
        assertTrue(j.out().contains("\"available\":[\"java\""), j.out());
        assertTrue(j.out().contains("\"loaded\":"), j.out());
        if (Runtime.version().feature() < 22) {
            assertFalse(j.out().contains("\"ffm\"]"), "no FFM on JDK " + Runtime.version().feature());
            assertTrue(j.out().contains("\"ffm\":\"the FFM backend needs JDK 22+"), j.out());
        }
    }

    @Test
    void analyzeTextAndJson() {
        final Result t = CliTestSupport.run("analyze");
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("56.78% from 2007-10-09 to 2009-03-09, recovered 2013-03-28"), t.out());
        assertTrue(t.out().contains("Taleb's kappa(1, 30)"), t.out());
        assertTrue(t.out().contains("historical ES is"), t.out());
        final Result j = CliTestSupport.run("analyze", "--json", "--levels", "0.99", "--backend", "java");
        assertEquals(0, j.code(), j.err());
        final String o = j.out();
        assertTrue(o.contains("\"peak_time\":\"2007-10-09\""), o);
        assertTrue(o.contains("\"returns\":5104"), o);
        assertTrue(o.contains("\"historical\":[{\"level\":0.99,"), o);
        assertFalse(o.contains("NaN") || o.contains("Infinity"), o);
        assertTrue(o.contains("\"cornish_fisher_valid\":false"), o);
    }

    @Test
    void jsonWriterNullsNonFiniteNumbersAndEscapes() {
        final String s = new Json().beginObject().field("a", Double.NaN).field("b", Double.POSITIVE_INFINITY)
                .field("c", 0.1).field("d", "x\"y\n").name("e").beginArray().value(1L).value(2.5).endArray()
                .endObject().toString();
        assertEquals("{\"a\":null,\"b\":null,\"c\":0.1,\"d\":\"x\\\"y\\n\",\"e\":[1,2.5]}", s);
    }
}
