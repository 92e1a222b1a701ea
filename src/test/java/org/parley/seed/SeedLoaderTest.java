package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.persistence.TestDb;

/** After start the database holds the shipped article's facts, exactly and nothing more. */
@QuarkusTest
class SeedLoaderTest {

    private static final String VDM = "Vice Defense Minister";

    @Inject
    TestDb db;

    @Inject
    SeedLoader seed;

    @Test
    void indexListsTheShippedArticle() {
        assertEquals(List.of("seoul-defense-dialogue.json"), seed.documents());
    }

    @Test
    void everyTableHoldsTheArticlesRows() {
        // and the aggregates (V4): one pair, its two countries, nine groups of counts, no pending change
        assertEquals(Map.ofEntries(Map.entry("aggregate_delta", 0L), Map.entry("group_count", 9L),
                Map.entry("meeting_country_count", 2L), Map.entry("meeting_fact", 1L),
                Map.entry("meeting_pair_count", 1L), Map.entry("article", 1L), Map.entry("article_country", 7L),
                Map.entry("article_official", 3L), Map.entry("article_organization", 5L),
                Map.entry("article_topic", 4L), Map.entry("bilateral_meeting", 1L), Map.entry("country", 7L),
                Map.entry("forum", 1L), Map.entry("forum_article", 1L), Map.entry("forum_participant", 9L),
                Map.entry("meeting_article", 1L), Map.entry("meeting_participant", 2L), Map.entry("meeting_side", 2L),
                Map.entry("meeting_topic", 2L), Map.entry("meeting_topic_expected", 0L),
                Map.entry("official", 3L), Map.entry("official_position", 3L),
                Map.entry("organization", 5L), Map.entry("statement", 6L), Map.entry("statement_article", 6L),
                Map.entry("statement_topic", 7L), Map.entry("topic", 4L)), db.rowCounts());
    }

    @Test
    void noRowWasUpdatedAfterItWasWritten() {
        assertEquals("0,0,0,0,0,0,0,0,0", db.versions());
    }

    @Test
    void article() {
        assertEquals("Seoul cautions Tokyo over collective self-defense move|{\"Song Sang-ho\"}|||",
                db.text("SELECT concat_ws('|', headline, authors, coalesce(url, ''), coalesce(publisher_id::text, ''),"
                        + " coalesce(published_on::text, '')) FROM article"));
        String body = db.text("SELECT body FROM article");
        assertTrue(body.startsWith("Vice Defense Minister Baek Seung-joo told his Japanese counterpart Wednesday that"
                + " Tokyo’s exercise"), body);
        assertTrue(body.endsWith("At the forum, 21 countries including the U.S., Canada, Singapore and Australia,"
                + " and the U.N., the North Atlantic Treaty Organization and the EU participated."), body);
        assertEquals(12, body.split("\n\n").length);
        assertFalse(body.contains("Back To Top") || body.contains("By Song Sang-ho"), body);
        assertEquals("system", db.text("SELECT DISTINCT created_by FROM article"));
    }

    @Test
    void countriesAndOrganisations() {
        assertEquals(List.of("AU Australia", "CA Canada", "CN China", "JP Japan", "KR South Korea", "SG Singapore",
                "US United States"), db.texts("SELECT code || ' ' || name FROM country ORDER BY code"));
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
        assertEquals(List.of("Baek Seung-joo|KR|{}", "Kim Min-seok|KR|{}", "Masanori Nishi|JP|{}"),
                db.texts("SELECT concat_ws('|', o.name, c.code, o.other_names) FROM official o"
                        + " JOIN country c ON c.id = o.country_id ORDER BY o.name"));
        assertEquals(List.of("Baek Seung-joo|" + VDM + "|Defense Ministry|KR|||true",
                "Kim Min-seok|Spokesperson|Defense Ministry|KR|||true",
                "Masanori Nishi|" + VDM + "|Defense Ministry|JP|||true"),
                db.texts("SELECT concat_ws('|', o.name, p.title, g.name, c.code, coalesce(p.start_date::text, ''),"
                        + " coalesce(p.end_date::text, ''), (p.source_article_id = (SELECT id FROM article))::text)"
                        + " FROM official_position p JOIN official o ON o.id = p.official_id"
                        + " JOIN organization g ON g.id = p.organization_id JOIN country c ON c.id = g.country_id"
                        + " ORDER BY o.name"));
    }

