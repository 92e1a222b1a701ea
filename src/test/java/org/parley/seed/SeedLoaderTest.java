package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ShippedReports.LATER;
import static org.parley.ShippedReports.OPENING;
import static org.parley.ShippedReports.SHIPPED;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.persistence.TestDb;

/**
 * After start the database holds the facts of the three shipped documents, exactly and nothing more: the article,
 * the report of the forum's opening (the same forum and talks, merged into the article's rows) and the report of a
 * later edition (a forum row of its own).
 */
@QuarkusTest
class SeedLoaderTest {

    private static final String VDM = "Vice Defense Minister";
    /** A meeting {@code m}'s place in the order of import: 1 for the article's talks, 7 for those of edition 11. */
    private static final String MEETING_NO = "(SELECT count(*) FROM bilateral_meeting x WHERE x.id <= m.id)";

    @Inject
    TestDb db;

    @Inject
    SeedLoader seed;

    @Test
    void indexListsTheShippedDocumentsInImportOrder() {
        assertEquals(List.of("seoul-defense-dialogue.json", "seoul-defense-dialogue-opening.json",
                "seoul-defense-dialogue-later-edition.json"), seed.documents());
    }

    @Test
    void everyTableHoldsTheDocumentsRows() {
        // 7 + 20 + 2 countries mentioned, 3 + 2 + 2 officials, 5 + 3 + 1 organisations, 4 + 3 + 3 topics; the forum of
        // editions 2 (9 participants of the article, 14 more of the opening, its 3 panels) and 11 (KR, JP); the talks
        // (2 sources, each with its account, 3 topics, one of them only expected), five first-day talks of Baek, one
        // talk of edition 11 (3 expected topics); one account for each of the 8 sources of meetings; who names whom: 9
        // + 23 + 2 forum participants by the three reports, Baek and Nishi by two, Baek five times and Shin and Oka by
        // one (with their views, V14). And the aggregates (V4): 7 meetings, 4 pairs (JP-KR twice, ID-KR, KR-PH, KR-US:
        // the talks with the U.N. and the EU are no pair), their 5 countries, ten groups of counts (two forums, one
        // unknown month of meetings, two kinds, one unknown month of statements, one speaker's country, three topics of
        // statements), no pending change
        assertEquals(Map.ofEntries(Map.entry("aggregate_delta", 0L), Map.entry("group_count", 10L),
                Map.entry("meeting_country_count", 5L), Map.entry("meeting_fact", 7L),
                Map.entry("meeting_pair_count", 4L), Map.entry("article", 3L), Map.entry("article_country", 29L),
                Map.entry("article_official", 7L), Map.entry("article_organization", 9L),
                Map.entry("article_topic", 10L), Map.entry("bilateral_meeting", 7L), Map.entry("country", 20L),
                Map.entry("forum", 2L), Map.entry("forum_article", 3L), Map.entry("forum_participant", 25L),
                Map.entry("forum_panel", 3L), Map.entry("forum_participant_source", 34L),
                Map.entry("forum_participant_article", 34L), Map.entry("forum_participant_report", 34L),
                Map.entry("meeting_participant_source", 11L),
                Map.entry("meeting_participant_article", 11L),
                Map.entry("meeting_article", 8L), Map.entry("meeting_report", 8L),
                Map.entry("meeting_participant", 9L), Map.entry("meeting_side", 14L), Map.entry("meeting_topic", 6L),
                Map.entry("meeting_topic_expected", 4L), Map.entry("official", 5L),
                Map.entry("official_position", 5L), Map.entry("organization", 5L), Map.entry("statement", 6L),
                Map.entry("statement_article", 6L), Map.entry("statement_topic", 7L), Map.entry("topic", 7L)),
                withoutTheEventLog(db.rowCounts()));
    }

