package org.parley;

import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test that reads the shipped data and may create the {@link GraphFixture}, which is removed after each test. */
public abstract class GraphFixtureTest {

    @Inject
    protected DataSource dataSource;
    protected Rows rows;
    protected GraphFixture fixture;

    @BeforeEach
    void lookUp() {
        rows = new Rows(dataSource);
        fixture = new GraphFixture(rows);
    }

    @AfterEach
    void removeFixture() {
        fixture.remove();
    }
}
