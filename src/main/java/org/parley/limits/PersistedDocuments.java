package org.parley.limits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Documents known by their SHA-256 hash. Apollo's automatic persisted queries: a request may carry
 * {@code extensions.persistedQuery.sha256Hash} instead of its {@code query}; an unknown hash is answered
 * {@code PersistedQueryNotFound}, after which the client sends the document with its hash once, and Parley keeps it
 * (in a store bounded by the memory the documents take, {@code parley.graphql.persisted-queries.store-size}).
 *
 * <p>With {@code parley.graphql.trusted-documents} set to a manifest of registered documents (Apollo's persisted
 * query manifest: {@code {"operations": [{"id": hash, "body": document}, ...]}}), only those run: a request gives
 * the hash of one, or the text of one; anything else is refused, and nothing new is kept.
 */
@ApplicationScoped
public class PersistedDocuments {

    private static final Logger LOG = Logger.getLogger(PersistedDocuments.class);
    /** A document's text weighs its characters, twice for the UTF-16 of a Java string. */
    private static final int BYTES_PER_CHARACTER = 2;

    /** What a request asks to run: its document, or why it cannot run. */
    public sealed interface Lookup {
    }

    /** The document to run, and whether it was found by its hash alone (the request carried no text). */
    public record Found(String document, boolean byHashOnly) implements Lookup {
    }

    /** A hash this server does not know: the client should send the document with it. */
    public record NotFound() implements Lookup {
    }

    /** A request that cannot run as sent, with the reason a person can act on. */
    public record Refused(String code, String message) implements Lookup {
    }

    private final boolean enabled;
    private final Cache<String, String> stored;
    private final Map<String, String> trusted;

    PersistedDocuments(ObjectMapper json,
            @ConfigProperty(name = "parley.graphql.persisted-queries.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "parley.graphql.persisted-queries.store-size", defaultValue = "4M") MemorySize storeSize,
            @ConfigProperty(name = "parley.graphql.trusted-documents") Optional<Path> trustedManifest) {
        this.enabled = enabled;
        this.stored = Caffeine.newBuilder().maximumWeight(storeSize.asLongValue())
                .<String, String> weigher((hash, document) -> (hash.length() + document.length()) * BYTES_PER_CHARACTER)
                .build();
        this.trusted = trustedManifest.map(path -> manifest(json, path)).orElse(null);
        if (trusted != null) {
            LOG.infof("Trusted documents only: %d registered in %s", trusted.size(), trustedManifest.get());
        }
    }

    /** Whether only the documents of a manifest run. */
    public boolean trustedOnly() {
        return trusted != null;
    }

    /**
     * The document a request runs, from its {@code query} (null when absent) and {@code extensions} (null when
     * absent).
     */
    public Lookup lookup(String query, Map<?, ?> extensions) {
        Object persisted = extensions == null ? null : extensions.get("persistedQuery");
        if (persisted == null) {
            if (trusted != null && (query == null || !trusted.containsKey(sha256(query)))) {
                return new Refused("DOCUMENT_NOT_TRUSTED", "This server runs only its registered documents; send"
                        + " the hash of one in extensions.persistedQuery.sha256Hash.");
            }
            return query == null ? new Refused("BAD_REQUEST", "The request has no `query`: send the GraphQL"
                    + " document as a string in `query`.") : new Found(query, false);
        }
        if (!(persisted instanceof Map<?, ?> fields)) {
            return new Refused("BAD_REQUEST", "`extensions.persistedQuery` must be an object with `version` and"
                    + " `sha256Hash`.");
        }
        if (!Integer.valueOf(1).equals(fields.get("version"))) {
            return new Refused("BAD_REQUEST", "Only version 1 of persisted queries is known: send"
                    + " `extensions.persistedQuery.version` 1.");
        }
        if (!(fields.get("sha256Hash") instanceof String given) || !given.matches("[0-9a-fA-F]{64}")) {
            return new Refused("BAD_REQUEST", "`extensions.persistedQuery.sha256Hash` must be the SHA-256 of the"
                    + " document, as 64 hexadecimal digits.");
        }
        String hash = given.toLowerCase(Locale.ROOT);
        if (query != null) {
            if (!sha256(query).equals(hash)) {
                return new Refused("BAD_REQUEST", "`extensions.persistedQuery.sha256Hash` is not the SHA-256 of the"
                        + " `query` sent with it; hash the document's exact text.");
            }
            if (trusted != null) {
                return trusted.containsKey(hash) ? new Found(query, false) : notTrusted();
            }
            if (enabled) {
                stored.put(hash, query);
            }
            return new Found(query, false);
        }
        String known = trusted != null ? trusted.get(hash) : enabled ? stored.getIfPresent(hash) : null;
        if (known != null) {
            return new Found(known, true);
        }
        if (trusted != null) {
            return notTrusted();
        }
        return enabled ? new NotFound()
                : new Refused("PERSISTED_QUERY_NOT_SUPPORTED", "Persisted queries are off on this server; send the"
                        + " document in `query`.");
    }

    private static Refused notTrusted() {
        return new Refused("DOCUMENT_NOT_TRUSTED", "No registered document has this hash; this server runs only"
                + " its registered documents.");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The documents of a manifest by hash; each hash must be its document's (a manifest is checked at start). */
    private static Map<String, String> manifest(ObjectMapper json, Path path) {
        JsonNode root;
        try {
            root = json.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException("parley.graphql.trusted-documents: cannot read " + path, e);
        }
        JsonNode operations = root == null ? null : root.get("operations");
        if (operations == null || !operations.isArray()) {
            throw new IllegalArgumentException("parley.graphql.trusted-documents: " + path + " must be a JSON object"
                    + " with an array `operations` of {\"id\": sha256, \"body\": document}");
        }
        Map<String, String> byHash = new HashMap<>();
        for (JsonNode operation : operations) {
            String body = operation.path("body").asText(null);
            String id = operation.path("id").asText("");
            if (body == null || !sha256(body).equals(id.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("parley.graphql.trusted-documents: in " + path + ", the operation"
                        + " with id '" + id + "' has no body whose SHA-256 is its id");
            }
            byHash.put(sha256(body), body);
        }
        return Map.copyOf(byHash);
    }
}