    /**
     * The event log (V19) keeps an event for what other tests recorded and deleted since; of what the reports
     * recorded, it has one event for each statement, meeting and article, each of its kind.
     */
    @Test
    void everyStatementMeetingAndArticleRecordedHasOneEvent() {
        assertEquals(List.of("ARTICLE_RECORDED 3", "MEETING_RECORDED 7", "STATEMENT_RECORDED 6"), db.texts("""
                SELECT e.kind || ' ' || count(*) FROM event e
                 WHERE (e.kind = 'STATEMENT_RECORDED' AND e.object_id IN (SELECT id FROM statement))
                    OR (e.kind = 'MEETING_RECORDED' AND e.object_id IN (SELECT id FROM bilateral_meeting))
                    OR (e.kind = 'ARTICLE_RECORDED' AND e.object_id IN (SELECT id FROM article))
                 GROUP BY e.kind ORDER BY e.kind"""));
        assertEquals(0, db.count("SELECT count(*) FROM (SELECT kind, object_id FROM event GROUP BY 1, 2"
                + " HAVING count(*) > 1) twice"));
    }

    private static Map<String, Long> withoutTheEventLog(Map<String, Long> rows) {
        Map<String, Long> domain = new java.util.TreeMap<>(rows);
        domain.remove("event");
        return domain;
    }

    /**
     * Each row was written once, except the two rows the opening report merges into: it gives the article's forum
     * its edition, the words for its edition, first day and attendance, 14 more participants, delegation levels
     * and a second source, and the article's talks their third note, a second source and an expected topic, each
     * row in one update. What else the two later reports name and the database holds already (countries,
     * organisations, officials, posts, topics) they match as it is, giving nothing it lacks, so it stays unchanged;
     * what they name anew is created, the later report's forum and talks among it.
     */
    @Test
    void onlyTheMergedForumAndTalksWereUpdatedOnceByTheOpeningReport() {
        // statement, bilateral_meeting, forum, official_position, article, official, organization, topic, country
        assertEquals("0,1,1,0,0,0,0,0,0", db.versions());
        assertEquals(List.of("2|1", "11|0"), db.texts("SELECT edition || '|' || version FROM forum ORDER BY edition"));
        assertEquals(List.of("1|1", "2|0", "3|0", "4|0", "5|0", "6|0", "7|0"),
                db.texts("SELECT " + MEETING_NO + " || '|' || m.version FROM bilateral_meeting m ORDER BY m.id"));
    }

    @Test
    void articles() {
        assertEquals(List.of(SHIPPED + "|{\"Song Sang-ho\"}|||", OPENING + "|{}|||", LATER + "|{}|||"),
                db.texts("SELECT concat_ws('|', headline, authors, coalesce(url, ''), coalesce(publisher_id::text, ''),"
                        + " coalesce(published_on::text, '')) FROM article ORDER BY id"));
        String body = db.text("SELECT body FROM article WHERE headline = ?1", SHIPPED);
        assertTrue(body.startsWith("Vice Defense Minister Baek Seung-joo told his Japanese counterpart Wednesday that"
                + " Tokyo’s exercise"), body);
        assertTrue(body.endsWith("At the forum, 21 countries including the U.S., Canada, Singapore and Australia,"
                + " and the U.N., the North Atlantic Treaty Organization and the EU participated."), body);
        assertEquals(12, body.split("\n\n").length);
        assertFalse(body.contains("Back To Top") || body.contains("By Song Sang-ho"), body);
        String opening = db.text("SELECT body FROM article WHERE headline = ?1", OPENING);
        assertTrue(opening.startsWith("The Seoul Defense Dialogue, a vice-ministerial multilateral forum first held in"
                + " Seoul the year before, opened its second edition on Monday"), opening);
        assertTrue(opening.endsWith("non-proliferation and the military's role in national cyber security, among"
                + " other themes."), opening);
        assertEquals(5, opening.split("\n\n").length);
        String later = db.text("SELECT body FROM article WHERE headline = ?1", LATER);
        assertTrue(later.startsWith("South Korea's Defense Ministry announced that Vice Defense Minister Shin"
                + " Beom-chul will meet Japan's Vice Defense Minister Masami Oka on Wednesday"), later);
        assertTrue(later.endsWith("It will be the first such meeting since September 2016."), later);
        assertEquals(3, later.split("\n\n").length);
        assertEquals("system", db.text("SELECT DISTINCT created_by FROM article"));
    }

