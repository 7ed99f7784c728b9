package io.talebian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talebian.cli.CliTestSupport.Result;
import io.talebian.engine.AssessmentField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonLinesOnStdoutForTheEmbeddedSample() {
        final Result r = CliTestSupport.run("assess");
        assertEquals(0, r.code(), r.err());
        final String[] lines = r.out().split("\n");
        assertEquals(5104, lines.length);
        assertTrue(lines[0].startsWith("{\"time\":\"2000-01-04\",\"sequence\":1,"), lines[0]);
        assertTrue(lines[5103].startsWith("{\"time\":\"2020-04-17\","), lines[5103]);
        for (AssessmentField f : AssessmentField.values()) {
            assertTrue(lines[100].contains("\"" + f.id() + "\":"), f.id());
        }
        assertFalse(r.out().contains("NaN") || r.out().contains("Infinity"));
        // After warm-up (return 60 on) the swan probability is defined.
        assertTrue(lines[100].contains("\"warming_up\":false"), lines[100]);
        assertFalse(lines[100].contains("\"black_swan_probability\":null"), lines[100]);
        assertTrue(r.err().contains("assess: 5105 rows from sp500-2000.csv (embedded S&P 500 sample) -> 5104 records"
                + " on stdout (window 252 for daily data, preset aggressive"), r.err());
        assertTrue(r.err().contains("ticks/s") && r.err().contains("p50") && r.err().contains("p99"), r.err());
    }

    /** The header and the first 400 rows of the embedded sample, as a file (keeps the tests quick). */
    private Path sample400() throws IOException {
        final Path p = dir.resolve("sp500-400.csv");
        try (java.io.InputStream in = AssessCommandTest.class.getResourceAsStream(InputOptions.SAMPLE_RESOURCE)) {
            final List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines().limit(401).collect(java.util.stream.Collectors.toList());
            Files.write(p, lines);
        }
        return p;
    }

    @Test
    void csvAndJsonlFilesAreDeterministic() throws IOException {
        final String in = sample400().toString();
        final Path csv = dir.resolve("a.csv");
        final Path jsonl = dir.resolve("a.jsonl");
        final Path jsonl2 = dir.resolve("b.jsonl");
        assertEquals(0, CliTestSupport.run("assess", "--input", in, "--output", csv.toString()).code());
        assertEquals(0, CliTestSupport.run("assess", "--input", in, "--output", jsonl.toString()).code());
        assertEquals(0, CliTestSupport.run("assess", "--input", in, "--output", jsonl2.toString()).code());
        final List<String> rows = Files.readAllLines(csv);
        assertEquals(400, rows.size());
        assertTrue(rows.get(0).startsWith("time,sequence,timestamp,price,log_return,"), rows.get(0));
        assertEquals(AssessmentField.values().length + 1, rows.get(0).split(",").length);
        assertTrue(rows.get(1).startsWith("2000-01-04,1,946944000000,1399.420044,"), rows.get(1));
        assertEquals(Files.readString(jsonl), Files.readString(jsonl2));
        assertEquals(399, Files.readAllLines(jsonl).size());
    }

    @Test
    void presetWindowAndIntradayDefault() throws IOException {
        Result r = CliTestSupport.run("assess", "--input", sample400().toString(), "--preset", "conservative",
                "--window", "100", "--output", dir.resolve("c.jsonl").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("(window 100, preset conservative"), r.err());
        r = CliTestSupport.run("assess", "--input", sample400().toString(), "--set", "swan_horizon=10",
                "--set", "kelly_fraction=0.2", "--output", dir.resolve("s.jsonl").toString());
        assertEquals(0, r.code(), r.err());
        r = CliTestSupport.run("assess", "--set", "no_such_field=1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no_such_field"), r.err());
        assertEquals(2, CliTestSupport.run("assess", "--set", "window").code());
        final StringBuilder sb = new StringBuilder("timestamp,price,amount\n");
        for (int i = 0; i < 200; i++) {
            sb.append(1385337600 + 13 * i).append(',').append(800 + Math.sin(i) * 5).append(",0.5\n");
        }
        final Path ticks = dir.resolve("ticks.csv");
        Files.writeString(ticks, sb.toString());
        r = CliTestSupport.run("assess", "--input", ticks.toString(), "--output", dir.resolve("t.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("(window 1024 for intraday data"), r.err());
        assertTrue(Files.readAllLines(dir.resolve("t.csv")).get(1).startsWith("1385337613,1,1385337613000,"));
    }

    @Test
    void badUsageAndInputExitWith2() throws IOException {
        Result r = CliTestSupport.run("assess", "--output", dir.resolve("x.txt").toString());
        assertEquals(2, r.code());
        assertEquals("talebian: error: --output " + dir.resolve("x.txt") + ": the name must end in .jsonl or .csv"
                + System.lineSeparator(), r.err());
        r = CliTestSupport.run("assess", "--preset", "reckless");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("talebian: error: preset=reckless is not one of"), r.err());
        r = CliTestSupport.run("assess", "--window", "1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("window"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        final Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "date,close\n2020-01-01,1\n2020-01-02,0\n");
        r = CliTestSupport.run("assess", "--input", bad.toString());
        assertEquals(2, r.code());
        assertEquals("talebian: error: " + bad + ": line 3, column close: value \"0\" is not a price: it must be > 0"
                + System.lineSeparator(), r.err());
        assertEquals("", r.out());
        r = CliTestSupport.run("assess", "--output", dir.resolve("no/such/dir/x.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("talebian: error: cannot write "), r.err());
    }
}
