package org.parley.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * What one request may cost: checked on the document before anything runs ({@link QueryCost}), and while it runs
 * (rows read, answer size, deadline). Every bound has a default in application.properties and the README.
 */
@ConfigMapping(prefix = "parley.limits")
public interface RequestLimits {

    /** Nesting depth of fields. */
    int depth();

    /** Fields in the document, every fragment spread counted as often as it is spread. */
    int fields();

    /** Fields given an alias. */
    int aliases();

    /** Directives used anywhere in the document. */
    int directives();

    /** Objects the answer may hold: the product of page sizes down each path, summed (as GitHub counts nodes). */
    long nodes();

    /** What a list without {@code first} (a meeting's sides, a statement's topics) counts for in {@link #nodes()}. */
    int unpagedListSize();

    /** Tokens of the document (names, punctuation, values). */
    int tokens();

    /** Characters of the document. */
    int characters();

    /** Bytes of a request body. */
    MemorySize bodySize();

    /** The memory that parsed and validated documents may take in the document cache. */
    MemorySize documentCacheSize();

    /** How long one SQL statement may run before PostgreSQL cancels it (set on every connection). */
    Duration statementTimeout();

    /** Rows that the resolvers may read for one request. */
    long rows();

    /** Bytes of an answer's data as JSON, whichever path builds it. */
    MemorySize answerSize();

    /** How long a request may take, from admission to its last statement. */
    Duration deadline();

    /** How long a refusal for want of capacity (rate, a full line) is held before it is sent. */
    Duration refusalDelay();

    /** How many such refusals may be held at once; beyond, they are sent at once. */
    int refusalsHeld();

    /** The budget of queries that only introspect the schema (what GraphiQL and code generators send). */
    Introspection introspection();

    /** The line that heavy reads wait in. */
    Line line();

    /** Requests per client. */
    Rate rate();

    interface Introspection {
        /** Whether the schema may be introspected at all (GraphiQL needs it). */
        @WithDefault("true")
        boolean enabled();

        int depth();

        int fields();
    }

    interface Line {
        /** Heavy requests running at once; by default as many as direct reads (one per core unless configured). */
        OptionalInt concurrency();

        /** Reads of at most this many objects ({@link QueryCost#nodes()}) are cheap: they never wait in line. */
        long cheapNodes();

        /** Requests that may wait; beyond it a request is answered 503 at once. */
        int length();

        /** How long a request may wait before it is answered 503. */
        Duration maxWait();
    }

    interface Rate {
        boolean enabled();

        /** Heavy reads per second and client, sustained. */
        double reads();

        /** Writes per second and client, sustained. */
        double writes();

        /** How many requests above the sustained rate a client may send at once. */
        int burst();
    }
}
