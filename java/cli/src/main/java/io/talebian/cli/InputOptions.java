package io.talebian.cli;

import io.talebian.data.CsvSeriesReader;
import io.talebian.data.JsonSeriesReader;
import io.talebian.data.PriceSeries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --input and --price-column, shared by the commands; the default input is the embedded sample. */
final class InputOptions {
    /** Classpath location of the embedded S&amp;P 500 sample. */
    static final String SAMPLE_RESOURCE = "/data/sp500-2000.csv";
    /** How the embedded sample is named in output and errors. */
    static final String SAMPLE_NAME = "sp500-2000.csv (embedded S&P 500 sample)";

    @Option(names = "--input", paramLabel = "FILE",
            description = "CSV price file, or JSON bars if the name ends in .json "
                    + "(default: the embedded S&P 500 daily sample, 2000-2020).")
    Path input;

    @Option(names = "--price-column", paramLabel = "NAME",
            description = "Column to read prices from (default: close, price, adjclose or last, "
                    + "else the only other numeric column).")
    String priceColumn;

    /** Reads the series; prices must be &gt; 0 unless {@code anyFinite}. */
    PriceSeries read(final boolean anyFinite) throws IOException {
        final CsvSeriesReader reader = new CsvSeriesReader().priceColumn(priceColumn).anyFiniteValue(anyFinite);
        if (input == null) {
            try (InputStream in = InputOptions.class.getResourceAsStream(SAMPLE_RESOURCE)) {
                if (in == null) {
                    throw new IOException("the embedded sample " + SAMPLE_RESOURCE + " is missing from the class path");
                }
                return reader.read(in, SAMPLE_NAME);
            }
        }
        if (!Files.exists(input)) {
            throw new NoSuchFileException(input.toString(), null, "no such file");
        }
        if (Files.isDirectory(input)) {
            throw new IOException(input + ": is a directory, not a CSV file");
        }
        if (input.getFileName() != null && input.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".json")) {
            return new JsonSeriesReader().priceField(priceColumn).read(input);
        }
        return reader.read(input);
    }
}
