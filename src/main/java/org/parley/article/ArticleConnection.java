package org.parley.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.Connection;
import org.parley.graphql.Edge;
import org.parley.graphql.Page;

@Type("ArticleConnection")
@Description("A page of articles.")
public class ArticleConnection extends Connection<Article, ArticleConnection.ArticleEdge> {

    public ArticleConnection(Page<Article> page) {
        super(page, ArticleEdge::new);
    }

    @Type("ArticleEdge")
    @Description("An article and its cursor.")
    public static class ArticleEdge extends Edge<Article> {
        public ArticleEdge(String cursor, Article node) {
            super(cursor, node);
        }
    }
}
