package org.parley.article;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ArticleFilter")
@Description("Narrows a list of articles; conditions given together must all hold.")
public class ArticleFilter {

    @Description("Only articles with an author whose name contains this text (case-insensitive).")
    public String author;

    @Id
    @Description("Only articles of one of these publishers.")
    public List<@NonNull String> publisherIds;

    @Description("Only articles published on or after this day (articles without a known date are left out).")
    public LocalDate publishedFrom;

    @Description("Only articles published on or before this day (articles without a known date are left out).")
    public LocalDate publishedTo;

    @Description("Only articles whose headline contains this text (case-insensitive).")
    public String headlineContains;

    @Id
    @Description("Only articles that mention one of these officials.")
    public List<@NonNull String> mentionsOfficialIds;

    @Id
    @Description("Only articles that mention one of these countries.")
    public List<@NonNull String> mentionsCountryIds;

    @Id
    @Description("Only articles that mention one of these topics.")
    public List<@NonNull String> topicIds;
}
