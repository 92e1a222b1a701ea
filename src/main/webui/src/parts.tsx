import type { ReactNode } from "react";
import { href } from "./router";
import { CountryLink, Day, ForumLink, label, Link, OfficialLink, OrganizationLink, Sources, TopicLinks } from "./ui";

type Ref = { id: string; name: string };
type Party = { country?: (Ref & { code: string }) | null; organization?: (Ref & { shortName?: string | null }) | null };

/** A country or an organisation, as a link. */
export function PartyLink({ party }: { party: Party }) {
  if (party.country) {
    return <CountryLink country={party.country} />;
  }
  if (party.organization) {
    return <OrganizationLink organization={party.organization} />;
  }
  return <span className="none">unknown</span>;
}

export interface MeetingSummary {
  id: string;
  heldOn?: string | null;
  heldOnDerived: boolean;
  dateText?: string | null;
  status: string;
  forum?: (Ref & { edition?: number | null }) | null;
  sides: (Party & { participants: { official: Ref }[] })[];
  topics: Ref[];
}

/** One line of a list of meetings: when, between whom (and who took part), where, about what. */
export function MeetingLine({ meeting }: { meeting: MeetingSummary }) {
  return (
    <li>
      <Link to={href("meeting", meeting.id)}>
        <Day date={meeting.heldOn} text={meeting.dateText} derived={meeting.heldOnDerived} />
      </Link>
      {meeting.status !== "HELD" && <span className={"status " + meeting.status.toLowerCase()}> {label(meeting.status)}</span>}
      {": "}
      {meeting.sides.map((side, i) => (
        <span key={i}>
          {i > 0 && " – "}
          <PartyLink party={side} />
          {side.participants.length > 0 && (
            <span className="who">
              {" ("}
              {side.participants.map((p, j) => (
                <span key={p.official.id}>
                  {j > 0 && ", "}
                  <OfficialLink official={p.official} />
                </span>
              ))}
              {")"}
            </span>
          )}
        </span>
      ))}
      {meeting.forum && (
        <>
          {" at "}
          <ForumLink forum={meeting.forum} />
        </>
      )}
      <TopicLinks topics={meeting.topics} />
    </li>
  );
}

export interface StatementSummary {
  id: string;
  text: string;
  kind: string;
  saidOn?: string | null;
  saidOnDerived: boolean;
  dateText?: string | null;
  speaker: Ref;
  speakerPosition?: { title: string } | null;
  relayedBy?: Ref | null;
  /** Shown when the query asks for it (the statement's own page). */
  relayedByPosition?: { title: string } | null;
  addresseeCountry?: Ref | null;
  addresseeOrganization?: (Ref & { shortName?: string | null }) | null;
  meeting?: { id: string } | null;
  topics: Ref[];
  articles: { id: string; headline: string }[];
}

/**
 * A statement as its article gives it: quote or paraphrase, who said it to whom, relayed by whom, its source, and a link
 * to its own page (left out on that page: {@code own}).
 */
export function StatementBlock({ statement, highlight, own }: { statement: StatementSummary; highlight?: boolean; own?: boolean }) {
  const words: ReactNode =
    statement.kind === "QUOTE" ? <q>{statement.text}</q> : <span className="paraphrase">{statement.text}</span>;
  return (
    <li className={highlight ? "statement highlight" : "statement"} id={"statement-" + statement.id}>
      <blockquote>{words}</blockquote>
      <p className="meta">
        {label(statement.kind)} of <OfficialLink official={statement.speaker} />
        {statement.speakerPosition && <>, {statement.speakerPosition.title}</>}
        {statement.relayedBy && (
          <>
            , relayed by <OfficialLink official={statement.relayedBy} />
            {statement.relayedByPosition && <>, {statement.relayedByPosition.title}</>}
          </>
        )}
        {(statement.addresseeCountry || statement.addresseeOrganization) && (
          <>
            , to or about{" "}
            <PartyLink party={{ country: statement.addresseeCountry ? { ...statement.addresseeCountry, code: "" } : null, organization: statement.addresseeOrganization }} />
          </>
        )}
        {" · "}
        <Day date={statement.saidOn} text={statement.dateText} derived={statement.saidOnDerived} />
        {statement.meeting && (
          <>
            {" · "}
            <Link to={href("meeting", statement.meeting.id)}>at a meeting</Link>
          </>
        )}
      </p>
      <TopicLinks topics={statement.topics} />
      <p className="meta">
        <Sources articles={statement.articles} />
        {!own && (
          <>
            {" · "}
            <Link to={href("statement", statement.id)} label={"The statement of " + statement.speaker.name + " on its own page"}>the statement</Link>
          </>
        )}
      </p>
    </li>
  );
}
