package org.parley.ingest;

import io.quarkus.hibernate.orm.panache.Panache;
import org.parley.article.ArticleEntity;
import org.parley.country.CountryEntity;
import org.parley.forum.ForumEntity;
import org.parley.meeting.MeetingEntity;
import org.parley.official.OfficialEntity;
import org.parley.organization.OrganizationEntity;

/**
 * Records that the document's article names a participant (V14): an official at a meeting, a country or an
 * organisation at a forum. A claim recorded before is left as it is.
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
        String column = country != null ? "country_id" : "organization_id";
        record(changes, "INSERT INTO forum_participant_source (forum_id, " + column + ", article_id)"
                + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING", forum.id,
                country != null ? country.id : organization.id, article.id);
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
