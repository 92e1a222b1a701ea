package org.parley.limits;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.parley.graphql.ApiErrors;
import org.parley.graphql.Db;

/** Exists only in the tests: requests that take as long as a test needs, and failures of the database. */
@GraphQLApi
@ApiErrors
public class SlowForTestGraphQL {

    /** How often each label's request has started to run. */
    static final Map<String, AtomicInteger> STARTED = new ConcurrentHashMap<>();

    private final Db db;

    SlowForTestGraphQL(Db db) {
        this.db = db;
    }

    @Query("sleepForTest")
    @Description("Test-only: waits, then answers a list (a heavy request when lists count as heavy).")
    public List<String> sleepForTest(@NonNull @Description("Names the request.") String label,
            @NonNull @Description("How long to wait.") Integer millis) throws InterruptedException {
        STARTED.computeIfAbsent(label, key -> new AtomicInteger()).incrementAndGet();
        Thread.sleep(millis);
        return List.of(label);
    }

    @Query("sleepThenReadForTest")
    @Description("Test-only: waits, then reads from the database.")
    public long sleepThenReadForTest(@NonNull @Description("How long to wait.") Integer millis)
            throws InterruptedException {
        Thread.sleep(millis);
        return db.count("SELECT count(*) FROM country", List.of());
    }

    @Query("slowStatementForTest")
    @Description("Test-only: one statement that runs for the given seconds in PostgreSQL.")
    public long slowStatementForTest(@NonNull @Description("Seconds.") Double seconds) {
        return db.count("SELECT count(*) FROM (SELECT pg_sleep(?)) AS slept", List.of(seconds));
    }

    @Query("databaseDownForTest")
    @Description("Test-only: fails as a write fails when PostgreSQL has gone away.")
    public long databaseDownForTest() {
        throw new PersistenceException("could not execute statement",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
    }
}
