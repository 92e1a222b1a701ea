package org.parley.official;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.parley.country.Country;
import org.parley.country.CountryEntity;
import org.parley.write.Deleter;
import org.parley.write.Dependent;
import org.parley.write.Inputs;
import org.parley.write.RowService;
import org.parley.write.Writes;

/** Creates, updates and deletes officials; name and country together are unique. */
@ApplicationScoped
@Transactional
public class OfficialService extends RowService<OfficialEntity, OfficialInput> {

    /** The meetings in which the official is the only participant of a side: they cannot stay without them. */
    private static final String LONE = "SELECT s.meeting_id FROM meeting_side s JOIN meeting_participant p"
            + " ON p.side_id = s.id WHERE p.official_id = :id AND NOT EXISTS (SELECT 1 FROM meeting_participant q"
            + " WHERE q.side_id = s.id AND q.official_id <> :id)";
    private static final String POSITIONS = "SELECT id FROM official_position WHERE official_id = :id";

    /**
     * What refers to an official; a cascading delete deletes their statements, positions and part in meetings,
     * with the meetings that would be left with an empty side, and clears the rest.
     */
    static final List<Dependent> DEPENDENTS = List.of(
            Dependent.deleted("statements the official made", "statement", "speaker_id"),
            new Dependent("statements the official relayed", "SELECT count(*) FROM statement WHERE relayed_by_id = :id",
                    "UPDATE statement SET relayed_by_id = NULL, relayed_by_position_id = NULL"
                            + Dependent.stamp("statement") + " WHERE relayed_by_id = :id"),
            new Dependent("meetings the official took part in",
                    "SELECT count(*) FROM meeting_participant WHERE official_id = :id",
                    "UPDATE statement SET meeting_id = NULL" + Dependent.stamp("statement")
                            + " WHERE meeting_id IN (" + LONE + ")",
                    "DELETE FROM bilateral_meeting WHERE id IN (" + LONE + ")",
                    "UPDATE bilateral_meeting SET version = version + 1, updated_at = now(), updated_by = :who"
                            + " WHERE id IN (SELECT meeting_id FROM meeting_participant WHERE official_id = :id)",
                    "DELETE FROM meeting_participant WHERE official_id = :id"),
            new Dependent("positions of the official", "SELECT count(*) FROM official_position WHERE official_id = :id",
                    "UPDATE meeting_participant SET position_id = NULL WHERE position_id IN (" + POSITIONS + ")",
                    "UPDATE statement SET speaker_position_id = NULL" + Dependent.stamp("statement")
                            + " WHERE speaker_position_id IN (" + POSITIONS + ")",
                    "UPDATE statement SET relayed_by_position_id = NULL" + Dependent.stamp("statement")
                            + " WHERE relayed_by_position_id IN (" + POSITIONS + ")",
                    "DELETE FROM official_position WHERE official_id = :id"),
            Dependent.deleted("articles that mention the official", "article_official", "official_id"));

    public OfficialService(Inputs inputs, Writes writes, Deleter deleter) {
        super(inputs, writes, deleter, OfficialEntity.class, OfficialEntity::new,
                new Deletion(Official.TYPE, "official", "name", DEPENDENTS));
    }

    @Override
    protected void apply(OfficialEntity official, OfficialInput input) {
        CountryEntity country = inputs.find(CountryEntity.class, Country.TYPE, input.countryId(), "input.countryId");
        Writes.unique(official, OfficialEntity.findByNameAndCountry(input.name(), country), Official.TYPE,
                "input.name", "the name " + input.name() + " and " + (country == null ? "no country" : country.code));
        official.name = input.name();
        official.otherNames = new java.util.ArrayList<>(input.otherNames());
        official.country = country;
    }
}