    @Test
    void countriesAndOrganisations() {
        assertEquals(List.of("AU Australia", "BN Brunei", "CA Canada", "CN China", "GB United Kingdom",
                "ID Indonesia", "IN India", "JP Japan", "KH Cambodia", "KR South Korea", "MM Myanmar", "MN Mongolia",
                "MY Malaysia", "NZ New Zealand", "PH Philippines", "RU Russia", "SG Singapore", "TH Thailand",
                "US United States", "VN Vietnam"), db.texts("SELECT code || ' ' || name FROM country ORDER BY code"));
        assertEquals(List.of("Defense Ministry||MINISTRY|JP|", "Defense Ministry||MINISTRY|KR|",
                "European Union|EU|INTERNATIONAL_ORGANIZATION||", "North Atlantic Treaty Organization|NATO|ALLIANCE||",
                "United Nations|U.N.|INTERNATIONAL_ORGANIZATION||"),
                db.texts("SELECT concat_ws('|', o.name, coalesce(o.short_name, ''), o.kind, coalesce(c.code, ''),"
                        + " coalesce(o.parent_id::text, '')) FROM organization o"
                        + " LEFT JOIN country c ON c.id = o.country_id"
                        + " ORDER BY 1"));
    }

    @Test
    void officialsAndTheirPosts() {
        assertEquals(List.of("Baek Seung-joo|KR|{}", "Kim Min-seok|KR|{}", "Masami Oka|JP|{}",
                "Masanori Nishi|JP|{}", "Shin Beom-chul|KR|{}"),
                db.texts("SELECT concat_ws('|', o.name, c.code, o.other_names) FROM official o"
                        + " JOIN country c ON c.id = o.country_id ORDER BY o.name"));
        // each post comes from the article that first names it; the opening report names Baek's and Nishi's again
        assertEquals(List.of("Baek Seung-joo|" + VDM + "|Defense Ministry|KR|||" + SHIPPED,
                "Kim Min-seok|Spokesperson|Defense Ministry|KR|||" + SHIPPED,
                "Masami Oka|" + VDM + "|Defense Ministry|JP|||" + LATER,
                "Masanori Nishi|" + VDM + "|Defense Ministry|JP|||" + SHIPPED,
                "Shin Beom-chul|" + VDM + "|Defense Ministry|KR|||" + LATER),
                db.texts("SELECT concat_ws('|', o.name, p.title, g.name, c.code, coalesce(p.start_date::text, ''),"
                        + " coalesce(p.end_date::text, ''), a.headline)"
                        + " FROM official_position p JOIN official o ON o.id = p.official_id"
                        + " JOIN organization g ON g.id = p.organization_id JOIN country c ON c.id = g.country_id"
                        + " JOIN article a ON a.id = p.source_article_id ORDER BY o.name"));
    }

    @Test
    void topics() {
        assertEquals(List.of("Japan's military buildup", "South Korean navy joining Japan's fleet review",
                "bilateral meeting of defence ministers", "collective self-defense",
                "historical and territorial disputes", "military intelligence-sharing pact",
                "military response to Japanese patrol aircraft"),
                db.texts("SELECT name FROM topic ORDER BY name COLLATE \"C\""));
        // the two later reports describe none of their topics, and leave the article's descriptions as they are
        assertEquals(List.of("South Korean navy joining Japan's fleet review", "bilateral meeting of defence ministers",
                "military response to Japanese patrol aircraft"),
                db.texts("SELECT name FROM topic WHERE description IS NULL ORDER BY name COLLATE \"C\""));
        String selfDefense = db.text("SELECT description FROM topic WHERE name = 'collective self-defense'");
        assertTrue(selfDefense.contains("attack on an ally") && selfDefense.contains("U.S.")
                && selfDefense.contains("constitution"), selfDefense);
        String pact = db.text("SELECT description FROM topic WHERE name = 'military intelligence-sharing pact'");
        assertTrue(pact.contains("failed to sign") && pact.contains("deteriorating relations"), pact);
    }

