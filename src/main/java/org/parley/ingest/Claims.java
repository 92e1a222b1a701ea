package org.parley.ingest;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.parley.article.ArticleEntity;
import org.parley.country.CountryEntity;
import org.parley.forum.DelegationLevel;
import org.parley.forum.ForumEntity;
import org.parley.meeting.MeetingEntity;
import org.parley.official.OfficialEntity;
import org.parley.organization.OrganizationEntity;
import org.parley.statement.StatementEntity;

/**
 * Records that the document's article names a participant (V14): an official at a meeting, a country or an
 * organisation at a forum, with the rank of its delegation when the article gives one (V17); and what it says of
 * a statement's day (V18). A claim recorded before is left as it is, but for a rank the article now gives.
 */
final class Claims {

    private Claims() {
    }

    static void meetingParticipant(MeetingEntity meeting, OfficialEntity official, ArticleEntity article,
            Changes changes) {
        record(changes, "INSERT INTO meeting_participant_source (meeting_id, official_id, article_id)"
                + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING", meeting.id, official.id, article.id);
    }

    static void forumParticipant(ForumEntity forum, CountryEntity country, OrganizationEntity organization,
            ArticleEntity article, Changes changes) {
        record(changes, "INSERT INTO forum_participant_source (forum_id, " + partyColumn(country) + ", article_id)"
                + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING", forum.id,
                country != null ? country.id : organization.id, article.id);
    }

    /** Records that the article names the participant and gives the rank of its delegation (V17). */
    static void delegation(ForumEntity forum, CountryEntity country, OrganizationEntity organization,
            ArticleEntity article, DelegationLevel level, Changes changes) {
        String column = partyColumn(country);
        record(changes, "INSERT INTO forum_participant_source (forum_id, " + column + ", article_id,"
                + " delegation_level) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (forum_id, " + column + ", article_id)"
                + " DO UPDATE SET delegation_level = EXCLUDED.delegation_level"
                + " WHERE forum_participant_source.delegation_level IS DISTINCT FROM EXCLUDED.delegation_level",
                forum.id, country != null ? country.id : organization.id, article.id, level.name());
    }

    /**
     * Records what the article says of the statement's day, as its account (the document alone describes it): the
     * day it states and its own words, on its link to the statement (V18).
     */
    static void statementAccount(StatementEntity statement, ArticleEntity article, LocalDate saidOn,
            String dateText, Changes changes) {
        Panache.getEntityManager().flush();
        var query = Panache.getEntityManager().createNativeQuery("UPDATE statement_article"
                + " SET said_on = CAST(?1 AS date), date_text = CAST(?2 AS text)"
                + " WHERE statement_id = ?3 AND article_id = ?4"
                + " AND (said_on, date_text) IS DISTINCT FROM (CAST(?1 AS date), CAST(?2 AS text))")
                .unwrap(NativeQuery.class);
        query.setParameter(1, saidOn, StandardBasicTypes.LOCAL_DATE);
        query.setParameter(2, dateText, StandardBasicTypes.STRING);
        query.setParameter(3, statement.id);
        query.setParameter(4, article.id);
        if (query.executeUpdate() > 0) {
            changes.mark(statement);
        }
    }

    /** What the statement's sources other than {@code article} say of its day. */
    static Accounts otherAccounts(StatementEntity statement, ArticleEntity article) {
        List<?> rows = Panache.getEntityManager().createNativeQuery("SELECT said_on, date_text FROM statement_article"
                        + " WHERE statement_id = ?1 AND article_id <> ?2"
                        + " AND (said_on IS NOT NULL OR date_text IS NOT NULL)")
                .setParameter(1, statement.id).setParameter(2, article.id).getResultList();
        Set<LocalDate> days = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            if (columns[0] != null) {
                days.add(columns[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) columns[0]);
            }
            if (columns[1] != null) {
                words.add((String) columns[1]);
            }
        }
        return new Accounts(days, words);
    }

    /**
     * The rank that the articles giving one agree on for the participant, or null when none gives one or they give
     * different ranks: what the participant's own delegationLevel settles to, whatever order the reports come in.
     */
    static DelegationLevel agreedLevel(ForumEntity forum, CountryEntity country, OrganizationEntity organization) {
        List<?> levels = Panache.getEntityManager().createNativeQuery("SELECT DISTINCT delegation_level"
                        + " FROM forum_participant_source WHERE forum_id = ?1 AND " + partyColumn(country) + " = ?2"
                        + " AND delegation_level IS NOT NULL")
                .setParameter(1, forum.id).setParameter(2, country != null ? country.id : organization.id)
                .getResultList();
        return levels.size() == 1 ? DelegationLevel.valueOf((String) levels.get(0)) : null;
    }

    private static String partyColumn(CountryEntity country) {
        return country != null ? "country_id" : "organization_id";
    }

    private static void record(Changes changes, String sql, Object... values) {
        var query = Panache.getEntityManager().createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        if (query.executeUpdate() > 0) {
            changes.mark(sql);
        }
    }
}
