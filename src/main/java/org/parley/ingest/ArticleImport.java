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
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.parley.forum.DelegationLevel;
import org.parley.meeting.MeetingSide;
import org.parley.meeting.MeetingStatus;
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
@Input("ArticleImportInput")
@Description("One article and everything it reports. Entries refer to each other by reference: the key of an entry of"
        + " that type in the document, else the name of exactly one such entry, else the name of exactly one existing"
        + " row; countries by ISO code. What exists is matched by natural key (country code; organisation or official"
        + " name with country; forum name with an edition it does not contradict; topic name; article URL, or"
        + " headline without one).")
public record ArticleImport(
        @NotNull @Valid @Description("The article itself.") ArticleEntry article,
        @Description("Countries the document refers to that may not exist yet.")
        List<@NotNull @Valid CountryEntry> countries,
        @Description("Organisations, parents before their children.")
        List<@NotNull @Valid OrganizationEntry> organizations,
        @Description("Officials with the posts the article gives them.") List<@NotNull @Valid OfficialEntry> officials,
        @Description("Subjects of meetings, statements and the article.") List<@NotNull @Valid TopicEntry> topics,
        @Description("Multilateral gatherings, one edition each.") List<@NotNull @Valid ForumEntry> forums,
        @Description("Meetings: bilateral, or of more parties.") List<@NotNull @Valid MeetingEntry> meetings,
        @Description("What officials said, as the article reports it.") List<@NotNull @Valid StatementEntry> statements,
        @Valid @Description("What the article mentions; replaces what an earlier import of it recorded.")
        Mentions mentions) {

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
    @Input("ImportedArticleInput")
    @Description("The article of an import document; it replaces all the values an earlier import recorded.")
    public record ArticleEntry(
            @Size(max = 2000) @Description("Where it was published; the natural key when given.") String url,
            @NotBlank @Size(max = 500) @Description("The headline; the natural key without a URL.") String headline,
            @Description("The bylines' names, in order.") List<@NotBlank @Size(max = 200) String> authors,
            @Size(max = 300) @Description("Reference to the organisation that published it.") String publisher,
            @Description("The day of publication.") LocalDate publishedOn,
            @NotNull @Size(max = 200000) @Description("The text, paragraphs separated by blank lines.") String body) {

        public ArticleEntry {
            authors = orEmpty(authors);
        }
    }

    /**
     * @param code ISO 3166-1 alpha-2 code (the natural key), e.g. KR
     * @param name English short name, e.g. South Korea
     */
    @Input("ImportedCountryInput")
    @Description("A country of an import document, matched by code.")
    public record CountryEntry(
            @NotNull @Pattern(regexp = "\\s*[A-Za-z]{2}\\s*") @Description("ISO 3166-1 alpha-2 code, e.g. KR.")
            String code,
            @NotBlank @Size(max = 200) @Description("English short name, e.g. South Korea.") String name) {
    }

    /**
     * @param key optional local key that references in this document may use
     * @param name full name, e.g. Defense Ministry; with {@code country}, the natural key
     * @param shortName abbreviation, e.g. NATO
     * @param kind what sort of body it is
     * @param country code of its country; absent for international bodies
     * @param parent reference to the organisation it belongs to
     */
    @Input("ImportedOrganizationInput")
    @Description("An organisation of an import document, matched by name and country.")
    public record OrganizationEntry(
            @Size(max = 100) @Description("Local key that references in this document may use.") String key,
            @NotBlank @Size(max = 300) @Description("Full name, e.g. Defense Ministry.") String name,
            @Size(max = 50) @Description("Abbreviation, e.g. NATO.") String shortName,
            @NotNull @Description("What sort of body it is.") OrganizationKind kind,
            @Size(max = 10) @Description("Code of its country; absent for international bodies.") String country,
            @Size(max = 300) @Description("Reference to the organisation it belongs to.") String parent) {
    }

    /**
     * @param key optional local key that references in this document may use
     * @param name the name the article uses, e.g. Baek Seung-joo; with {@code country}, the natural key
     * @param otherNames other spellings or scripts of the name, e.g. 백승주 (added to those known)
     * @param country code of the country the official serves
     * @param positions the posts the article gives the official
     */
    @Input("ImportedOfficialInput")
    @Description("An official of an import document, matched by name and country.")
    public record OfficialEntry(
            @Size(max = 100) @Description("Local key that references in this document may use.") String key,
            @NotBlank @Size(max = 200) @Description("The name the article uses, e.g. Baek Seung-joo.") String name,
            @Description("Other spellings or scripts, e.g. 백승주 (added to those known).")
            List<@NotBlank @Size(max = 200) String> otherNames,
            @Size(max = 10) @Description("Code of the country the official serves.") String country,
            @Description("The posts the article gives the official.") List<@NotNull @Valid PositionEntry> positions) {

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
    @Input("ImportedPositionInput")
    @Description("A post of an official, matched by official, title and organisation.")
    public record PositionEntry(
            @NotBlank @Size(max = 200) @Description("Title, e.g. Vice Defense Minister.") String title,
            @Size(max = 300) @Description("Reference to the organisation the post belongs to.") String organization,
            @Description("First day in the post.") LocalDate startDate,
            @Description("Last day in the post.") LocalDate endDate) {
    }

    /**
     * @param key optional local key that references in this document may use
     * @param name the topic's name (the natural key), e.g. collective self-defense
     * @param description what the topic is, from the article's facts
     */
    @Input("ImportedTopicInput")
    @Description("A topic of an import document, matched by name.")
    public record TopicEntry(
            @Size(max = 100) @Description("Local key that references in this document may use.") String key,
            @NotBlank @Size(max = 200) @Description("Name, e.g. collective self-defense.") String name,
            @Size(max = 2000) @Description("What the topic is, from the article's facts.") String description) {
    }

    /**
     * One edition of a multilateral gathering, matched by name with an edition of that name that it does not
     * contradict (edition, dates, the days its words name).
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
     * @param startDateText the article's words for the first day when it gives no date, e.g. Monday
     * @param edition which edition of the series of this name, 1 for the first
     * @param editionDerived whether the edition is derived from the article's words rather than stated
     * @param editionText the words the edition comes from, e.g. its second edition
     * @param attendanceText who attended, in the article's words, e.g. about 180 senior officials and experts
     * @param participatingCountryCount how many countries took part, as the article counts them
     * @param participantCountries codes of the countries known to have taken part
     * @param participantOrganizations references to the organisations that took part
     * @param delegations the ranks of the delegations that participants sent, where the article gives them
     * @param panels the sessions and their themes, in the article's order
     */
    @Input("ImportedForumInput")
    @Description("A forum (one edition) of an import document, matched by name to the edition it does not"
            + " contradict (edition number, dates, the weekdays its words name).")
    public record ForumEntry(
            @Size(max = 100) @Description("Local key that references in this document may use.") String key,
            @NotBlank @Size(max = 300) @Description("Name, e.g. Seoul Defense Dialogue.") String name,
            @Size(max = 2000) @Description("What the forum is.") String description,
            @Size(max = 10) @Description("Code of the host country.") String hostCountry,
            @Size(max = 300) @Description("Reference to the host organisation.") String hostOrganization,
            @Size(max = 300) @Description("Where it took place.") String location,
            @Description("First day.") LocalDate startDate,
            @Description("Last day.") LocalDate endDate,
            @Positive @Description("How many days it lasted, when the article says so.") Integer durationDays,
            @Size(max = 100) @Description("The article's words for the last day, e.g. Wednesday.") String endDateText,
            @Size(max = 100) @Description("The article's words for the first day, e.g. Monday.") String startDateText,
            @Positive @Description("Which edition of the series of forums of this name, 1 for the first.")
            Integer edition,
            @Description("Whether the edition is derived from the article's words (editionText) rather than stated;"
                    + " absent: stated.") Boolean editionDerived,
            @Size(max = 200) @Description("The words the edition comes from, e.g. its second edition.")
            String editionText,
            @Size(max = 300) @Description("Who attended, in the article's words, e.g. about 180 senior officials.")
            String attendanceText,
            @PositiveOrZero @Description("How many countries took part, as the article counts them.")
            Integer participatingCountryCount,
            @Description("Codes of the countries known to have taken part.")
            List<@NotBlank @Size(max = 300) String> participantCountries,
            @Description("References to the organisations that took part.")
            List<@NotBlank @Size(max = 300) String> participantOrganizations,
            @Description("The ranks of the delegations that participants sent, where the article gives them; a"
                    + " participant named here takes part.") List<@NotNull @Valid DelegationEntry> delegations,
            @Size(max = 100) @Description("The sessions of the edition and their themes, in the article's order;"
                    + " a theme known already is matched, and a new one follows those known.")
            List<@NotNull @Valid PanelEntry> panels) {

        public ForumEntry {
            participantCountries = orEmpty(participantCountries);
            participantOrganizations = orEmpty(participantOrganizations);
            delegations = orEmpty(delegations);
            panels = orEmpty(panels);
        }
    }

    /**
     * @param theme what the panel was about, in the article's words
     * @param dayText the article's words for when it was held
     */
    @Input("ImportedPanelInput")
    @Description("A session of a forum edition on a theme; matched by theme within the forum.")
    public record PanelEntry(
            @NotBlank @Size(max = 500) @Description("What the panel was about, e.g. non-proliferation.") String theme,
            @Size(max = 100) @Description("The article's words for when it was held, e.g. on the following days.")
            String dayText) {
    }

    /**
     * @param country code of the participating country
     * @param organization reference to the participating organisation, for a participant that is one
     * @param level the rank of the delegation's head
     */
    @Input("ImportedDelegationInput")
    @Description("The rank of the delegation a country or an organisation (exactly one) sent to a forum.")
    public record DelegationEntry(
            @Size(max = 10) @Description("Code of the participating country.") String country,
            @Size(max = 300) @Description("Reference to the participating organisation, when the participant is one.")
            String organization,
            @NotNull @Description("The rank of the delegation's head.") DelegationLevel level) {
    }

    /**
     * Talks between two parties; natural key: forum, heldOn (stated or derived from dateText), dateText and the
     * two parties.
     *
     * @param key optional local key that statements may use
     * @param forum reference to the forum it took place at
     * @param onSidelines whether it was held on the sidelines of that forum (absent: false)
     * @param heldOn the day it was held
     * @param dateText the article's words for the day when it gives no date, e.g. Wednesday
     * @param status whether it took place, as the article reports it (absent: held)
     * @param location where it was held
     * @param summary one or two sentences of what happened, from the article's facts
     * @param notes further facts, one sentence each (added to those known)
     * @param sides exactly two, each a different country or organisation
     * @param topics references to what was discussed
     * @param expectedTopics references to what the article expects the meeting to discuss
     */
    @Input("ImportedMeetingInput")
    @Description("A meeting of an import document, matched by forum, date (stated, or derived from its words) and"
            + " its parties, all of them.")
    public record MeetingEntry(
            @Size(max = 100) @Description("Local key that statements may use.") String key,
            @Size(max = 300) @Description("Reference to the forum it took place at.") String forum,
            @Description("Whether it was held on the sidelines of that forum (absent: false).") Boolean onSidelines,
            @Description("The day it was held.") LocalDate heldOn,
            @Size(max = 100) @Description("The article's words for the day, e.g. Wednesday. Without heldOn, and"
                    + " with the article's publishedOn, they give the meeting's day, marked heldOnDerived: a"
                    + " weekday is the last one on or before publication in a report, the next one on or after it"
                    + " in an announcement (status PLANNED); last/next, today, yesterday and tomorrow count from"
                    + " it.") String dateText,
            @Description("Whether it took place, as the article reports it: PLANNED for one it announces (absent:"
                    + " HELD). A meeting reported again as held or cancelled takes that status; one reported held"
                    + " stays held.") MeetingStatus status,
            @Size(max = 300) @Description("Where it was held.") String location,
            @Size(max = 5000) @Description("What happened, from the article's facts.") String summary,
            @Description("Further facts, one sentence each (added to those known).")
            List<@NotBlank @Size(max = 1000) String> notes,
            @NotNull @Size(min = 2, max = MeetingSide.MAX_PER_MEETING) @Description("Two for a bilateral meeting, or"
                    + " more for a meeting of several parties (at most " + MeetingSide.MAX_PER_MEETING + "), each a"
                    + " different country or organisation, in the order the article names them.")
            List<@NotNull @Valid SideEntry> sides,
            @Description("References to what was discussed.") List<@NotBlank @Size(max = 300) String> topics,
            @Description("References to what the article expects the meeting to discuss (\"expected to cover\"). A"
                    + " topic that a report gives as discussed stays discussed.")
            List<@NotBlank @Size(max = 300) String> expectedTopics) {

        public MeetingEntry {
            notes = orEmpty(notes);
            topics = orEmpty(topics);
            expectedTopics = orEmpty(expectedTopics);
        }
    }

    /**
     * @param country code of the side's country
     * @param organization reference to the side's organisation, for a side that is one
     * @param participants the side's officials
     */
    @Input("ImportedSideInput")
    @Description("One side of a meeting of an import document: a country or an organisation (exactly one).")
    public record SideEntry(
            @Size(max = 10) @Description("Code of the side's country.") String country,
            @Size(max = 300) @Description("Reference to the side's organisation, e.g. the U.N., when the side is one.")
            String organization,
            @Description("The side's officials, when the article names them.")
            List<@NotNull @Valid ParticipantEntry> participants) {

        public SideEntry {
            participants = orEmpty(participants);
        }
    }

    /**
     * @param official reference to the official
     * @param position title of the post the official held there (one of the official's positions)
     */
    @Input("ImportedParticipantInput")
    @Description("An official who took part in a meeting of an import document.")
    public record ParticipantEntry(
            @NotBlank @Size(max = 300) @Description("Reference to the official.") String official,
            @Size(max = 300) @Description("Title of the post the official held there (one of their positions).")
            String position) {
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
    @Input("ImportedStatementInput")
    @Description("A statement of an import document, matched by speaker, text and meeting.")
    public record StatementEntry(
            @NotBlank @Size(max = 300) @Description("Reference to the official whose words or views these are.")
            String speaker,
            @Size(max = 300) @Description("Title of the speaker's post at the time.") String speakerPosition,
            @NotBlank @Size(max = 10000) @Description("The words: verbatim for a QUOTE, the article's for a"
                    + " PARAPHRASE.") String text,
            @NotNull @Description("QUOTE or PARAPHRASE.") StatementKind kind,
            @Size(max = 300) @Description("Reference to the official who passed the words on, e.g. a spokesperson.")
            String relayedBy,
            @Size(max = 300) @Description("Title of the relay's post at the time.") String relayedByPosition,
            @Size(max = 10) @Description("Code of the country the words were addressed to.") String addresseeCountry,
            @Size(max = 300) @Description("Reference to the organisation the words were addressed to.")
            String addresseeOrganization,
            @Description("References to what the words are about.") List<@NotBlank @Size(max = 300) String> topics,
            @Size(max = 300) @Description("Where it was said: a meeting key, or an index in meetings from 0.")
            String meeting,
            @Description("The day it was said.") LocalDate saidOn,
            @Size(max = 100) @Description("The article's words for the day, e.g. recently. Without saidOn, and with"
                    + " the article's publishedOn, words that name a day (yesterday, on Wednesday, last Monday) give"
                    + " the statement's day, marked saidOnDerived.") String dateText) {

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
    @Input("ImportedMentionsInput")
    @Description("What an article mentions, by reference.")
    public record Mentions(
            @Description("References to officials.") List<@NotBlank @Size(max = 300) String> officials,
            @Description("Country codes.") List<@NotBlank @Size(max = 300) String> countries,
            @Description("References to organisations.") List<@NotBlank @Size(max = 300) String> organizations,
            @Description("References to topics.") List<@NotBlank @Size(max = 300) String> topics) {

        public Mentions {
            officials = orEmpty(officials);
            countries = orEmpty(countries);
            organizations = orEmpty(organizations);
            topics = orEmpty(topics);
        }
    }
}
