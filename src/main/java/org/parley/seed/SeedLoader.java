package org.parley.seed;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.ingest.ArticleImportReader;
import org.parley.ingest.ArticleImporter;
import org.parley.ingest.ImportResult;
import org.parley.persistence.AuditedEntity;

/**
 * Imports the shipped articles at start: the documents that {@code seed/index.txt} lists, from the
 * classpath (a packaged jar cannot list a folder). Importing matches what exists, so restarting
 * changes nothing.
 */
@ApplicationScoped
public class SeedLoader {

    static final String FOLDER = "seed/";
    static final String INDEX = FOLDER + "index.txt";

    private final ArticleImporter importer;
    private final ArticleImportReader reader;
    private final boolean enabled;

    public SeedLoader(ArticleImporter importer, ArticleImportReader reader,
            @ConfigProperty(name = "parley.seed.enabled") boolean enabled) {
        this.importer = importer;
        this.reader = reader;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            Log.info("Seed data not imported: parley.seed.enabled is false");
            return;
        }
        List<String> documents = documents();
        ImportResult total = ImportResult.empty();
        for (String document : documents) {
            total = total.plus(load(document));
        }
        Log.infof("Seed data: %d document(s) of %s imported: %s", documents.size(), INDEX, total);
    }

    /** Imports one document of the seed folder. */
    public ImportResult load(String document) {
        try (InputStream json = open(FOLDER + document)) {
            return importer.importArticle(reader.read(json, FOLDER + document), AuditedEntity.SYSTEM);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FOLDER + document, e);
        }
    }

    /** The file names the index lists, without blank lines and # comments. */
    public List<String> documents() {
        try (BufferedReader index = new BufferedReader(new InputStreamReader(open(INDEX), StandardCharsets.UTF_8))) {
            return index.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + INDEX, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream stream = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        return stream;
    }
}
