package org.parley.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.parley.article.Article;
import org.parley.article.ArticleEntity;
import org.parley.country.Country;
import org.parley.country.CountryEntity;
import org.parley.forum.ForumInput.ForumDelegationInput;
import org.parley.forum.ForumInput.ForumPanelInput;
import org.parley.graphql.InvalidInputException;
import org.parley.organization.Organization;
import org.parley.organization.OrganizationEntity;
import org.parley.write.Deleter;
import org.parley.write.Dependent;
import org.parley.write.Inputs;
import org.parley.write.RowService;
import org.parley.write.Writes;

/**
 * Creates, updates and deletes forums with their participants; an edition number is unique within the forums of
 * a name, and name, edition and start date together are unique.
 */
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
        if (Boolean.TRUE.equals(input.editionDerived()) && input.edition() == null) {
            throw new InvalidInputException("input.editionDerived", "is true but no edition is given.");
        }
        if (input.edition() != null) {
            Writes.unique(forum, ForumEntity.findByNameAndEdition(input.name(), input.edition()), Forum.TYPE,
                    "input.edition", "the name " + input.name() + " and the edition " + input.edition());
        } else {
            Writes.unique(forum, ForumEntity.findEdition(input.name(), null, start), Forum.TYPE, "input.name",
                    "the name " + input.name() + ", no edition and " + (start == null ? "no start date"
                            : "the start date " + start));
        }
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
        forum.startDateText = input.startDateText();
        forum.edition = input.edition();
        forum.editionDerived = Boolean.TRUE.equals(input.editionDerived());
        forum.editionText = input.editionText();
        forum.attendanceText = input.attendanceText();
        forum.participatingCountryCount = input.participatingCountryCount();
        forum.articles.clear();
        forum.articles.addAll(inputs.findAll(ArticleEntity.class, Article.TYPE, input.articleIds(),
                "input.articleIds"));
    }

    @Override
    protected void removeParts(ForumEntity forum) {
        ForumParticipantEntity.delete("forum", forum);
        forum.participants.clear();
        ForumPanelEntity.delete("forum", forum);
        forum.panels.clear();
    }

    @Override
    protected void applyParts(ForumEntity forum, ForumInput input) {
        for (CountryEntity country : inputs.findAll(CountryEntity.class, Country.TYPE, input.participantCountryIds(),
                "input.participantCountryIds")) {
            forum.addParticipant(country, null);
        }
        for (OrganizationEntity organization : inputs.findAll(OrganizationEntity.class, Organization.TYPE,
                input.participantOrganizationIds(), "input.participantOrganizationIds")) {
            forum.addParticipant(null, organization);
        }
        for (int d = 0; d < input.delegations().size(); d++) {
            delegation(forum, input.delegations().get(d), "input.delegations[" + d + "]");
        }
        for (int p = 0; p < input.panels().size(); p++) {
            ForumPanelInput panel = input.panels().get(p);
            if (forum.panels.stream().anyMatch(known -> known.theme.equals(panel.theme()))) {
                throw new InvalidInputException("input.panels[" + p + "].theme", "is the theme of an earlier panel;"
                        + " each theme once.");
            }
            forum.addPanel(panel.theme(), panel.dayText());
        }
    }

    /** Records the rank of a participant's delegation, adding the participant if the input does not name it. */
    private void delegation(ForumEntity forum, ForumDelegationInput delegation, String at) {
        if ((delegation.countryId() == null) == (delegation.organizationId() == null)) {
            throw new InvalidInputException(at, "names " + (delegation.countryId() == null ? "neither countryId nor"
                    + " organizationId" : "both countryId and organizationId") + "; give exactly one: a delegation"
                    + " is sent by a country or an organisation.");
        }
        CountryEntity country = inputs.find(CountryEntity.class, Country.TYPE, delegation.countryId(),
                at + ".countryId");
        OrganizationEntity organization = inputs.find(OrganizationEntity.class, Organization.TYPE,
                delegation.organizationId(), at + ".organizationId");
        ForumParticipantEntity participant = forum.participantOf(country, organization);
        if (participant == null) {
            participant = forum.addParticipant(country, organization);
        }
        if (participant.delegationLevel != null && participant.delegationLevel != delegation.level()) {
            throw new InvalidInputException(at + ".level", "differs from the level another entry gives the same"
                    + " participant (" + participant.delegationLevel + ").");
        }
        participant.delegationLevel = delegation.level();
    }

}
