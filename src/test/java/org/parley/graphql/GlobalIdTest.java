package org.parley.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobalIdTest {

    @Test
    void anIdDecodesToTheRowIdOfItsType() {
        assertEquals(42, GlobalId.decode("Official", GlobalId.encode("Official", 42)));
        assertEquals("Article", GlobalId.typeOf(GlobalId.encode("Article", 7), List.of("Article", "Topic")));
    }

    @Test
    void theMessagesNameTheTypesWithTheRightArticle() {
        assertEquals("'" + GlobalId.encode("Official", 3) + "' is the ID of an Official, not of an Organization.",
                assertThrows(BadUserInputException.class,
                        () -> GlobalId.decode("Organization", GlobalId.encode("Official", 3))).getMessage());
        assertEquals("'x' is not an Article ID; use the id field of an Article returned by this API.",
                assertThrows(BadUserInputException.class, () -> GlobalId.decode("Article", "x")).getMessage());
        assertEquals("An ID of a Country is required.",
                assertThrows(BadUserInputException.class, () -> GlobalId.decode("Country", " ")).getMessage());
        assertEquals("'" + GlobalId.encode("Topic", 1) + "' is the ID of a Topic, not of a Statement.",
                assertThrows(BadUserInputException.class,
                        () -> GlobalId.decode("Statement", GlobalId.encode("Topic", 1))).getMessage());
    }
}
