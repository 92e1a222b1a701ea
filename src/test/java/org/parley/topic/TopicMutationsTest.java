package org.parley.topic;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.MutationTest;

/** createTopic, updateTopic and deleteTopic. */
@QuarkusTest
class TopicMutationsTest extends MutationTest {

    @Test
    void createsUpdatesAndDeletesATopic() {
        String id = edit("createTopic", "input", map("name", " test coverage ", "description", " How much runs. "))
                .body("errors", nullValue())
                .body("data.createTopic.topic.name", equalTo("test coverage"))
                .body("data.createTopic.topic.description", equalTo("How much runs."))
                .extract().path("data.createTopic.topic.id");
        edit("updateTopic", "id", id, "expectedVersion", 0, "input", map("name", "test coverage", "description", null))
                .body("data.updateTopic.topic.description", nullValue())
                .body("data.updateTopic.topic.version", equalTo(1));
        edit("createTopic", "input", map("name", "collective self-defense"))
                .body("errors[0].extensions.code", equalTo("ALREADY_EXISTS"))
                .body("errors[0].extensions.field", equalTo("input.name"));
        edit("createTopic", "input", map("name", "t", "description", "d".repeat(2001)))
                .body("errors[0].extensions.field", equalTo("input.description"));
        edit("deleteTopic", "id", id, "expectedVersion", 1).body("errors", nullValue());
        assertEquals(0, db.count("SELECT count(*) FROM topic WHERE name IN ('test coverage', 't')"));
    }

    @Test
    void deletingATopicInUseIsRefusedUnlessCascadedThenItIsTakenOffWhatHasIt() {
        String topic = topic("test coverage");
        String ana = official("Ana Tester", null);
        create("recordStatement", "statement", map("speakerId", ana, "text", "On topic.", "kind", "QUOTE",
                "topicIds", List.of(topic)));
        edit("deleteTopic", "id", topic, "expectedVersion", 0)
                .body("errors[0].extensions.code", equalTo("HAS_DEPENDENTS"))
                .body("errors[0].extensions.dependents.what", contains("statements on the topic"));
        edit("deleteTopic", "id", topic, "expectedVersion", 0, "cascade", true).body("errors", nullValue());
        assertEquals(1, db.count("SELECT count(*) FROM statement WHERE text = 'On topic.'"));
    }
}
