package io.talebian.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonSeriesReaderTest {
    /** The ta4j / Binance layout of the ETH 5-minute bars (first two bars of the real file). */
    static final String ETH = "{\n  \"name\": \"ETH/USD_PT5M@BinanceUS\",\n  \"ohlc\": [\n    {\n"
            + "      \"endTime\": 1678730699999,\n      \"openPrice\": 1673.58,\n      \"closePrice\": 1672.99,\n"
            + "      \"volume\": 65.3033,\n      \"amount\": 0.0\n    },\n    {\n"
            + "      \"endTime\": 1678730999999,\n      \"openPrice\": 1673.04,\n      \"closePrice\": 1670.41,\n"
            + "      \"volume\": 147.3332,\n      \"amount\": 0.0\n    }\n  ]\n}\n";

    @Test
    void readsTheTa4jBarLayout() {
        final PriceSeries s = new JsonSeriesReader().read(ETH, "eth.json");
        assertEquals(2, s.size());
        assertEquals("endTime", s.timeColumn());
        assertEquals("closePrice", s.priceColumn());
        assertEquals("volume", s.volumeColumn());
        assertArrayEquals(new String[] {"1678730699999", "1678730999999"}, s.times());
        assertEquals(1678730699999L, s.epochMillis()[0]);
        assertArrayEquals(new double[] {1672.99, 1670.41}, s.prices());
        assertArrayEquals(new double[] {65.3033, 147.3332}, s.volumes());
        assertEquals(4, s.line(0));
        assertEquals(300_000.0, s.medianSpacingMillis());
        assertFalse(s.isDailyOrCoarser());
        assertEquals("openPrice", new JsonSeriesReader().priceField("OPENPRICE").read(ETH, "eth.json").priceColumn());
    }

    @Test
    void topLevelArrayAndStringTimes() {
        final PriceSeries s = new JsonSeriesReader().read(
                "[{\"date\":\"2020-01-01\",\"close\":\"10.5\"},{\"date\":\"2020-01-02\",\"close\":11}]", "a.json");
        assertEquals("2020-01-02", s.times()[1]);
        assertEquals(10.5, s.prices()[0]);
        assertFalse(s.hasVolume());
    }

    @Test
    void errorsNameFileLineFieldAndValue() {
        SeriesFormatException e = assertThrows(SeriesFormatException.class, () -> new JsonSeriesReader()
                .read(ETH.replace("1670.41", "-1"), "eth.json"));
        assertEquals("eth.json: line 11, column closePrice: value \"-1.0\" is not a price: it must be > 0", e.getMessage());
        e = assertThrows(SeriesFormatException.class, () -> new JsonSeriesReader()
                .read(ETH.replace("147.3332", "\"lots\""), "eth.json"));
        assertEquals("volume", e.column());
        assertEquals("lots", e.value());
        e = assertThrows(SeriesFormatException.class, () -> new JsonSeriesReader().read("{\"ohlc\": [", "x.json"));
        assertTrue(e.getMessage().contains("is not valid JSON"), e.getMessage());
        e = assertThrows(SeriesFormatException.class, () -> new JsonSeriesReader().read("{\"x\": 1}", "x.json"));
        assertTrue(e.getMessage().contains("no array of bars"), e.getMessage());
    }
}