    @Test
    void forums() {
        // one row per edition of the series: the article's and the opening report's forum (the second edition,
        // merged), and the later report's
        assertEquals(List.of("Seoul Defense Dialogue|an international security forum hosted by Seoul’s Defense"
                + " Ministry|KR|Defense Ministry|KR||||3|Monday|Wednesday|21|2|false|its second edition; the forum"
                + " was first held in Seoul the year before|about 180 senior officials and experts from 21 countries"
                + " and three international organisations|2",
                "Seoul Defense Dialogue||||||||3|Tuesday|||11|true|nine years after the second edition, the forum"
                        + " being held yearly||1"),
                db.texts("SELECT concat_ws('|', f.name, coalesce(f.description, ''), coalesce(hc.code, ''),"
                        + " coalesce(o.name, ''), coalesce(oc.code, ''), coalesce(f.location, ''),"
                        + " coalesce(f.start_date::text, ''), coalesce(f.end_date::text, ''),"
                        + " coalesce(f.duration_days::text, ''), coalesce(f.start_date_text, ''),"
                        + " coalesce(f.end_date_text, ''), coalesce(f.participating_country_count::text, ''),"
                        + " f.edition, f.edition_derived::text, coalesce(f.edition_text, ''),"
                        + " coalesce(f.attendance_text, ''),"
                        + " (SELECT count(*) FROM forum_article a WHERE a.forum_id = f.id))"
                        + " FROM forum f LEFT JOIN country hc ON hc.id = f.host_country_id"
                        + " LEFT JOIN organization o ON o.id = f.host_organization_id"
                        + " LEFT JOIN country oc ON oc.id = o.country_id ORDER BY f.edition"));
        assertEquals(List.of("2|" + SHIPPED, "2|" + OPENING, "11|" + LATER),
                db.texts("SELECT f.edition || '|' || a.headline FROM forum_article x JOIN forum f ON f.id = x.forum_id"
                        + " JOIN article a ON a.id = x.article_id ORDER BY f.edition, a.id"));
        // the second edition: the article's six countries and three organisations, the 14 more countries of the
        // opening report, and the level of each delegation that report gives; the later edition: KR and JP
        assertEquals(List.of("2|BELOW_VICE_MINISTER|AU,CA,CN,GB,IN,KH,MM,MY,NATO,NZ,RU,US",
                "2|VICE_MINISTER|BN,EU,ID,JP,KR,MN,PH,SG,TH,U.N.,VN", "11||JP,KR"),
                db.texts("SELECT f.edition || '|' || coalesce(p.delegation_level, '') || '|'"
                        + " || string_agg(coalesce(c.code, o.short_name), ',' ORDER BY coalesce(c.code, o.short_name)"
                        + " COLLATE \"C\") FROM forum_participant p JOIN forum f ON f.id = p.forum_id"
                        + " LEFT JOIN country c ON c.id = p.country_id"
                        + " LEFT JOIN organization o ON o.id = p.organization_id"
                        + " GROUP BY f.edition, p.delegation_level ORDER BY f.edition, p.delegation_level"));
    }

