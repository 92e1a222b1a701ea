import { type FormEvent, useState } from "react";
import { graphql } from "../gql";
import type { ExplorerSearchQuery } from "../gql/graphql";
import { href, navigate, type Route } from "../router";
import { label, Page, Snippet, Status, useRead } from "../ui";

const SEARCH = graphql(`
  query ExplorerSearch($query: String!) {
    search(query: $query, first: 30) {
      type
      score
      snippet
      node {
        __typename
        ... on Article { id headline publishedOn }
        ... on Statement { id speaker { id name } }
        ... on Official { id name country { name } }
        ... on Organization { id name shortName }
        ... on Forum { id name edition }
        ... on Topic { id name }
      }
    }
  }
`);

type Hit = ExplorerSearchQuery["search"][number];

function target(hit: Hit): { to: string; title: string; detail?: string } {
  const node = hit.node;
  switch (node.__typename) {
    case "Article":
      return { to: href("article", node.id), title: node.headline, detail: node.publishedOn ?? undefined };
    case "Statement":
      return { to: href("statement", node.id), title: "Statement by " + node.speaker.name };
    case "Official":
      return { to: href("official", node.id), title: node.name, detail: node.country?.name };
    case "Organization":
      return { to: href("organization", node.id), title: node.shortName ? `${node.name} (${node.shortName})` : node.name };
    case "Forum":
      return { to: href("forum", node.id), title: node.name + (node.edition ? `, edition ${node.edition}` : "") };
    case "Topic":
      return { to: href("topic", node.id), title: node.name };
  }
}

export function SearchView({ route }: { route: Route }) {
  const query = route.params.get("q") ?? "";
  const [text, setText] = useState(query);
  const read = useRead(SEARCH, { query }, query.trim() === "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href("search", undefined, { q: text.trim() }));
  };
  return (
    <Page title="Search the graph">
      <p className="lead">
        Articles, statements, officials, organisations, forums and topics, ranked. Names are found however they are
        spelt or spaced: try <a href={href("search", undefined, { q: "Baek" })}>Baek</a>,{" "}
        <a href={href("search", undefined, { q: "collective self-defense" })}>collective self-defense</a> or{" "}
        <a href={href("search", undefined, { q: "nishi masanori" })}>nishi masanori</a>.
      </p>
      <form role="search" onSubmit={submit} className="search">
        <label htmlFor="q">Search</label>
        <input id="q" type="search" value={text} onChange={(e) => setText(e.target.value)} autoFocus
          placeholder="A name, a topic, words of a statement" />
        <button type="submit">Search</button>
      </form>
      {query && <Status read={read} what={`results for “${query}”`} />}
      {read.data && (
        <section aria-live="polite" aria-label="Results">
          {read.data.search.length === 0 ? (
            <p>Nothing matches “{query}”.</p>
          ) : (
            <ol className="results">
              {read.data.search.map((hit, i) => {
                const { to, title, detail } = target(hit);
                return (
                  <li key={i}>
                    <span className={"badge " + hit.type.toLowerCase()}>{label(hit.type)}</span>{" "}
                    <a href={to}>{title}</a>
                    {detail && <span className="detail"> · {detail}</span>}
                    <p><Snippet html={hit.snippet} /></p>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      )}
    </Page>
  );
}
