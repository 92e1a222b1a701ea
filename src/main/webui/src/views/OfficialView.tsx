import { useEffect, useState } from "react";
import { request } from "../api";
import "../fragments";
import { graphql } from "../gql";
import type { MeetingLineFieldsFragment, StatementFieldsFragment } from "../gql/graphql";
import { MeetingLine, StatementBlock } from "../parts";
import type { Route } from "../router";
import { CountryLink, formatDate, None, OrganizationLink, Page, Section, Sources, Status, useRead } from "../ui";

const PAGE = 10;

const OFFICIAL = graphql(`
  query ExplorerOfficial($id: ID!, $first: Int!) {
    official(id: $id) {
      id name otherNames
      country { id name code }
      currentPosition { id }
      positions { id title startDate endDate organization { id name shortName } }
      mentionedIn { id headline }
      meetingsConnection(first: $first) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ...MeetingLineFields }
      }
      statementsConnection(first: $first, orderBy: SAID_ON_ASC) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ...StatementFields }
      }
    }
  }
`);

const MORE_MEETINGS = graphql(`
  query ExplorerOfficialMeetings($id: ID!, $first: Int!, $after: String) {
    official(id: $id) {
      meetingsConnection(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { ...MeetingLineFields }
      }
    }
  }
`);

const MORE_STATEMENTS = graphql(`
  query ExplorerOfficialStatements($id: ID!, $first: Int!, $after: String) {
    official(id: $id) {
      statementsConnection(first: $first, after: $after, orderBy: SAID_ON_ASC) {
        pageInfo { hasNextPage endCursor }
        nodes { ...StatementFields }
      }
    }
  }
`);

interface Paged<T> {
  items: T[];
  next?: string | null;
}

/** A list read a page at a time through its connection's cursor, from the first page the view read. */
function usePaged<T>(first: Paged<T> | undefined, more: (after: string) => Promise<Paged<T>>) {
  const [pages, setPages] = useState<Paged<T> | undefined>(first);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => setPages(first), [first]);
  const loadMore = async () => {
    if (!pages?.next) {
      return;
    }
    setLoading(true);
    try {
      const page = await more(pages.next);
      setPages({ items: [...pages.items, ...page.items], next: page.next });
      setError(undefined);
    } catch (e) {
      setError(String((e as Error).message));
    } finally {
      setLoading(false);
    }
  };
  return { pages, loadMore, loading, error };
}

function More({ paged, what }: { paged: ReturnType<typeof usePaged<unknown>>; what: string }) {
  if (!paged.pages?.next) {
    return null;
  }
  return (
    <p>
      <button type="button" onClick={paged.loadMore} disabled={paged.loading}>
        {paged.loading ? "Loading…" : `More ${what}`}
      </button>
      {paged.error && <span role="alert" className="error"> {paged.error}</span>}
    </p>
  );
}

export function OfficialView({ id, route }: { id: string; route: Route }) {
  const read = useRead(OFFICIAL, { id, first: PAGE });
  const official = read.data?.official;
  const [firstMeetings, setFirstMeetings] = useState<Paged<MeetingLineFieldsFragment>>();
  const [firstStatements, setFirstStatements] = useState<Paged<StatementFieldsFragment>>();
  useEffect(() => {
    if (official) {
      setFirstMeetings({ items: official.meetingsConnection.nodes, next: official.meetingsConnection.pageInfo.hasNextPage ? official.meetingsConnection.pageInfo.endCursor : null });
      setFirstStatements({ items: official.statementsConnection.nodes, next: official.statementsConnection.pageInfo.hasNextPage ? official.statementsConnection.pageInfo.endCursor : null });
    }
  }, [official]);
  const meetings = usePaged(firstMeetings, async (after) => {
    const c = (await request(MORE_MEETINGS, { id, first: PAGE, after })).official!.meetingsConnection;
    return { items: c.nodes, next: c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null };
  });
  const statements = usePaged(firstStatements, async (after) => {
    const c = (await request(MORE_STATEMENTS, { id, first: PAGE, after })).official!.statementsConnection;
    return { items: c.nodes, next: c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null };
  });
  if (!official) {
    return read.data ? <p role="alert">There is no official with this ID.</p> : <Status read={read} what="the official" />;
  }
  const highlighted = route.params.get("statement");
  return (
    <Page title={official.name} kind="Official">
      {official.otherNames.length > 0 && <p>Also written {official.otherNames.join(", ")}.</p>}
      {official.country && (
        <p>
          Of <CountryLink country={official.country} />.
        </p>
      )}
      <Section title="Posts" count={official.positions.length}>
        {official.positions.length === 0 ? (
          <None>No post recorded.</None>
        ) : (
          <ol className="timeline" aria-label="Posts over time">
            {official.positions.map((position) => (
              <li key={position.id} className={position.id === official.currentPosition?.id ? "current" : undefined}>
                <span className="when">
                  {position.startDate ? formatDate(position.startDate) : "start not known"} –{" "}
                  {position.endDate ? formatDate(position.endDate) : position.id === official.currentPosition?.id ? "now" : "end not known"}
                </span>{" "}
                <strong>{position.title}</strong>
                {position.organization && (
                  <>
                    , <OrganizationLink organization={position.organization} />
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title="Meetings" count={official.meetingsConnection.totalCount}>
        {meetings.pages?.items.length ? (
          <ul className="meetings">
            {meetings.pages.items.map((meeting) => (
              <MeetingLine key={meeting.id} meeting={meeting} />
            ))}
          </ul>
        ) : (
          <None>No meeting recorded.</None>
        )}
        <More paged={meetings as never} what="meetings" />
      </Section>
      <Section title="Statements" count={official.statementsConnection.totalCount}>
        {statements.pages?.items.length ? (
          <ul className="statements">
            {statements.pages.items.map((statement) => (
              <StatementBlock key={statement.id} statement={statement} highlight={statement.id === highlighted} />
            ))}
          </ul>
        ) : (
          <None>No statement recorded.</None>
        )}
        <More paged={statements as never} what="statements" />
      </Section>
      <Section title="Mentioned in" count={official.mentionedIn.length}>
        <p>
          <Sources articles={official.mentionedIn} />
        </p>
      </Section>
    </Page>
  );
}