    @Test
    void meetings() {
        // the article's talks, which the opening report announces as planned (merged: still held, a third note);
        // Baek's five talks of the first day; the talks of edition 11, planned
        String held = "|2|false||Monday||HELD|{}|1";
        assertEquals(List.of("1|2|true||Wednesday||HELD|{\"The first vice-ministerial talks between the two"
                + " countries in two years.\",\"Held amid increasing concerns in South Korea over Japan's push to build"
                + " up its military.\",\"The first vice-ministerial talks between the two countries since November"
                + " 2011.\"}|2", "2" + held, "3" + held, "4" + held, "5" + held, "6" + held,
                "7|11|true||Wednesday||PLANNED|{\"The first vice-ministerial talks between the two countries since"
                        + " September 2016.\"}|1"),
                db.texts("SELECT concat_ws('|', " + MEETING_NO + ", f.edition, m.on_sidelines::text,"
                        + " coalesce(m.held_on::text, ''), m.date_text, coalesce(m.location, ''), m.status, m.notes,"
                        + " (SELECT count(*) FROM meeting_article a WHERE a.meeting_id = m.id))"
                        + " FROM bilateral_meeting m JOIN forum f ON f.id = m.forum_id ORDER BY m.id"));
        assertEquals(List.of("1"), db.texts("SELECT " + MEETING_NO + " FROM bilateral_meeting m"
                + " WHERE m.summary IS NOT NULL"));
        assertTrue(db.text("SELECT summary FROM bilateral_meeting WHERE summary IS NOT NULL")
                .contains("Seoul Defense Dialogue"));
        assertEquals(List.of("1|" + SHIPPED, "1|" + OPENING, "2|" + OPENING, "3|" + OPENING, "4|" + OPENING,
                "5|" + OPENING, "6|" + OPENING, "7|" + LATER),
                db.texts("SELECT " + MEETING_NO + " || '|' || a.headline FROM meeting_article x"
                        + " JOIN bilateral_meeting m ON m.id = x.meeting_id JOIN article a ON a.id = x.article_id"
                        + " ORDER BY m.id, a.id"));
        // a side is a country or an organisation; the counterparts of the first day are not named
        String baek = "|1|KR|Baek Seung-joo|" + VDM;
        assertEquals(List.of("1" + baek, "1|2|JP|Masanori Nishi|" + VDM, "2" + baek, "2|2|PH||", "3" + baek,
                "3|2|ID||", "4" + baek, "4|2|US||", "5" + baek, "5|2|U.N.||", "6" + baek, "6|2|EU||",
                "7|1|KR|Shin Beom-chul|" + VDM, "7|2|JP|Masami Oka|" + VDM),
                db.texts("SELECT concat_ws('|', " + MEETING_NO + ", s.side_no, coalesce(c.code, g.short_name),"
                        + " coalesce(o.name, ''), coalesce(p.title, '')) FROM meeting_side s"
                        + " JOIN bilateral_meeting m ON m.id = s.meeting_id LEFT JOIN country c ON c.id = s.country_id"
                        + " LEFT JOIN organization g ON g.id = s.organization_id"
                        + " LEFT JOIN meeting_participant mp ON mp.side_id = s.id"
                        + " LEFT JOIN official o ON o.id = mp.official_id"
                        + " LEFT JOIN official_position p ON p.id = mp.position_id ORDER BY m.id, s.side_no"));
        // the talks discussed what the article says and are expected to take up the defence ministers' meeting
        // too; the opening report's expectation of the two topics discussed already is settled by the article
        assertEquals(List.of("1|bilateral meeting of defence ministers|true", "1|collective self-defense|false",
                "1|military intelligence-sharing pact|false", "7|South Korean navy joining Japan's fleet review|true",
                "7|military intelligence-sharing pact|true", "7|military response to Japanese patrol aircraft|true"),
                db.texts("SELECT concat_ws('|', " + MEETING_NO + ", t.name, EXISTS (SELECT 1"
                        + " FROM meeting_topic_expected e WHERE e.meeting_id = mt.meeting_id"
                        + " AND e.topic_id = mt.topic_id)::text)"
                        + " FROM meeting_topic mt JOIN bilateral_meeting m ON m.id = mt.meeting_id"
                        + " JOIN topic t ON t.id = mt.topic_id ORDER BY m.id, t.name COLLATE \"C\""));
    }

