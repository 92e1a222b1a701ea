package org.parley.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.article.Article;
import org.parley.article.ArticleEntity;
import org.parley.country.Country;
import org.parley.country.CountryEntity;
import org.parley.graphql.InvalidInputException;
import org.parley.meeting.BilateralMeeting;
import org.parley.meeting.MeetingEntity;
import org.parley.official.Official;
import org.parley.official.OfficialEntity;
import org.parley.official.Position;
import org.parley.official.PositionEntity;
import org.parley.organization.Organization;
import org.parley.organization.OrganizationEntity;
import org.parley.topic.Topic;
import org.parley.topic.TopicEntity;
import org.parley.write.Deleter;
import org.parley.write.Inputs;
import org.parley.write.RowService;
import org.parley.write.Writes;

/**
 * Records, updates and deletes statements: speaker, relay, meeting, topics and articles must exist, the relay is
 * not the speaker, and each named post is one of its official's own.
 */
@ApplicationScoped
@Transactional
public class StatementService extends RowService<StatementEntity, StatementInput> {

    public StatementService(Inputs inputs, Writes writes, Deleter deleter) {
        super(inputs, writes, deleter, StatementEntity.class, StatementEntity::new,
                new Deletion(Statement.TYPE, "statement", "left(text, 60)", List.of()));
    }

    @Override
    protected void apply(StatementEntity statement, StatementInput input) {
        OfficialEntity speaker = inputs.find(OfficialEntity.class, Official.TYPE, input.speakerId(), "input.speakerId");
        OfficialEntity relay = inputs.find(OfficialEntity.class, Official.TYPE, input.relayedById(),
                "input.relayedById");
        if (speaker.equals(relay)) {
            throw new InvalidInputException("input.relayedById", "is the speaker; leave it out when " + speaker.name
                    + " spoke directly.");
        }
        if (relay == null && input.relayedByPositionId() != null) {
            throw new InvalidInputException("input.relayedByPositionId", "is given without relayedById; name the"
                    + " official who relayed the words too.");
        }
        statement.speaker = speaker;
        statement.speakerPosition = position(speaker, input.speakerPositionId(), "input.speakerPositionId");
        statement.text = input.text();
        statement.kind = input.kind();
        statement.relayedBy = relay;
        statement.relayedByPosition = position(relay, input.relayedByPositionId(), "input.relayedByPositionId");
        statement.addresseeCountry = inputs.find(CountryEntity.class, Country.TYPE, input.addresseeCountryId(),
                "input.addresseeCountryId");
        statement.addresseeOrganization = inputs.find(OrganizationEntity.class, Organization.TYPE,
                input.addresseeOrganizationId(), "input.addresseeOrganizationId");
        statement.meeting = inputs.find(MeetingEntity.class, BilateralMeeting.TYPE, input.meetingId(),
                "input.meetingId");
        LocalDate saidOn = inputs.date(input.saidOn(), "input.saidOn");
        // a day derived from a report's words stays derived until an editor gives another
        statement.saidOnDerived = statement.saidOnDerived && Objects.equals(statement.saidOn, saidOn);
        statement.saidOn = saidOn;
        statement.dateText = input.dateText();
        statement.topics.clear();
        statement.topics.addAll(inputs.findAll(TopicEntity.class, Topic.TYPE, input.topicIds(), "input.topicIds"));
        statement.articles.clear();
        statement.articles.addAll(inputs.findAll(ArticleEntity.class, Article.TYPE, input.articleIds(),
                "input.articleIds"));
    }

    /** The post named in {@code field}, which must be one of the official's own. */
    private PositionEntity position(OfficialEntity official, String positionId, String field) {
        PositionEntity position = inputs.find(PositionEntity.class, Position.TYPE, positionId, field);
        if (position != null && !position.official.equals(official)) {
            throw new InvalidInputException(field, "is a position of " + position.official.name + ", not of "
                    + official.name + "; name one of that official's own positions.");
        }
        return position;
    }
}
