package fr.cotation.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Reads the project's CSV data files (header line, comma-separated, UTF-8, lines starting with # ignored). */
public final class Csv {
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.ALLOW_COMMENTS);

    private Csv() {
    }

    /** Every row as a map from column name to value (empty string for an empty cell). */
    public static List<Map<String, String>> read(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("fichier de données introuvable : " + name);
        }
        try (in) {
            CsvSchema schema = CsvSchema.emptySchema().withHeader();
            MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class).with(schema).readValues(in);
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("fichier de données illisible : " + name + " : " + e.getMessage(), e);
        }
    }

    /** A classpath resource read with {@link #read}. */
    public static List<Map<String, String>> resource(Class<?> anchor, String path) {
        return read(anchor.getResourceAsStream(path), path);
    }
}
