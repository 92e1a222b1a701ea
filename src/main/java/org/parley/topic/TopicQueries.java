package org.parley.topic;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.graphql.Db;
import org.parley.graphql.Pager;
import org.parley.graphql.Where;

/** The SQL that reads topics. */
@ApplicationScoped
public class TopicQueries {

    private final Db db;
    private final Pager pager;

    public TopicQueries(Db db, Pager pager) {
        this.db = db;
        this.pager = pager;
    }

    public Topic byId(long id) {
        return db.byId(Topic.TABLE, id, Topic::from);
    }

    public List<Topic> byIds(long[] ids) {
        return db.byIds(Topic.TABLE, ids, Topic::from);
    }

    public TopicConnection list(TopicFilter filter, TopicOrder order, Integer first, String after,
            Integer last, String before) {
        return new TopicConnection(pager.page(Topic.columns("t"), "topic t", where(filter),
                order == null ? TopicOrder.NAME_ASC : order, pager.slice(first, after, last, before), Topic::from));
    }

    /** The conditions of {@code filter} over the topic {@code t}. */
    public static Where where(TopicFilter filter) {
        Where where = new Where();
        if (filter != null) {
            where.and(filter.nameContains, "t.name ILIKE ?", Where.contains(filter.nameContains));
        }
        return where;
    }

}
