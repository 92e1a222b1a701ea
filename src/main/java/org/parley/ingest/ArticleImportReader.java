package org.parley.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads import documents from JSON, strictly: a misspelt field fails instead of being dropped. */
@ApplicationScoped
public class ArticleImportReader {

    private final ObjectReader reader;

    public ArticleImportReader(ObjectMapper mapper) {
        this.reader = mapper.readerFor(ArticleImport.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** @param source names the document in errors */
    public ArticleImport read(InputStream json, String source) {
        try {
            return reader.readValue(json);
        } catch (JacksonException e) {
            String at = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new InvalidImportException(source + " is not a valid import document" + at + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
    }
}
