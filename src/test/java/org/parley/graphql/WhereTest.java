package org.parley.graphql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void aLoneTextArrayIsOneParameter() {
        Where where = new Where().and("x", "t.code = ANY(?)", new String[] {"KR", "JP"});
        assertEquals(1, where.params().size());
        assertArrayEquals(new String[] {"KR", "JP"}, (String[]) where.params().get(0));
    }

    @Test
    void severalParametersStaySeveral() {
        Where where = new Where().and("x", "(t.name ILIKE ? OR t.short_name ILIKE ?)", "%a%", "%a%")
                .and(null, "t.id = ?", 1L);
        assertEquals(List.of("%a%", "%a%"), where.params());
        assertEquals("(t.name ILIKE ? OR t.short_name ILIKE ?)", where.sql());
    }
}
