package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;
import org.parley.country.CountryEntity;
import org.parley.forum.ForumEntity;
import org.parley.forum.ForumPanelEntity;
import org.parley.forum.ForumParticipantEntity;
import org.parley.ingest.ArticleImport.DelegationEntry;
import org.parley.ingest.ArticleImport.ForumEntry;
import org.parley.ingest.ArticleImport.PanelEntry;
import org.parley.ingest.ImportResult.Kind;
import org.parley.organization.OrganizationEntity;

/**
 * Records the document's forums with their participants. A forum is one edition of the series of forums of its
 * name, and articles rarely give its start date, so an entry is matched to the edition of that name that it does
 * not contradict: the same edition number, or else one of unknown edition whose dates, duration and the days its
 * words name ("Monday", "Wednesday") agree with the entry's. An entry that more than one edition would fit is
 * refused, naming them, so that an import never guesses between two editions.
 */
@ApplicationScoped
class ForumMatcher {

    void apply(List<ForumEntry> entries, ImportContext context) {
        ImportContext.each(entries, "forums", (entry, where) -> forum(entry, where, context));
    }

    private void forum(ForumEntry entry, String where, ImportContext context) {
        String name = Text.required(entry.name(), where + ".name");
        if (entry.startDate() != null && entry.endDate() != null && entry.endDate().isBefore(entry.startDate())) {
            throw new InvalidImportException(where, "ends (" + entry.endDate() + ") before it starts ("
                    + entry.startDate() + ").");
        }
        if (entry.editionDerived() != null && entry.editionDerived() && entry.edition() == null) {
            throw new InvalidImportException(where + ".editionDerived", "is true but no edition is given.");
        }
        Edition incoming = Edition.of(entry);
        ForumEntity forum = match(name, incoming, where);
        boolean created = forum == null;
        if (created) {
            forum = new ForumEntity();
            forum.name = name;
        }
        Changes changes = new Changes();
        forum.startDate = changes.given(forum.startDate, entry.startDate());
        if (entry.edition() != null) {
            // A stated edition outweighs a derived one, whichever report comes first.
            forum.editionDerived = changes.exact(forum.editionDerived,
                    incoming.derived() && (forum.edition == null || forum.editionDerived));
            forum.edition = changes.exact(forum.edition, entry.edition());
        }
        forum.editionText = changes.given(forum.editionText, Text.clean(entry.editionText()));
        forum.startDateText = changes.given(forum.startDateText, Text.clean(entry.startDateText()));
        forum.attendanceText = changes.given(forum.attendanceText, Text.clean(entry.attendanceText()));
        forum.description = changes.given(forum.description, Text.clean(entry.description()));
        forum.hostCountry = changes.given(forum.hostCountry,
                context.countries.resolve(entry.hostCountry(), where + ".hostCountry"));
        forum.hostOrganization = changes.given(forum.hostOrganization,
                context.organizations.resolve(entry.hostOrganization(), where + ".hostOrganization"));
        forum.location = changes.given(forum.location, Text.clean(entry.location()));
        forum.endDate = changes.given(forum.endDate, entry.endDate());
        forum.durationDays = changes.given(forum.durationDays, entry.durationDays());
        forum.endDateText = changes.given(forum.endDateText, Text.clean(entry.endDateText()));
        forum.participatingCountryCount = changes.given(forum.participatingCountryCount,
                entry.participatingCountryCount());
        changes.addAll(forum.articles, List.of(context.article));
        context.persist(forum, created);
        participants(forum, entry, where, context, changes);
        context.count(Kind.FORUM, created, changes);
        context.forums.define(entry.key(), name, forum, where);
    }

    /** The edition of this name that the entry describes, or null when it describes none known yet. */
    private static ForumEntity match(String name, Edition incoming, String where) {
        List<ForumEntity> editions = ForumEntity.listByName(name);
        ForumEntity numbered = editions.stream()
                .filter(known -> known.edition != null && known.edition.equals(incoming.number()))
                .findFirst()
                .orElse(null);
        if (numbered != null) {
            if (!Edition.of(numbered).agreesWith(incoming)) {
                throw new InvalidImportException(where, "is edition " + incoming.number() + " of " + name + ", which"
                        + " is known (" + Edition.describe(numbered) + ") with dates or days that the entry's"
                        + " contradict; correct the entry or the known edition.");
            }
            return numbered;
        }
        List<ForumEntity> candidates = editions.stream()
                .filter(known -> Edition.of(known).agreesWith(incoming))
                .toList();
        if (candidates.size() > 1) {
            throw new InvalidImportException(where, "could be any of " + candidates.size() + " editions of "
                    + name + " (" + candidates.stream().map(Edition::describe).collect(Collectors.joining(", "))
                    + "); give its edition or start date.");
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** Adds the participants the forum does not have yet, and records that the article names each. */
    private void participants(ForumEntity forum, ForumEntry entry, String where, ImportContext context,
            Changes changes) {
        for (CountryEntity country : context.countries.resolveAll(entry.participantCountries(),
                where + ".participantCountries")) {
            if (forum.participantOf(country, null) == null) {
                changes.mark(forum.addParticipant(country, null));
            }
            Claims.forumParticipant(forum, country, null, context.article, changes);
        }
        for (OrganizationEntity organization : context.organizations.resolveAll(entry.participantOrganizations(),
                where + ".participantOrganizations")) {
            if (forum.participantOf(null, organization) == null) {
                changes.mark(forum.addParticipant(null, organization));
            }
            Claims.forumParticipant(forum, null, organization, context.article, changes);
        }
        ImportContext.each(entry.delegations(), where + ".delegations",
                (delegation, at) -> delegation(forum, delegation, at, context, changes));
        for (PanelEntry panel : entry.panels()) {
            String theme = Text.clean(panel.theme());
            ForumPanelEntity known = forum.panels.stream().filter(p -> p.theme.equals(theme)).findFirst()
                    .orElse(null);
            if (known == null) {
                changes.mark(forum.addPanel(theme, Text.clean(panel.dayText())));
            } else {
                known.dayText = changes.given(known.dayText, Text.clean(panel.dayText()));
            }
        }
    }

    /**
     * Records the rank of a participant's delegation according to the article, adding the participant if the forum
     * does not have it; the participant's own rank is the one its articles agree on.
     */
    private static void delegation(ForumEntity forum, DelegationEntry entry, String where, ImportContext context,
            Changes changes) {
        if ((entry.country() == null) == (entry.organization() == null)) {
            throw new InvalidImportException(where, (entry.country() == null
                    ? "names neither a country nor an organisation" : "names both a country and an organisation")
                    + "; a delegation is sent by exactly one of them.");
        }
        CountryEntity country = context.countries.resolve(entry.country(), where + ".country");
        OrganizationEntity organization = context.organizations.resolve(entry.organization(),
                where + ".organization");
        ForumParticipantEntity participant = forum.participantOf(country, organization);
        if (participant == null) {
            participant = changes.mark(forum.addParticipant(country, organization));
        }
        Claims.delegation(forum, country, organization, context.article, entry.level(), changes);
        participant.delegationLevel = changes.exact(participant.delegationLevel,
                Claims.agreedLevel(forum, country, organization));
    }

}
