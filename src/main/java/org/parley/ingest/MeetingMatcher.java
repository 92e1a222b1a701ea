package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.article.ArticleEntity;
import org.parley.forum.ForumEntity;
import org.parley.ingest.ArticleImport.MeetingEntry;
import org.parley.ingest.ArticleImport.ParticipantEntry;
import org.parley.ingest.ImportResult.Kind;
import org.parley.meeting.MeetingEntity;
import org.parley.meeting.MeetingParticipantEntity;
import org.parley.meeting.MeetingReportEntity;
import org.parley.meeting.MeetingSideEntity;
import org.parley.meeting.MeetingStatus;
import org.parley.official.OfficialEntity;
import org.parley.official.PositionEntity;
import org.parley.topic.TopicEntity;

/**
 * Records the document's meetings, matched by forum, date (heldOn and dateText) and the parties (each a country
 * or an organisation; two for a bilateral meeting, or more), with their sides and participants. A meeting reported
 * again takes the further report's status when it settles more ({@link MeetingStatus#withReport}): a planned meeting
 * reported as held becomes held, and a held one stays held whatever order the reports come in. Topics likewise:
 * one a report gives as discussed is discussed, and one only expected ("expected to cover") stays expected until
 * a report says it was discussed.
 */
@ApplicationScoped
class MeetingMatcher {

    void apply(List<MeetingEntry> entries, ImportContext context) {
        ImportContext.each(entries, "meetings", (entry, where) -> meeting(entry, where, context));
    }

    private void meeting(MeetingEntry entry, String where, ImportContext context) {
        ForumEntity forum = context.forums.resolve(entry.forum(), where + ".forum");
        List<MeetingSideEntity> parties = new ArrayList<>();
        for (int s = 0; s < entry.sides().size(); s++) {
            MeetingSideEntity party = party(entry, s, where, context);
            for (MeetingSideEntity earlier : parties) {
                if (party.sameParty(earlier)) {
                    throw new InvalidImportException(where + ".sides[" + s + "]", "is " + party.partyName()
                            + ", as side " + (parties.indexOf(earlier) + 1) + " is; each side of a meeting is a"
                            + " different country or organisation.");
                }
            }
            parties.add(party);
        }
        String dateText = Text.clean(entry.dateText());
        MeetingStatus reported = entry.status() == null ? MeetingStatus.HELD : entry.status();
        LocalDate derived = entry.heldOn() != null ? null
                : DayWords.derive(dateText, context.article.publishedOn, reported == MeetingStatus.PLANNED);
        MeetingEntity meeting = find(forum, entry.heldOn(), derived, dateText, parties);
        boolean created = meeting == null;
        if (created) {
            meeting = new MeetingEntity();
            meeting.forum = forum;
            meeting.heldOn = entry.heldOn() != null ? entry.heldOn() : derived;
            meeting.heldOnDerived = entry.heldOn() == null && derived != null;
            meeting.dateText = dateText;
            meeting.status = reported;
        }
        Changes changes = new Changes();
        if (entry.heldOn() != null) {
            // a day stated outweighs one derived (find matched only the same day)
            meeting.heldOnDerived = changes.exact(meeting.heldOnDerived, false);
        } else if (meeting.heldOn == null && derived != null) {
            meeting.heldOn = changes.mark(derived);
            meeting.heldOnDerived = true;
        }
        meeting.status = changes.exact(meeting.status, meeting.status.withReport(reported));
        meeting.onSidelines = changes.given(meeting.onSidelines, entry.onSidelines());
        meeting.location = changes.given(meeting.location, Text.clean(entry.location()));
        meeting.summary = changes.given(meeting.summary, Text.clean(entry.summary()));
        meeting.notes = changes.union(meeting.notes, Text.cleanAll(entry.notes()));
        Set<TopicEntity> discussed = context.topics.resolveAll(entry.topics(), where + ".topics");
        changes.addAll(meeting.topics, discussed);
        changes.removeAll(meeting.expectedTopics, discussed);
        for (TopicEntity expected : context.topics.resolveAll(entry.expectedTopics(), where + ".expectedTopics")) {
            if (!meeting.topics.contains(expected)) {
                changes.addAll(meeting.topics, List.of(expected));
                changes.addAll(meeting.expectedTopics, List.of(expected));
            }
        }
        changes.addAll(meeting.articles, List.of(context.article));
        MeetingEntity saved = context.persist(meeting, created);
        account(saved, entry, reported, dateText, context.article, changes);
        for (int s = 0; s < parties.size(); s++) {
            MeetingSideEntity side = side(saved, s + 1, parties.get(s), changes);
            ImportContext.each(entry.sides().get(s).participants(), where + ".sides[" + s + "].participants",
                    (participant, at) -> participant(saved, side, participant, at, context, changes));
        }
        context.count(Kind.MEETING, created, changes);
        context.defineMeeting(entry.key(), meeting, where);
    }

