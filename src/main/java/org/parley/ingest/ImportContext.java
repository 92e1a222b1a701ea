package org.parley.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.parley.article.ArticleEntity;
import org.parley.country.CountryEntity;
import org.parley.forum.ForumEntity;
import org.parley.ingest.ImportResult.Counts;
import org.parley.ingest.ImportResult.Kind;
import org.parley.meeting.MeetingEntity;
import org.parley.official.OfficialEntity;
import org.parley.official.PositionEntity;
import org.parley.organization.OrganizationEntity;
import org.parley.persistence.AuditedEntity;
import org.parley.topic.TopicEntity;

/** The state of one import: what the document defined so far, the article, who imports, and the counts. */
final class ImportContext {

    final String who;
    final Registry<CountryEntity> countries = new Registry<>("country", Text::code,
            code -> Registry.optional(CountryEntity.findByCode(code)));
    final Registry<OrganizationEntity> organizations = new Registry<>("organisation", Text::clean,
            OrganizationEntity::listByName);
    final Registry<TopicEntity> topics = new Registry<>("topic", Text::clean,
            name -> Registry.optional(TopicEntity.findByName(name)));
    final Registry<OfficialEntity> officials = new Registry<>("official", Text::clean, OfficialEntity::listByName);
    final Registry<ForumEntity> forums = new Registry<>("forum", Text::clean, ForumEntity::listByName);
    /** The document's meetings in order, for statements that refer to one by index. */
    private final List<MeetingEntity> meetings = new ArrayList<>();
    private final Map<String, MeetingEntity> meetingsByKey = new HashMap<>();
    private final Map<Kind, Counts> counts = new EnumMap<>(Kind.class);
    ArticleEntity article;

    ImportContext(String who) {
        this.who = who == null || who.isBlank() ? AuditedEntity.SYSTEM : who.strip();
    }

    /** Persists a new entity, stamps who writes, and counts the entry as created, updated or matched. */
    <E extends AuditedEntity> E save(Kind kind, E entity, boolean created, Changes changes) {
        count(kind, created, changes);
        return persist(entity, created);
    }

    /** Stamps who writes the entity and persists it if it is new. */
    <E extends AuditedEntity> E persist(E entity, boolean created) {
        entity.changedBy = who;
        if (created) {
            entity.persist();
        }
        return entity;
    }

    void count(Kind kind, boolean created, Changes changes) {
        Counts one = created ? new Counts(1, 0, 0) : changes.changed() ? new Counts(0, 0, 1) : new Counts(0, 1, 0);
        counts.merge(kind, one, Counts::plus);
    }

    /** Calls {@code action} for each entry with its JSON path (e.g. "meetings[2]"), which errors name. */
    static <T> void each(List<T> entries, String list, BiConsumer<T, String> action) {
        for (int i = 0; i < entries.size(); i++) {
            action.accept(entries.get(i), list + "[" + i + "]");
        }
    }

    ImportResult result() {
        return new ImportResult(counts);
    }

    void defineMeeting(String key, MeetingEntity meeting, String where) {
        if (meetings.contains(meeting)) {
            throw new InvalidImportException(where, "describes the same meeting as an earlier entry.");
        }
        String cleanKey = Text.clean(key);
        if (cleanKey != null && meetingsByKey.putIfAbsent(cleanKey, meeting) != null) {
            throw new InvalidImportException(where, "uses the key '" + cleanKey + "' of an earlier meeting.");
        }
        meetings.add(meeting);
    }

    /** The document's meeting with this key, or at this index (from 0) of the meetings list. */
    MeetingEntity meeting(String reference, String usedBy) {
        String ref = Text.clean(reference);
        if (ref == null) {
            return null;
        }
        MeetingEntity byKey = meetingsByKey.get(ref);
        if (byKey != null) {
            return byKey;
        }
        if (ref.matches("\\d{1,9}") && Integer.parseInt(ref) < meetings.size()) {
            return meetings.get(Integer.parseInt(ref));
        }
        throw new InvalidImportException(usedBy, "refers to meeting '" + ref + "', which is neither the key nor "
                + "the index (from 0) of a meeting of the document (it has " + meetings.size() + ").");
    }

    /** The official's post of this title: the one the official holds, or fails naming the reference. */
    PositionEntity position(OfficialEntity official, String title, String usedBy) {
        String cleanTitle = Text.clean(title);
        if (official == null || cleanTitle == null) {
            return null;
        }
        List<PositionEntity> held = PositionEntity.listByOfficialAndTitle(official, cleanTitle);
        if (held.size() == 1) {
            return held.get(0);
        }
        throw new InvalidImportException(usedBy, "refers to position '" + cleanTitle + "' of " + official.name
                + (held.isEmpty() ? ", who holds no position of that title; add it to the official's positions."
                        : ", who holds " + held.size() + " positions of that title at different organisations."));
    }
}
