package org.parley.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.parley.write.Deleter;
import org.parley.write.Dependent;
import org.parley.write.Inputs;
import org.parley.write.RowService;
import org.parley.write.Writes;

/** Creates, updates and deletes topics; the name is unique. */
@ApplicationScoped
@Transactional
public class TopicService extends RowService<TopicEntity, TopicInput> {

    /** What refers to a topic; a cascading delete takes the topic off them. */
    static final List<Dependent> DEPENDENTS = List.of(
            Dependent.deleted("meetings on the topic", "meeting_topic", "topic_id"),
            Dependent.deleted("statements on the topic", "statement_topic", "topic_id"),
            Dependent.deleted("articles on the topic", "article_topic", "topic_id"));

    public TopicService(Inputs inputs, Writes writes, Deleter deleter) {
        super(inputs, writes, deleter, TopicEntity.class, TopicEntity::new,
                new Deletion(Topic.TYPE, "topic", "name", DEPENDENTS));
    }

    @Override
    protected void apply(TopicEntity topic, TopicInput input) {
        Writes.unique(topic, TopicEntity.findByName(input.name()), Topic.TYPE, "input.name",
                "the name " + input.name());
        topic.name = input.name();
        topic.description = input.description();
    }
}
