package org.parley.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.article.Article;
import org.parley.article.ArticleEntity;
import org.parley.country.Country;
import org.parley.country.CountryEntity;
import org.parley.forum.Forum;
import org.parley.forum.ForumEntity;
import org.parley.graphql.InvalidInputException;
import org.parley.meeting.MeetingInput.MeetingParticipantInput;
import org.parley.meeting.MeetingInput.MeetingSideInput;
import org.parley.official.Official;
import org.parley.official.OfficialEntity;
import org.parley.official.Position;
import org.parley.official.PositionEntity;
import org.parley.organization.Organization;
import org.parley.organization.OrganizationEntity;
import org.parley.topic.Topic;
import org.parley.topic.TopicEntity;
import org.parley.write.Deleter;
import org.parley.write.Dependent;
import org.parley.write.Inputs;
import org.parley.write.RowService;
import org.parley.write.Writes;

/**
 * Records, updates and deletes meetings: two or more sides (at most {@link MeetingSide#MAX_PER_MEETING}), each a
 * different country or organisation, their participants in posts of their own, and an official on one side only.
 */
@ApplicationScoped
@Transactional
public class MeetingService extends RowService<MeetingEntity, MeetingInput> {

    /** What refers to a meeting: the statements made at it, which a cascading delete keeps without the meeting. */
    static final List<Dependent> DEPENDENTS = List.of(
            Dependent.cleared("statements made at the meeting", "statement", "meeting_id"));

    public MeetingService(Inputs inputs, Writes writes, Deleter deleter) {
        super(inputs, writes, deleter, MeetingEntity.class, MeetingEntity::new,
                new Deletion(BilateralMeeting.TYPE, "bilateral_meeting", "coalesce(summary, CAST(id AS text))",
                        DEPENDENTS));
    }

    @Override
    protected void removeParts(MeetingEntity meeting) {
        MeetingParticipantEntity.delete("meeting", meeting);
        MeetingSideEntity.delete("meeting", meeting);
        meeting.participants.clear();
        meeting.sides.clear();
    }

    @Override
    protected void applyParts(MeetingEntity meeting, MeetingInput input) {
        addSides(meeting, sides(input));
    }

    @Override
    protected void apply(MeetingEntity meeting, MeetingInput input) {
        meeting.forum = inputs.find(ForumEntity.class, Forum.TYPE, input.forumId(), "input.forumId");
        meeting.onSidelines = Boolean.TRUE.equals(input.onSidelines());
        meeting.status = input.status() == null ? MeetingStatus.HELD : input.status();
        LocalDate heldOn = inputs.date(input.heldOn(), "input.heldOn");
        // a day derived from a report's words stays derived until an editor gives another
        meeting.heldOnDerived = meeting.heldOnDerived && Objects.equals(meeting.heldOn, heldOn);
        meeting.heldOn = heldOn;
        meeting.dateText = input.dateText();
        meeting.location = input.location();
        meeting.summary = input.summary();
        meeting.notes = new ArrayList<>(input.notes());
        meeting.topics.clear();
        meeting.topics.addAll(inputs.findAll(TopicEntity.class, Topic.TYPE, input.topicIds(), "input.topicIds"));
        meeting.expectedTopics.clear();
        meeting.expectedTopics.addAll(inputs.findAll(TopicEntity.class, Topic.TYPE, input.expectedTopicIds(),
                "input.expectedTopicIds"));
        meeting.topics.addAll(meeting.expectedTopics);
        meeting.articles.clear();
        meeting.articles.addAll(inputs.findAll(ArticleEntity.class, Article.TYPE, input.articleIds(),
                "input.articleIds"));
    }

    /**
     * The meetings of which a country or an organisation is a side (meeting_side.{@code column} = :id), for the
     * cascading delete of that party: its statements at them lose the meeting, and the meetings go.
     */
    public static Dependent meetingsWithSide(String what, String column) {
        String ofSide = "(SELECT meeting_id FROM meeting_side WHERE " + column + " = :id)";
        return new Dependent(what, "SELECT count(*) FROM meeting_side WHERE " + column + " = :id",
                "UPDATE statement SET meeting_id = NULL" + Dependent.stamp("statement") + " WHERE meeting_id IN "
                        + ofSide, "DELETE FROM bilateral_meeting WHERE id IN " + ofSide);
    }

    /** A side as checked: its country or organisation and its participants in their posts. */
    private record Side(MeetingSideEntity party, List<OfficialEntity> officials, List<PositionEntity> positions) {
    }

    /** Resolves and checks the sides before anything is written. */
    private List<Side> sides(MeetingInput input) {
        List<Side> sides = new ArrayList<>();
        Set<OfficialEntity> seen = new HashSet<>();
        for (int s = 0; s < input.sides().size(); s++) {
            String at = "input.sides[" + s + "]";
            MeetingSideInput side = input.sides().get(s);
            if ((side.countryId() == null) == (side.organizationId() == null)) {
                throw new InvalidInputException(at, "names " + (side.countryId() == null ? "neither countryId nor"
                        + " organizationId" : "both countryId and organizationId") + "; give exactly one: a side is"
                        + " a country or an organisation.");
            }
            MeetingSideEntity party = new MeetingSideEntity();
            party.country = inputs.find(CountryEntity.class, Country.TYPE, side.countryId(), at + ".countryId");
            party.organization = inputs.find(OrganizationEntity.class, Organization.TYPE, side.organizationId(),
                    at + ".organizationId");
            for (Side earlier : sides) {
                if (party.sameParty(earlier.party())) {
                    throw new InvalidInputException(at + (party.country != null ? ".countryId" : ".organizationId"),
                            "is the party of side " + (sides.indexOf(earlier) + 1) + " too; each side of a meeting"
                                    + " is a different country or organisation.");
                }
            }
            List<OfficialEntity> officials = new ArrayList<>();
            List<PositionEntity> positions = new ArrayList<>();
            for (int p = 0; p < side.participants().size(); p++) {
                String pat = at + ".participants[" + p + "]";
                MeetingParticipantInput participant = side.participants().get(p);
                OfficialEntity official = inputs.find(OfficialEntity.class, Official.TYPE, participant.officialId(),
                        pat + ".officialId");
                if (!seen.add(official)) {
                    throw new InvalidInputException(pat + ".officialId", "names " + official.name + " a second time;"
                            + " an official takes part in a meeting once, on one side.");
                }
                PositionEntity position = inputs.find(PositionEntity.class, Position.TYPE, participant.positionId(),
                        pat + ".positionId");
                if (position != null && !position.official.equals(official)) {
                    throw new InvalidInputException(pat + ".positionId", "is a position of " + position.official.name
                            + ", not of " + official.name + "; name one of the participant's own positions.");
                }
                officials.add(official);
                positions.add(position);
            }
            sides.add(new Side(party, officials, positions));
        }
        return sides;
    }

    private static void addSides(MeetingEntity meeting, List<Side> sides) {
        for (int s = 0; s < sides.size(); s++) {
            MeetingSideEntity side = new MeetingSideEntity();
            side.meeting = meeting;
            side.sideNo = s + 1;
            side.country = sides.get(s).party().country;
            side.organization = sides.get(s).party().organization;
            side.persist();
            meeting.sides.add(side);
            for (int p = 0; p < sides.get(s).officials().size(); p++) {
                MeetingParticipantEntity participant = new MeetingParticipantEntity();
                participant.meeting = meeting;
                participant.side = side;
                participant.official = sides.get(s).officials().get(p);
                participant.position = sides.get(s).positions().get(p);
                participant.persist();
                meeting.participants.add(participant);
            }
        }
    }
}
