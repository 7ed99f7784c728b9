package io.talebian.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CsvSeriesReaderTest {

    /** The embedded sample, relative to the repository root (tests run in java/core). */
    static final Path SP500 = Path.of("../../java/cli/src/main/resources/data/sp500-2000.csv");

    private static PriceSeries read(String csv) throws IOException {
        return new CsvSeriesReader().read(new StringReader(csv), "t.csv");
    }

    private static SeriesFormatException bad(CsvSeriesReader r, String csv) {
        return assertThrows(SeriesFormatException.class, () -> r.read(new StringReader(csv), "t.csv"));
    }

    @Test
    void readsTheSp500Sample() throws IOException {
        assertTrue(Files.exists(SP500), "sample missing at " + SP500.toAbsolutePath());
        final PriceSeries s = new CsvSeriesReader().read(SP500);
        assertEquals(5105, s.size());
        assertEquals("date", s.timeColumn());
        assertEquals("close", s.priceColumn());
        assertEquals("volume", s.volumeColumn());
        assertEquals("2000-01-03", s.times()[0]);
        assertEquals(1455.219971, s.prices()[0]);
        assertEquals(931800000.0, s.volumes()[0]);
        assertEquals("2020-04-17", s.times()[s.size() - 1]);
        assertEquals(2, s.line(0));
        assertEquals(TimeValues.DAY_MILLIS, s.medianSpacingMillis());
        assertTrue(s.isDailyOrCoarser());
        assertEquals(5104, s.logReturns().length);
        assertEquals(Math.log(1399.420044 / 1455.219971), s.logReturns()[0], 1e-15);
    }

    @Test
    void priceColumnByNamePriorityAndOverride() throws IOException {
        final String csv = "Date,Open,Adj Close,Close\n2020-01-01,1,2,3\n2020-01-02,1,2,4\n";
        assertEquals("Close", read(csv).priceColumn());
        final PriceSeries adj = new CsvSeriesReader().priceColumn("adjclose").read(new StringReader(csv), "t.csv");
        assertEquals("Adj Close", adj.priceColumn());
        assertArrayEquals(new double[] {2, 2}, adj.prices());
        final PriceSeries open = new CsvSeriesReader().priceColumn("OPEN").read(new StringReader(csv), "t.csv");
        assertEquals("Open", open.priceColumn());
        assertFalse(open.hasVolume());
    }

    @Test
    void onlyOtherNumericColumnIsThePrice() throws IOException {
        final PriceSeries s = read("when,symbol,value,size\n1385337600,BTC,800.5,0.1\n1385337613,BTC,801,0.2\n");
        assertEquals("when", s.timeColumn());
        assertEquals("value", s.priceColumn());
        assertEquals("size", s.volumeColumn());
        assertEquals(1385337613000L, s.epochMillis()[1]);
        assertEquals(13000.0, s.medianSpacingMillis());
        assertFalse(s.isDailyOrCoarser());
    }

    @Test
    void bitstampLayout() throws IOException {
        final PriceSeries s = read("timestamp,price,amount\n1385337600,800.01,0.1\n1385337613,800.05,0.27\n");
        assertEquals("timestamp", s.timeColumn());
        assertEquals("price", s.priceColumn());
        assertEquals("amount", s.volumeColumn());
        assertEquals("1385337600", s.times()[0]);
    }

    @Test
    void timeColumnByNameAnywhere() throws IOException {
        final PriceSeries s = read("close,time\n10,2020-01-01T10:00:00Z\n11,2020-01-01 10:05:00\n");
        assertEquals("time", s.timeColumn());
        assertEquals(300_000L, s.epochMillis()[1] - s.epochMillis()[0]);
        assertEquals("2020-01-01 10:05:00", s.times()[1]);
    }

    @Test
    void headerlessAndQuotedAndSemicolons() throws IOException {
        final PriceSeries h = read("1,100\n2,101\n3,99\n");
        assertEquals("1", h.timeColumn());
        assertEquals("2", h.priceColumn());
        assertEquals(3, h.size());
        final PriceSeries q = read("\"date\",name,\"close\"\n\"2020-01-01\",\"Acme, \"\"Inc\"\"\",\"15\"\n");
        assertEquals(15.0, q.prices()[0]);
        final PriceSeries semi = read("date;close\n2020-01-01;10\n\n2020-01-02;11\n");
        assertEquals(2, semi.size());
        assertEquals(4, semi.line(1));
    }

    @Test
    void aLoneColumnIsThePriceWithRowsNumbered() throws IOException {
        final PriceSeries s = read("close\n10\n11\n12\n");
        assertEquals("row", s.timeColumn());
        assertEquals("close", s.priceColumn());
        assertArrayEquals(new String[] {"1", "2", "3"}, s.times());
        assertArrayEquals(new double[] {10, 11, 12}, s.prices());
        assertEquals(3, read("100\n101\n102\n").size());
        assertEquals("2", read("100\n101\n102\n").times()[1]);
    }

    @Test
    void unparseableTimesAreKeptAsWritten() throws IOException {
        final PriceSeries s = read("date,close\nmonday,1\ntuesday,2\n");
        assertEquals("tuesday", s.times()[1]);
        assertEquals(TimeValues.UNPARSED, s.epochMillis()[1]);
        assertTrue(Double.isNaN(s.medianSpacingMillis()));
    }

    @Test
    void errorsNameFileLineColumnAndValue() {
        final CsvSeriesReader r = new CsvSeriesReader();
        SeriesFormatException e = bad(r, "date,close\n2020-01-01,10\n2020-01-02,abc\n");
        assertEquals("t.csv: line 3, column close: value \"abc\" is not a number", e.getMessage());
        assertEquals(3, e.line());
        assertEquals("close", e.column());
        assertEquals("abc", e.value());
        e = bad(r, "date,close\n2020-01-01,-5\n");
        assertEquals("t.csv: line 2, column close: value \"-5\" is not a price: it must be > 0", e.getMessage());
        e = bad(r, "date,close\n2020-01-01,NaN\n");
        assertEquals("NaN", e.value());
        e = bad(r, "date,close\n2020-01-01,Infinity\n");
        assertEquals("Infinity", e.value());
        e = bad(r, "date,close\n2020-01-01,\n");
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
        e = bad(r, "date,close,volume\n2020-01-01,1,-3\n");
        assertEquals("volume", e.column());
        e = bad(r, "date,close\n2020-01-01,1,2\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("3 fields"), e.getMessage());
        e = bad(r, "date,close\n2020-01-02,1\n2020-01-01,2\n");
        assertTrue(e.getMessage().contains("goes back in time"), e.getMessage());
        e = bad(r, "");
        assertNull(e.column());
        e = bad(r, "date,close\n");
        assertTrue(e.getMessage().contains("no data rows"), e.getMessage());
        e = bad(r, "date,a,b\n2020-01-01,1,2\n");
        assertTrue(e.getMessage().contains("--price-column"), e.getMessage());
        e = bad(new CsvSeriesReader().priceColumn("nope"), "date,close\n2020-01-01,1\n");
        assertEquals("nope", e.column());
        assertTrue(e.getMessage().contains("date, close"), e.getMessage());
    }

    @Test
    void epochUnitsFollowMagnitude() {
        assertEquals(1_000L, TimeValues.parseEpochMillis("1"));
        assertEquals(1678730699999L, TimeValues.parseEpochMillis("1678730699999"));
        assertEquals(1678730699999L, TimeValues.parseEpochMillis("1678730699999000"));
        assertEquals(1678730699999L, TimeValues.parseEpochMillis("1678730699999000000"));
        assertEquals(1500L, TimeValues.parseEpochMillis("1.5"));
        assertEquals(18262L * TimeValues.DAY_MILLIS, TimeValues.parseEpochMillis("2020-01-01"));
        assertEquals(18262L * TimeValues.DAY_MILLIS - 3_600_000L, TimeValues.parseEpochMillis("2020-01-01T00:00:00+01:00"));
        assertEquals(TimeValues.UNPARSED, TimeValues.parseEpochMillis("yesterday"));
    }
}
