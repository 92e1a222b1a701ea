package org.parley.country;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.parley.graphql.AlreadyExistsException;
import org.parley.write.DeletePayload;
import org.parley.write.Deleter;
import org.parley.write.Dependent;
import org.parley.write.Inputs;
import org.parley.write.Writes;

/** Creates, updates and deletes countries; code and name are each unique. */
@ApplicationScoped
@Transactional
public class CountryService {

    /** What refers to a country; a cascading delete deletes its meetings and forum places and clears the rest. */
    static final List<Dependent> DEPENDENTS = List.of(
            Dependent.cleared("organisations of the country", "organization", "country_id"),
            Dependent.cleared("officials of the country", "official", "country_id"),
            Dependent.cleared("forums the country hosted", "forum", "host_country_id"),
            Dependent.deleted("forum participations of the country", "forum_participant", "country_id"),
            new Dependent("meetings the country took part in",
                    "SELECT count(*) FROM meeting_side WHERE country_id = :id",
                    "UPDATE statement SET meeting_id = NULL" + Dependent.stamp("statement")
                            + " WHERE meeting_id IN (SELECT meeting_id FROM meeting_side WHERE country_id = :id)",
                    "DELETE FROM bilateral_meeting WHERE id IN (SELECT meeting_id FROM meeting_side WHERE country_id = :id)"),
            Dependent.cleared("statements addressed to the country", "statement", "addressee_country_id"),
            Dependent.deleted("articles that mention the country", "article_country", "country_id"));

    private final Inputs inputs;
    private final Writes writes;
    private final Deleter deleter;

    public CountryService(Inputs inputs, Writes writes, Deleter deleter) {
        this.inputs = inputs;
        this.writes = writes;
        this.deleter = deleter;
    }

    public long create(CountryInput input) {
        inputs.validate(input, "input");
        CountryEntity country = new CountryEntity();
        apply(country, input);
        return writes.insert(country).id;
    }

    public long update(String id, int expectedVersion, CountryInput input) {
        inputs.validate(input, "input");
        CountryEntity country = writes.lock(CountryEntity.class, Country.TYPE, id, expectedVersion);
        apply(country, input);
        return writes.update(country).id;
    }

    public DeletePayload delete(String id, int expectedVersion, boolean cascade) {
        return deleter.delete(Country.TYPE, "country", "name", id, expectedVersion, cascade, DEPENDENTS);
    }

    private static void apply(CountryEntity country, CountryInput input) {
        unique(country, CountryEntity.findByCode(input.code()), "input.code", "code " + input.code());
        unique(country, CountryEntity.find("name", input.name()).firstResult(), "input.name", "name " + input.name());
        country.code = input.code();
        country.name = input.name();
    }

    private static void unique(CountryEntity country, CountryEntity holder, String field, String key) {
        if (holder != null && !holder.equals(country)) {
            throw new AlreadyExistsException(field, "A country with the " + key + " exists already.",
                    org.parley.graphql.GlobalId.encode(Country.TYPE, holder.id));
        }
    }
}
