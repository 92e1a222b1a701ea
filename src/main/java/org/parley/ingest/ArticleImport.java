package org.parley.ingest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.parley.organization.OrganizationKind;
import org.parley.statement.StatementKind;

/**
 * One article and everything it reports, as a JSON document to import.
 *
 * <p>Entries refer to each other by <b>reference</b>, a string that is, in this order: the
 * {@code key} of an entry of that type in the document; the {@code name} of exactly one such entry;
 * the name of exactly one existing row. Countries are referred to by ISO code. A reference that
 * finds nothing, or more than one thing, fails the whole import. Strings are trimmed and
 * NFC-normalised; a blank optional string counts as absent. Dates are ISO {@code yyyy-MM-dd}; a
 * date the article does not give stays absent, and the words it uses instead go in {@code *Text}.
 * Absent lists count as empty.
 *
 * @param article the article itself
 * @param countries the countries the document refers to that may not exist yet
 * @param organizations organisations, parents before their children
 * @param officials officials with the posts the article gives them
 * @param topics subjects of meetings, statements and the article
 * @param forums multilateral gatherings (one edition each)
 * @param meetings bilateral meetings
 * @param statements what officials said, as the article reports it
 * @param mentions what the article mentions, by reference
 */
public record ArticleImport(
        @NotNull @Valid ArticleEntry article,
        List<@NotNull @Valid CountryEntry> countries,
        List<@NotNull @Valid OrganizationEntry> organizations,
        List<@NotNull @Valid OfficialEntry> officials,
        List<@NotNull @Valid TopicEntry> topics,
        List<@NotNull @Valid ForumEntry> forums,
        List<@NotNull @Valid MeetingEntry> meetings,
        List<@NotNull @Valid StatementEntry> statements,
        @Valid Mentions mentions) {

    public ArticleImport {
        countries = orEmpty(countries);
        organizations = orEmpty(organizations);
        officials = orEmpty(officials);
        topics = orEmpty(topics);
        forums = orEmpty(forums);
        meetings = orEmpty(meetings);
        statements = orEmpty(statements);
        mentions = mentions == null ? new Mentions(null, null, null, null) : mentions;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * @param url where the article was published; the article's natural key when given
     * @param headline the headline; the natural key of an article without a URL
     * @param authors the bylines' names, in order
     * @param publisher reference to the organisation (kind NEWS_PUBLISHER) that published it
     * @param publishedOn the day of publication
     * @param body the text of the article, paragraphs separated by blank lines, without site chrome
     */
    public record ArticleEntry(
            @Size(max = 2000) String url,
            @NotBlank @Size(max = 500) String headline,
            List<@NotBlank String> authors,
            String publisher,
            LocalDate publishedOn,
            @NotNull @Size(max = 200000) String body) {

        public ArticleEntry {
            authors = orEmpty(authors);
        }
    }

    /**
     * @param code ISO 3166-1 alpha-2 code (the natural key), e.g. KR
     * @param name English short name, e.g. South Korea
     */
    public record CountryEntry(@NotNull @Pattern(regexp = "\\s*[A-Za-z]{2}\\s*") String code,
            @NotBlank @Size(max = 200) String name) {
    }

    /**
     * @param key optional local key that references in this document may use
     * @param name full name, e.g. Defense Ministry; with {@code country}, the natural key
     * @param shortName abbreviation, e.g. NATO
     * @param kind what sort of body it is
     * @param country code of its country; absent for international bodies
     * @param parent reference to the organisation it belongs to
     */
    public record OrganizationEntry(String key, @NotBlank @Size(max = 300) String name,
            @Size(max = 50) String shortName, @NotNull OrganizationKind kind, String country, String parent) {
    }

    /**
     * @param key optional local key that references in this document may use
     * @param name the name the article uses, e.g. Baek Seung-joo; with {@code country}, the natural key
     * @param otherNames other spellings or scripts of the name, e.g. 백승주 (added to those known)
     * @param country code of the country the official serves
     * @param positions the posts the article gives the official
     */
    public record OfficialEntry(String key, @NotBlank @Size(max = 200) String name,
            List<@NotBlank String> otherNames, String country, List<@NotNull @Valid PositionEntry> positions) {

        public OfficialEntry {
            otherNames = orEmpty(otherNames);
            positions = orEmpty(positions);
        }
    }

    /**
     * A post; meetings and statements refer to it by its title. The natural key is official, title
     * and organisation; the article is recorded as the post's source when it is the first to report it.
     *
     * @param title e.g. Vice Defense Minister
     * @param organization reference to the organisation the post belongs to
     * @param startDate first day in the post
     * @param endDate last day in the post
     */
    public record PositionEntry(@NotBlank @Size(max = 200) String title, String organization,
            LocalDate startDate, LocalDate endDate) {
    }

    /**
     * @param key optional local key that references in this document may use
     * @param name the topic's name (the natural key), e.g. collective self-defense
     * @param description what the topic is, from the article's facts
     */
    public record TopicEntry(String key, @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description) {
    }

    /**
     * One edition of a multilateral gathering; natural key: name and start date.
     *
     * @param key optional local key that references in this document may use
     * @param name e.g. Seoul Defense Dialogue
     * @param description what the forum is
     * @param hostCountry code of the host country
     * @param hostOrganization reference to the host organisation
     * @param location where it took place
     * @param startDate first day
     * @param endDate last day
     * @param durationDays how many days it lasted, when the article says so
     * @param endDateText the article's words for the last day when it gives no date, e.g. Wednesday
     * @param participatingCountryCount how many countries took part, as the article counts them
     * @param participantCountries codes of the countries known to have taken part
     * @param participantOrganizations references to the organisations that took part
     */
    public record ForumEntry(String key, @NotBlank @Size(max = 300) String name,
            @Size(max = 2000) String description, String hostCountry, String hostOrganization,
            @Size(max = 300) String location, LocalDate startDate, LocalDate endDate,
            @Positive Integer durationDays, @Size(max = 100) String endDateText,
            @PositiveOrZero Integer participatingCountryCount, List<@NotBlank String> participantCountries,
            List<@NotBlank String> participantOrganizations) {

        public ForumEntry {
            participantCountries = orEmpty(participantCountries);
            participantOrganizations = orEmpty(participantOrganizations);
        }
    }

    /**
     * Talks between two countries; natural key: forum, heldOn, dateText and the two countries.
     *
     * @param key optional local key that statements may use
     * @param forum reference to the forum it took place at
     * @param onSidelines whether it was held on the sidelines of that forum (absent: false)
     * @param heldOn the day it was held
     * @param dateText the article's words for the day when it gives no date, e.g. Wednesday
     * @param location where it was held
     * @param summary one or two sentences of what happened, from the article's facts
     * @param notes further facts, one sentence each (added to those known)
     * @param sides exactly two, each a different country
     * @param topics references to what was discussed
     */
    public record MeetingEntry(String key, String forum, Boolean onSidelines, LocalDate heldOn,
            @Size(max = 100) String dateText, @Size(max = 300) String location, @Size(max = 5000) String summary,
            List<@NotBlank String> notes, @NotNull @Size(min = 2, max = 2) List<@NotNull @Valid SideEntry> sides,
            List<@NotBlank String> topics) {

        public MeetingEntry {
            notes = orEmpty(notes);
            topics = orEmpty(topics);
        }
    }

    /**
     * @param country code of the side's country
     * @param participants the side's officials
     */
    public record SideEntry(@NotBlank String country, List<@NotNull @Valid ParticipantEntry> participants) {

        public SideEntry {
            participants = orEmpty(participants);
        }
    }

    /**
     * @param official reference to the official
     * @param position title of the post the official held there (one of the official's positions)
     */
    public record ParticipantEntry(@NotBlank String official, String position) {
    }

    /**
     * What an official said; natural key: speaker, text and meeting.
     *
     * @param speaker reference to the official whose words or views these are
     * @param speakerPosition title of the speaker's post at the time (one of the speaker's positions)
     * @param text the words: verbatim for a QUOTE (without quotation marks), the article's own for a PARAPHRASE
     * @param kind QUOTE or PARAPHRASE
     * @param relayedBy reference to the official who passed the words on, e.g. a spokesperson; for a
     *     QUOTE relayed this way the quoted words are the relay's
     * @param relayedByPosition title of the relay's post at the time
     * @param addresseeCountry code of the country the words were addressed to
     * @param addresseeOrganization reference to the organisation the words were addressed to
     * @param topics references to what the words are about
     * @param meeting the meeting it was said at: a meeting's key, or its index in {@code meetings} from 0
     * @param saidOn the day it was said
     * @param dateText the article's words for the day when it gives no date, e.g. recently
     */
    public record StatementEntry(@NotBlank String speaker, String speakerPosition,
            @NotBlank @Size(max = 10000) String text, @NotNull StatementKind kind, String relayedBy,
            String relayedByPosition, String addresseeCountry, String addresseeOrganization,
            List<@NotBlank String> topics, String meeting, LocalDate saidOn, @Size(max = 100) String dateText) {

        public StatementEntry {
            topics = orEmpty(topics);
        }
    }

    /**
     * What the article mentions, by reference; replaces what an earlier import of the article recorded.
     *
     * @param officials references to officials
     * @param countries country codes
     * @param organizations references to organisations
     * @param topics references to topics
     */
    public record Mentions(List<@NotBlank String> officials, List<@NotBlank String> countries,
            List<@NotBlank String> organizations, List<@NotBlank String> topics) {

        public Mentions {
            officials = orEmpty(officials);
            countries = orEmpty(countries);
            organizations = orEmpty(organizations);
            topics = orEmpty(topics);
        }
    }
}
