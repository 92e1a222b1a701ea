package org.parley.country;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.parley.meeting.MeetingService;
import org.parley.write.Deleter;
import org.parley.write.Dependent;
import org.parley.write.Inputs;
import org.parley.write.RowService;
import org.parley.write.Writes;

/** Creates, updates and deletes countries; code and name are each unique. */
@ApplicationScoped
@Transactional
public class CountryService extends RowService<CountryEntity, CountryInput> {

    /** What refers to a country; a cascading delete deletes its meetings and forum places and clears the rest. */
    static final List<Dependent> DEPENDENTS = List.of(
            Dependent.cleared("organisations of the country", "organization", "country_id"),
            Dependent.cleared("officials of the country", "official", "country_id"),
            Dependent.cleared("forums the country hosted", "forum", "host_country_id"),
            Dependent.deleted("forum participations of the country", "forum_participant", "country_id"),
            MeetingService.meetingsWithSide("meetings the country took part in", "country_id"),
            Dependent.cleared("statements addressed to the country", "statement", "addressee_country_id"),
            Dependent.deleted("articles that mention the country", "article_country", "country_id"));

    public CountryService(Inputs inputs, Writes writes, Deleter deleter) {
        super(inputs, writes, deleter, CountryEntity.class, CountryEntity::new,
                new Deletion(Country.TYPE, "country", "name", DEPENDENTS));
    }

    @Override
    protected void apply(CountryEntity country, CountryInput input) {
        Writes.unique(country, CountryEntity.findByCode(input.code()), Country.TYPE, "input.code",
                "the code " + input.code());
        Writes.unique(country, CountryEntity.find("name", input.name()).firstResult(), Country.TYPE, "input.name",
                "the name " + input.name());
        country.code = input.code();
        country.name = input.name();
    }
}
