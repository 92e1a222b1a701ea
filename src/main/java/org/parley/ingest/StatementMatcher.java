package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.parley.ingest.ArticleImport.StatementEntry;
import org.parley.ingest.ImportResult.Kind;
import org.parley.meeting.MeetingEntity;
import org.parley.official.OfficialEntity;
import org.parley.statement.StatementEntity;

/** Records the document's statements, matched by speaker, text and meeting. */
@ApplicationScoped
class StatementMatcher {

    void apply(List<StatementEntry> entries, ImportContext context) {
        ImportContext.each(entries, "statements", (entry, where) -> statement(entry, where, context));
    }

    private void statement(StatementEntry entry, String where, ImportContext context) {
        OfficialEntity speaker = context.officials.resolve(Text.required(entry.speaker(), where + ".speaker"),
                where + ".speaker");
        OfficialEntity relayedBy = context.officials.resolve(entry.relayedBy(), where + ".relayedBy");
        if (speaker.equals(relayedBy)) {
            throw new InvalidImportException(where + ".relayedBy", "is the speaker; leave it out when "
                    + speaker.name + " spoke directly.");
        }
        String text = Text.required(entry.text(), where + ".text");
        MeetingEntity meeting = context.meeting(entry.meeting(), where + ".meeting");
        StatementEntity statement = StatementEntity.findBySpeakerTextAndMeeting(speaker, text, meeting);
        boolean created = statement == null;
        if (created) {
            statement = new StatementEntity();
            statement.speaker = speaker;
            statement.text = text;
            statement.meeting = meeting;
        }
        Changes changes = new Changes();
        statement.kind = changes.given(statement.kind, entry.kind());
        statement.speakerPosition = changes.given(statement.speakerPosition,
                context.position(speaker, entry.speakerPosition(), where + ".speakerPosition"));
        statement.relayedBy = changes.given(statement.relayedBy, relayedBy);
        statement.relayedByPosition = changes.given(statement.relayedByPosition,
                context.position(relayedBy, entry.relayedByPosition(), where + ".relayedByPosition"));
        statement.addresseeCountry = changes.given(statement.addresseeCountry,
                context.countries.resolve(entry.addresseeCountry(), where + ".addresseeCountry"));
        statement.addresseeOrganization = changes.given(statement.addresseeOrganization,
                context.organizations.resolve(entry.addresseeOrganization(), where + ".addresseeOrganization"));
        String dateText = Text.clean(entry.dateText());
        // the day and the words that this article and the statement's other sources give, settled in any order
        Accounts others = created ? Accounts.NONE : Claims.otherAccounts(statement, context.article);
        LocalDate stated = Accounts.settle(others.days(), entry.saidOn());
        if (stated != null) {
            // a day stated outweighs one derived
            statement.saidOnDerived = changes.exact(statement.saidOnDerived, false);
            statement.saidOn = changes.exact(statement.saidOn, stated);
        } else if (statement.saidOn == null) {
            LocalDate derived = DayWords.derive(dateText, context.article.publishedOn, false);
            if (derived != null) {
                statement.saidOn = changes.mark(derived);
                statement.saidOnDerived = true;
            }
        }
        statement.dateText = changes.given(statement.dateText,
                Accounts.settle(others.words(), dateText));
        changes.addAll(statement.topics, context.topics.resolveAll(entry.topics(), where + ".topics"));
        changes.addAll(statement.articles, List.of(context.article));
        StatementEntity saved = context.persist(statement, created);
        Claims.statementAccount(saved, context.article, entry.saidOn(), dateText, changes);
        context.count(Kind.STATEMENT, created, changes);
    }
}