    @Test
    void topics() {
        assertEquals(List.of("Japan's military buildup", "collective self-defense",
                "historical and territorial disputes", "military intelligence-sharing pact"),
                db.texts("SELECT name FROM topic ORDER BY name COLLATE \"C\""));
        String selfDefense = db.text("SELECT description FROM topic WHERE name = 'collective self-defense'");
        assertTrue(selfDefense.contains("attack on an ally") && selfDefense.contains("U.S.")
                && selfDefense.contains("constitution"), selfDefense);
        String pact = db.text("SELECT description FROM topic WHERE name = 'military intelligence-sharing pact'");
        assertTrue(pact.contains("failed to sign") && pact.contains("deteriorating relations"), pact);
    }

    @Test
    void forum() {
        assertEquals("Seoul Defense Dialogue|an international security forum hosted by Seoul’s Defense Ministry|KR"
                + "|Defense Ministry|KR||||3|Wednesday|21|1",
                db.text("SELECT concat_ws('|', f.name, f.description, hc.code, o.name, oc.code,"
                        + " coalesce(f.location, ''), coalesce(f.start_date::text, ''), coalesce(f.end_date::text, ''),"
                        + " f.duration_days, f.end_date_text, f.participating_country_count,"
                        + " (SELECT count(*) FROM forum_article a WHERE a.forum_id = f.id))"
                        + " FROM forum f JOIN country hc ON hc.id = f.host_country_id"
                        + " JOIN organization o ON o.id = f.host_organization_id"
                        + " JOIN country oc ON oc.id = o.country_id"));
        assertEquals(List.of("AU", "CA", "European Union", "JP", "KR", "North Atlantic Treaty Organization", "SG",
                "US", "United Nations"),
                db.texts("SELECT coalesce(c.code, o.name) FROM forum_participant p"
                        + " LEFT JOIN country c ON c.id = p.country_id"
                        + " LEFT JOIN organization o ON o.id = p.organization_id"
                        + " ORDER BY coalesce(c.code, o.name) COLLATE \"C\""));
    }

    @Test
    void meeting() {
        assertEquals("Seoul Defense Dialogue|true||Wednesday||{\"The first vice-ministerial talks between the two"
                + " countries in two years.\",\"Held amid increasing concerns in South Korea over Japan's push to build"
                + " up its military.\"}|1",
                db.text("SELECT concat_ws('|', f.name, m.on_sidelines::text, coalesce(m.held_on::text, ''),"
                        + " m.date_text, coalesce(m.location, ''), m.notes, (SELECT count(*) FROM meeting_article a"
                        + " WHERE a.meeting_id = m.id)) FROM bilateral_meeting m JOIN forum f ON f.id = m.forum_id"));
        assertTrue(db.text("SELECT summary FROM bilateral_meeting").contains("Seoul Defense Dialogue"));
        assertEquals(List.of("1|KR|Baek Seung-joo|" + VDM, "2|JP|Masanori Nishi|" + VDM),
                db.texts("SELECT concat_ws('|', s.side_no, c.code, o.name, p.title) FROM meeting_participant mp"
                        + " JOIN meeting_side s ON s.id = mp.side_id JOIN country c ON c.id = s.country_id"
                        + " JOIN official o ON o.id = mp.official_id JOIN official_position p ON p.id = mp.position_id"
                        + " ORDER BY s.side_no"));
        assertEquals(List.of("collective self-defense", "military intelligence-sharing pact"),
                db.texts("SELECT t.name FROM meeting_topic mt JOIN topic t ON t.id = mt.topic_id ORDER BY 1"));
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
        assertEquals(6, db.count("SELECT count(*) FROM statement_article sa JOIN article a ON a.id = sa.article_id"));
    }

    @Test
    void mentions() {
        assertEquals(List.of("Baek Seung-joo", "Kim Min-seok", "Masanori Nishi"),
                db.texts("SELECT o.name FROM article_official x JOIN official o ON o.id = x.official_id ORDER BY 1"));
        assertEquals(List.of("AU", "CA", "CN", "JP", "KR", "SG", "US"),
                db.texts("SELECT c.code FROM article_country x JOIN country c ON c.id = x.country_id ORDER BY 1"));
        assertEquals(5, db.count("SELECT count(*) FROM article_organization"));
        assertEquals(4, db.count("SELECT count(*) FROM article_topic"));
    }
}
