package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.country.CountryEntity;
import org.parley.forum.ForumEntity;
import org.parley.forum.ForumParticipantEntity;
import org.parley.ingest.ArticleImport.ForumEntry;
import org.parley.ingest.ImportResult.Kind;
import org.parley.organization.OrganizationEntity;

/** Records the document's forums, matched by name and start date, with their participants. */
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
        ForumEntity forum = ForumEntity.findByNameAndStartDate(name, entry.startDate());
        boolean created = forum == null;
        if (created) {
            forum = new ForumEntity();
            forum.name = name;
            forum.startDate = entry.startDate();
        }
        Changes changes = new Changes();
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

    /** Adds the participants the forum does not have yet. */
    private void participants(ForumEntity forum, ForumEntry entry, String where, ImportContext context,
            Changes changes) {
        for (CountryEntity country : context.countries.resolveAll(entry.participantCountries(),
                where + ".participantCountries")) {
            if (forum.participants.stream().noneMatch(p -> country.equals(p.country))) {
                add(forum, country, null, changes);
            }
        }
        for (OrganizationEntity organization : context.organizations.resolveAll(entry.participantOrganizations(),
                where + ".participantOrganizations")) {
            if (forum.participants.stream().noneMatch(p -> organization.equals(p.organization))) {
                add(forum, null, organization, changes);
            }
        }
    }

    private static void add(ForumEntity forum, CountryEntity country, OrganizationEntity organization,
            Changes changes) {
        ForumParticipantEntity participant = new ForumParticipantEntity();
        participant.forum = forum;
        participant.country = country;
        participant.organization = organization;
        participant.persist();
        forum.participants.add(changes.mark(participant));
    }
}
