package org.parley.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ArticlePayload")
@Description("The article a mutation wrote, as it is now.")
public record ArticlePayload(@NonNull @Description("The article written.") Article article) {
}
