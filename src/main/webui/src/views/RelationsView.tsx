import { graphql } from "../gql";
import type { TimelineOrder } from "../gql/graphql";
import { href, navigate, type Route } from "../router";
import { Day, ForumLink, label, Link, None, OfficialLink, Page, Sources, Status, TopicLinks, useRead } from "../ui";

const COUNTRIES = graphql(`
  query ExplorerCountries {
    countries(first: 100) { nodes { id name code } }
  }
`);

const RELATIONS = graphql(`
  query ExplorerRelations($a: ID!, $b: ID!, $order: TimelineOrder!, $first: Int!, $after: String) {
    relationsBetween(countryA: $a, countryB: $b, order: $order, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        kind date dateText
        forum { id name edition }
        meeting { id status participants { official { id name } } }
        statement { id text kind speaker { id name } relayedBy { id name } }
        topics { id name }
        articles { id headline }
      }
    }
  }
`);

export function RelationsView({ route }: { route: Route }) {
  const a = route.params.get("a") ?? "";
  const b = route.params.get("b") ?? "";
  const order: TimelineOrder = route.params.get("order") === "OLDEST_FIRST" ? "OLDEST_FIRST" : "NEWEST_FIRST";
  const after = route.params.get("after") ?? undefined;
  const countries = useRead(COUNTRIES, {});
  const read = useRead(RELATIONS, { a, b, order, first: 20, after }, !a || !b || a === b);
  const set = (changes: Record<string, string | undefined>) => {
    const params: Record<string, string | undefined> = { ...Object.fromEntries(route.params.entries()), after: undefined, ...changes };
    navigate(href("relations", undefined, params));
  };
  const name = (id: string) => countries.data?.countries.nodes.find((c) => c.id === id)?.name ?? "";
  const timeline = read.data?.relationsBetween;
  return (
    <Page title={a && b ? `${name(a)} and ${name(b)}` : "Between two countries"}>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Which two countries">
        {(["a", "b"] as const).map((key, i) => (
          <label key={key}>
            {i === 0 ? "Country" : "and"}{" "}
            <select value={key === "a" ? a : b} onChange={(e) => set({ [key]: e.target.value })}>
              <option value="">Choose…</option>
              {countries.data?.countries.nodes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </label>
        ))}
        <label>
          Order{" "}
          <select value={order} onChange={(e) => set({ order: e.target.value })}>
            <option value="NEWEST_FIRST">Newest first</option>
            <option value="OLDEST_FIRST">Oldest first</option>
          </select>
        </label>
      </form>
      {a === b && a && <p role="alert">Choose two different countries.</p>}
      <Status read={read} what="their relations" />
      {timeline && (
        <>
          <p>{timeline.totalCount} meetings and statements between them.</p>
          {timeline.nodes.length === 0 ? <None>Nothing recorded between them.</None> : (
            <ol className="timeline relations">
              {timeline.nodes.map((entry, i) => (
                <li key={i}>
                  <span className="when"><Day date={entry.date} text={entry.dateText} /></span>{" "}
                  <span className={"badge " + entry.kind.toLowerCase()}>{label(entry.kind)}</span>{" "}
                  {entry.meeting && (
                    <>
                      <Link to={href("meeting", entry.meeting.id)}>
                        {entry.meeting.participants.map((p) => p.official.name).join(", ") || "a meeting"}
                      </Link>
                      {entry.meeting.status !== "HELD" && ` (${label(entry.meeting.status)})`}
                    </>
                  )}
                  {entry.statement && (
                    <>
                      <OfficialLink official={entry.statement.speaker} />
                      {entry.statement.relayedBy && <> (relayed by <OfficialLink official={entry.statement.relayedBy} />)</>}
                      : {entry.statement.kind === "QUOTE" ? <q>{entry.statement.text}</q> : entry.statement.text}
                    </>
                  )}
                  {entry.forum && <> · <ForumLink forum={entry.forum} /></>}
                  <TopicLinks topics={entry.topics} />
                  <p className="meta"><Sources articles={entry.articles} /></p>
                </li>
              ))}
            </ol>
          )}
          {timeline.pageInfo.hasNextPage && (
            <p><a href={href("relations", undefined, { a, b, order, after: timeline.pageInfo.endCursor ?? undefined })}>Next page</a></p>
          )}
        </>
      )}
      {(!a || !b) && <p>Choose two countries, e.g. South Korea and Japan.</p>}
    </Page>
  );
}
