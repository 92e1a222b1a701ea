package org.parley.ingest;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import org.parley.article.ArticleEntity;
import org.parley.country.CountryEntity;
import org.parley.forum.DelegationLevel;
import org.parley.forum.ForumEntity;
import org.parley.meeting.MeetingEntity;
import org.parley.official.OfficialEntity;
import org.parley.organization.OrganizationEntity;

/**
 * Records that the document's article names a participant (V14): an official at a meeting, a country or an
 * organisation at a forum, with the rank of its delegation when the article gives one (V17). A claim recorded
 * before is left as it is, but for a rank the article now gives.
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