    @Test
    void statements() {
        String byBaek = "Baek Seung-joo|" + VDM + "|";
        String relayed = byBaek + "Kim Min-seok|Spokesperson|JP||";
        String direct = byBaek + "||JP||";
        assertEquals(List.of(
                "PARAPHRASE|" + direct + "true||Wednesday|collective self-defense|Tokyo’s exercise of the right to"
                        + " collective self-defense should not have negative impacts on regional stability and"
                        + " peninsular security.",
                "PARAPHRASE|" + direct + "true||Wednesday|military intelligence-sharing pact|Public consensus in favor"
                        + " of the pact should first be forged before signing it.",
                "QUOTE|" + relayed + "true||Wednesday|collective self-defense|Baek delivered our stance and concerns"
                        + " over Japan’s pursuit of the right to collective self-defense",
                "QUOTE|" + relayed + "true||Wednesday|collective self-defense|He clarified that its pursuit should be"
                        + " carried out in a way that contributes to regional peace and stability under the spirit of"
                        + " its pacifist constitution, and in a way that is transparent and addresses neighboring"
                        + " states’ doubts and concerns.",
                "PARAPHRASE|" + direct + "false||recently|collective self-defense|It was not the right time for Tokyo"
                        + " to push collective self-defense.",
                "PARAPHRASE|" + direct + "false||recently|collective self-defense,historical and territorial disputes"
                        + "|Japan should first restore trust with its neighboring states, particularly South Korea and"
                        + " China, the major victims of the archipelago state’s past militarism."),
                db.texts("SELECT concat_ws('|', s.kind, sp.name, spp.title, coalesce(r.name, ''),"
                        + " coalesce(rp.title, ''),"
                        + " ac.code, coalesce(s.addressee_organization_id::text, ''), (s.meeting_id IS NOT NULL)::text,"
                        + " coalesce(s.said_on::text, ''), s.date_text, (SELECT string_agg(t.name, ',' ORDER BY t.name)"
                        + " FROM statement_topic st JOIN topic t ON t.id = st.topic_id WHERE st.statement_id = s.id),"
                        + " s.text) FROM statement s JOIN official sp ON sp.id = s.speaker_id"
                        + " JOIN official_position spp ON spp.id = s.speaker_position_id"
                        + " LEFT JOIN official r ON r.id = s.relayed_by_id"
                        + " LEFT JOIN official_position rp ON rp.id = s.relayed_by_position_id"
                        + " JOIN country ac ON ac.id = s.addressee_country_id ORDER BY s.id"));
        // all six are the article's: the two later reports record none
        assertEquals(6, db.count("SELECT count(*) FROM statement_article sa JOIN article a ON a.id = sa.article_id"
                + " WHERE a.headline = ?1", SHIPPED));
    }

    @Test
    void mentions() {
        // each article's mentions, in the order of import: the article, the opening report, the later report
        assertEquals(List.of("Baek Seung-joo,Kim Min-seok,Masanori Nishi", "Baek Seung-joo,Masanori Nishi",
                "Masami Oka,Shin Beom-chul"), mentioned("article_official", "official", "x.name"));
        assertEquals(List.of("AU,CA,CN,JP,KR,SG,US",
                "AU,BN,CA,CN,GB,ID,IN,JP,KH,KR,MM,MN,MY,NZ,PH,RU,SG,TH,US,VN", "JP,KR"),
                mentioned("article_country", "country", "x.code"));
        assertEquals(List.of("Defense Ministry JP,Defense Ministry KR,European Union,North Atlantic Treaty"
                + " Organization,United Nations", "European Union,North Atlantic Treaty Organization,United Nations",
                "Defense Ministry KR"), mentioned("article_organization", "organization",
                        "x.name || coalesce(' ' || (SELECT code FROM country WHERE id = x.country_id), '')"));
        assertEquals(List.of("Japan's military buildup,collective self-defense,historical and territorial disputes,"
                + "military intelligence-sharing pact", "bilateral meeting of defence ministers,collective"
                + " self-defense,military intelligence-sharing pact", "South Korean navy joining Japan's fleet review,"
                + "military intelligence-sharing pact,military response to Japanese patrol aircraft"),
                mentioned("article_topic", "topic", "x.name"));
    }

    /** Per article in import order, the {@code name}s of the rows of {@code table} it mentions, sorted. */
    private List<String> mentioned(String junction, String table, String name) {
        return db.texts("SELECT coalesce(string_agg(" + name + ", ',' ORDER BY (" + name + ") COLLATE \"C\"), '')"
                + " FROM article a LEFT JOIN " + junction + " j ON j.article_id = a.id"
                + " LEFT JOIN " + table + " x ON x.id = j." + table + "_id GROUP BY a.id ORDER BY a.id");
    }
}