    /** Records what this article says of the meeting, as its account (the document alone describes it). */
    private static void account(MeetingEntity meeting, MeetingEntry entry, MeetingStatus reported, String dateText,
            ArticleEntity article, Changes changes) {
        MeetingReportEntity report = MeetingReportEntity.of(meeting, article);
        report.status = changes.exact(report.status, reported);
        report.heldOn = changes.exact(report.heldOn, entry.heldOn());
        report.dateText = changes.exact(report.dateText, dateText);
        report.notes = changes.exact(report.notes, new ArrayList<>(Text.cleanAll(entry.notes())));
    }

    /** The country or organisation of a side of the entry, as an unsaved side. */
    private static MeetingSideEntity party(MeetingEntry entry, int index, String where, ImportContext context) {
        String at = where + ".sides[" + index + "]";
        String country = Text.clean(entry.sides().get(index).country());
        String organization = Text.clean(entry.sides().get(index).organization());
        if ((country == null) == (organization == null)) {
            throw new InvalidImportException(at, "names " + (country == null ? "neither a country nor an organisation"
                    : "both a country and an organisation") + "; a side is one country or one organisation.");
        }
        MeetingSideEntity party = new MeetingSideEntity();
        if (country != null) {
            party.country = context.countries.resolve(country, at + ".country");
        } else {
            party.organization = context.organizations.resolve(organization, at + ".organization");
        }
        return party;
    }

    /**
     * The meeting of these parties at this forum reported in the same words for the day: on the day stated; for
     * a report that states none, on the day derived from its words, or on a day not known yet, or (when the
     * report's day of publication is unknown) on a day derived from the same words by another report.
     */
    private static MeetingEntity find(ForumEntity forum, LocalDate heldOn, LocalDate derived, String dateText,
            List<MeetingSideEntity> parties) {
        return MeetingEntity.listAmong(parties).stream()
                .filter(m -> Objects.equals(m.forum, forum) && Objects.equals(m.dateText, dateText)
                        && (heldOn != null ? heldOn.equals(m.heldOn)
                                : m.heldOn == null || (derived != null ? derived.equals(m.heldOn) : m.heldOnDerived)))
                .findFirst().orElse(null);
    }

    /** The meeting's side of this party, added as side {@code number} if the meeting is new. */
    private static MeetingSideEntity side(MeetingEntity meeting, int number, MeetingSideEntity party,
            Changes changes) {
        for (MeetingSideEntity side : meeting.sides) {
            if (side.sameParty(party)) {
                return side;
            }
        }
        MeetingSideEntity side = new MeetingSideEntity();
        side.meeting = meeting;
        side.sideNo = number;
        side.country = party.country;
        side.organization = party.organization;
        side.persist();
        meeting.sides.add(changes.mark(side));
        return side;
    }

    private static void participant(MeetingEntity meeting, MeetingSideEntity side, ParticipantEntry entry,
            String where, ImportContext context, Changes changes) {
        OfficialEntity official = context.officials.resolve(Text.required(entry.official(), where + ".official"),
                where + ".official");
        PositionEntity position = context.position(official, entry.position(), where + ".position");
        Claims.meetingParticipant(meeting, official, context.article, changes);
        for (MeetingParticipantEntity known : meeting.participants) {
            if (known.official.equals(official)) {
                known.position = changes.given(known.position, position);
                return;
            }
        }
        MeetingParticipantEntity participant = new MeetingParticipantEntity();
        participant.meeting = meeting;
        participant.side = side;
        participant.official = official;
        participant.position = position;
        participant.persist();
        meeting.participants.add(changes.mark(participant));
    }
}
