package org.parley.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.graphql.BadUserInputException;

/**
 * Parses GraphQL documents within the token and character limits, and keeps the valid ones parsed and validated,
 * in a cache bounded by the memory they take ({@code parley.limits.document-cache-size}), not by their number: a
 * document that does not parse or validate is never kept, so junk cannot push useful documents out.
 */
@ApplicationScoped
public class Documents {

    /**
     * A parsed document, whether it is valid against the schema it was checked with, what is wrong with a value
     * written in it (null when nothing), and the costs of its operations when run without variables, measured once.
     */
    public record Checked(Document document, boolean valid, RuntimeException literalProblem,
            Map<String, QueryCost> costsWithoutVariables) {
    }

    /** A parsed document's tree takes many times its text; this is a generous estimate of how many. */
    private static final int BYTES_PER_CHARACTER = 40;

    private final RequestLimits limits;
    private final ParserOptions parserOptions;
    private final Cache<String, Checked> valid;
    private volatile GraphQLSchema checkedWith;

    Documents(RequestLimits limits) {
        this.limits = limits;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxTokens(limits.tokens())
                .maxCharacters(limits.characters())
                .maxWhitespaceTokens(limits.tokens() * 10)
                .maxRuleDepth(Math.max(limits.depth(), limits.introspection().depth()) * 4 + 20));
        // SmallRye GraphQL parses every document again (and every one that arrives over a WebSocket): the same bounds
        ParserOptions.setDefaultOperationParserOptions(parserOptions);
        this.valid = Caffeine.newBuilder()
                .maximumWeight(limits.documentCacheSize().asLongValue())
                .<String, Checked> weigher((query, checked) -> query.length() * BYTES_PER_CHARACTER)
                .build();
    }

    /**
     * The document of {@code query}, validated against {@code schema}.
     *
     * @throws LimitExceededException when the document has more characters or tokens than allowed
     * @throws InvalidSyntaxException when it does not parse
     */
    public Checked parse(String query, GraphQLSchema schema) {
        if (schema != checkedWith) {
            valid.invalidateAll();
            checkedWith = schema;
        }
        Checked known = valid.getIfPresent(query);
        if (known != null) {
            return known;
        }
        if (query.length() > limits.characters()) {
            throw characters(query.length());
        }
        if (query.indexOf('\u0000') >= 0) {
            throw new BadUserInputException("The query holds a NUL character (U+0000); remove it and send it again.");
        }
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(parserOptions).build());
        } catch (ParseCancelledException e) {
            throw new LimitExceededException("tokens", limits.tokens(), null, "The query has more than "
                    + limits.tokens() + " tokens (names, values and punctuation), or is nested more deeply than the "
                    + "parser allows; split it into smaller queries.");
        }
        boolean isValid = schema != null && ParseAndValidate.validate(schema, document).isEmpty();
        Checked checked = new Checked(document, isValid, InputValues.literalProblem(document),
                new ConcurrentHashMap<>());
        if (isValid) {
            valid.put(query, checked);
        }
        return checked;
    }

    /** How many documents the cache holds now. */
    public long cached() {
        valid.cleanUp();
        return valid.estimatedSize();
    }

    private LimitExceededException characters(long actual) {
        return new LimitExceededException("characters", limits.characters(), actual, "The query has " + actual
                + " characters, more than the " + limits.characters() + " allowed; send a smaller query.");
    }
}
