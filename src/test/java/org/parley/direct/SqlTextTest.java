package org.parley.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What may be written into the statement's text, not bound: GraphQL names only. */
class SqlTextTest {

    @Test
    void aGraphQLNameIsWrittenAsAConstant() {
        assertEquals("json_build_object('_first2', ?)",
                new SqlText().append("json_build_object(").name("_first2").append(", ").param(1).append(")").sql());
    }

    @Test
    void anythingButAGraphQLNameIsRefused() {
        for (String notAName : new String[] {"a'b", "x') || pg_sleep(1) --", "", "2a", "é", "a b", "a\u0000"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> new SqlText().name(notAName), notAName);
            assertEquals("not a GraphQL name: " + notAName, refused.getMessage());
        }
    }
}
