package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.ingest.ArticleImport.TopicEntry;
import org.parley.ingest.ImportResult.Kind;
import org.parley.topic.TopicEntity;

/** Records the document's topics, matched by name. */
@ApplicationScoped
class TopicMatcher {

    void apply(List<TopicEntry> entries, ImportContext context) {
        ImportContext.each(entries, "topics", (entry, where) -> topic(entry, where, context));
    }

    private void topic(TopicEntry entry, String where, ImportContext context) {
        String name = Text.required(entry.name(), where + ".name");
        TopicEntity topic = TopicEntity.findByName(name);
        boolean created = topic == null;
        if (created) {
            topic = new TopicEntity();
            topic.name = name;
        }
        Changes changes = new Changes();
        topic.description = changes.given(topic.description, Text.clean(entry.description()));
        context.topics.define(entry.key(), name, context.save(Kind.TOPIC, topic, created, changes), where);
    }
}
