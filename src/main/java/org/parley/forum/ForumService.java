package org.parley.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.parley.article.Article;
import org.parley.article.ArticleEntity;
import org.parley.country.Country;
import org.parley.country.CountryEntity;
import org.parley.organization.Organization;
import org.parley.organization.OrganizationEntity;
import org.parley.write.Deleter;
import org.parley.write.Dependent;
import org.parley.write.Inputs;
import org.parley.write.RowService;
import org.parley.write.Writes;

/** Creates, updates and deletes forums with their participants; name and start date together are unique. */
@ApplicationScoped
@Transactional
public class ForumService extends RowService<ForumEntity, ForumInput> {

    /** What refers to a forum: its meetings, which a cascading delete deletes, leaving their statements. */
    static final List<Dependent> DEPENDENTS = List.of(
            new Dependent("meetings at the forum", "SELECT count(*) FROM bilateral_meeting WHERE forum_id = :id",
                    "UPDATE statement SET meeting_id = NULL" + Dependent.stamp("statement")
                            + " WHERE meeting_id IN (SELECT id FROM bilateral_meeting WHERE forum_id = :id)",
                    "DELETE FROM bilateral_meeting WHERE forum_id = :id"));

    public ForumService(Inputs inputs, Writes writes, Deleter deleter) {
        super(inputs, writes, deleter, ForumEntity.class, ForumEntity::new,
                new Deletion(Forum.TYPE, "forum", "name", DEPENDENTS));
    }

    @Override
    protected void apply(ForumEntity forum, ForumInput input) {
        LocalDate start = inputs.date(input.startDate(), "input.startDate");
        LocalDate end = inputs.date(input.endDate(), "input.endDate");
        inputs.endNotBeforeStart(start, end, "input.endDate", "startDate");
        Writes.unique(forum, ForumEntity.findByNameAndStartDate(input.name(), start), Forum.TYPE,
                "input.name", "the name " + input.name() + " and the start date " + start);
        forum.name = input.name();
        forum.description = input.description();
        forum.hostCountry = inputs.find(CountryEntity.class, Country.TYPE, input.hostCountryId(),
                "input.hostCountryId");
        forum.hostOrganization = inputs.find(OrganizationEntity.class, Organization.TYPE, input.hostOrganizationId(),
                "input.hostOrganizationId");
        forum.location = input.location();
        forum.startDate = start;
        forum.endDate = end;
        forum.durationDays = input.durationDays();
        forum.endDateText = input.endDateText();
        forum.participatingCountryCount = input.participatingCountryCount();
        forum.articles.clear();
        forum.articles.addAll(inputs.findAll(ArticleEntity.class, Article.TYPE, input.articleIds(),
                "input.articleIds"));
    }

    @Override
    protected void removeParts(ForumEntity forum) {
        ForumParticipantEntity.delete("forum", forum);
        forum.participants.clear();
    }

    @Override
    protected void applyParts(ForumEntity forum, ForumInput input) {
        for (CountryEntity country : inputs.findAll(CountryEntity.class, Country.TYPE, input.participantCountryIds(),
                "input.participantCountryIds")) {
            add(forum, country, null);
        }
        for (OrganizationEntity organization : inputs.findAll(OrganizationEntity.class, Organization.TYPE,
                input.participantOrganizationIds(), "input.participantOrganizationIds")) {
            add(forum, null, organization);
        }
    }

    private static void add(ForumEntity forum, CountryEntity country, OrganizationEntity organization) {
        ForumParticipantEntity participant = new ForumParticipantEntity();
        participant.forum = forum;
        participant.country = country;
        participant.organization = organization;
        participant.persist();
        forum.participants.add(participant);
    }
}
