import cytoscape from "cytoscape";
import { useEffect, useRef } from "react";
import { graphql } from "../gql";
import type { MeetingFilter, NetworkLevel } from "../gql/graphql";
import { href, navigate, type Route } from "../router";
import { Page, Status, useRead } from "../ui";

const NETWORK = graphql(`
  query ExplorerNetwork($filter: MeetingFilter, $level: NetworkLevel!) {
    network(filter: $filter, level: $level, maxNodes: 80) {
      totalNodeCount truncated
      nodes { id meetingCount partnerCount country { id name code } official { id name } }
      edges { source target weight firstHeldOn lastHeldOn meetingIds }
    }
    forums(first: 50, orderBy: EDITION_ASC) { nodes { id name edition } }
    topics(first: 100) { nodes { id name } }
  }
`);

/** The network's filters, from the URL: level, forum, topic, country, period. */
function filterOf(params: URLSearchParams): { level: NetworkLevel; filter: MeetingFilter } {
  const filter: MeetingFilter = {};
  if (params.get("forum")) filter.forumIds = [params.get("forum")!];
  if (params.get("topic")) filter.topicIds = [params.get("topic")!];
  if (params.get("country")) filter.countryIds = [params.get("country")!];
  if (params.get("from")) filter.heldFrom = params.get("from")!;
  if (params.get("to")) filter.heldTo = params.get("to")!;
  return { level: params.get("level") === "OFFICIAL" ? "OFFICIAL" : "COUNTRY", filter };
}

export function NetworkView({ route }: { route: Route }) {
  const { level, filter } = filterOf(route.params);
  const read = useRead(NETWORK, { filter, level });
  const container = useRef<HTMLDivElement>(null);
  const network = read.data?.network;
  useEffect(() => {
    if (!network || !container.current) {
      return;
    }
    const most = Math.max(1, ...network.nodes.map((n) => n.meetingCount));
    const heaviest = Math.max(1, ...network.edges.map((e) => e.weight));
    const graph = cytoscape({
      container: container.current,
      elements: [
        ...network.nodes.map((n) => ({
          data: {
            id: n.id,
            label: n.country?.name ?? n.official?.name ?? n.id,
            size: 18 + 40 * Math.sqrt(n.meetingCount / most),
            target: n.country ? href("country", n.country.id) : n.official ? href("official", n.official.id) : "",
          },
        })),
        ...network.edges.map((e, i) => ({
          data: {
            id: "e" + i, source: e.source, target: e.target, weight: e.weight,
            width: 1 + 7 * (e.weight / heaviest), meeting: e.meetingIds[0],
          },
        })),
      ],
      style: [
        { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#1f5f8b", color: "#1b1b1b", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4 } },
        { selector: "edge", style: { width: "data(width)", "line-color": "#9bb7cc", "curve-style": "bezier", label: "data(weight)", "font-size": 9, color: "#4a4a4a" } },
      ],
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000 },
    });
    graph.on("tap", "node", (event) => {
      const to = event.target.data("target");
      if (to) navigate(to);
    });
    graph.on("tap", "edge", (event) => {
      const meeting = event.target.data("meeting");
      if (meeting) navigate(href("meeting", meeting));
    });
    return () => graph.destroy();
  }, [network]);

  const set = (key: string, value: string) => {
    const params: Record<string, string | undefined> = Object.fromEntries(route.params.entries());
    params[key] = value || undefined;
    navigate(href("network", undefined, params), true);
  };
  const labels = new Map(network?.nodes.map((n) => [n.id, n.country?.name ?? n.official?.name ?? n.id]));
  return (
    <Page title="Who met whom">
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters of the network">
        <label>
          Level{" "}
          <select value={level} onChange={(e) => set("level", e.target.value)}>
            <option value="COUNTRY">Countries</option>
            <option value="OFFICIAL">Officials</option>
          </select>
        </label>
        <label>
          Forum{" "}
          <select value={route.params.get("forum") ?? ""} onChange={(e) => set("forum", e.target.value)}>
            <option value="">Any</option>
            {read.data?.forums.nodes.map((f) => (
              <option key={f.id} value={f.id}>{f.name}{f.edition ? `, edition ${f.edition}` : ""}</option>
            ))}
          </select>
        </label>
        <label>
          Topic{" "}
          <select value={route.params.get("topic") ?? ""} onChange={(e) => set("topic", e.target.value)}>
            <option value="">Any</option>
            {read.data?.topics.nodes.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
        </label>
        <label>
          From <input type="date" value={route.params.get("from") ?? ""} onChange={(e) => set("from", e.target.value)} />
        </label>
        <label>
          To <input type="date" value={route.params.get("to") ?? ""} onChange={(e) => set("to", e.target.value)} />
        </label>
      </form>
      <Status read={read} what="the network" />
      {network && (
        <>
          <p>
            {network.nodes.length} of {network.totalNodeCount} {level === "COUNTRY" ? "countries" : "officials"}
            {network.truncated && " (the most connected)"}, {network.edges.length} links. Click a node to open it, a
            link to open the latest meeting. Sizes follow the number of meetings, widths the meetings of each pair.
          </p>
          <div ref={container} className="network" role="img" aria-label="Network of who met whom; the same links are listed below" />
          <details>
            <summary>The links as a list</summary>
            <ul>
              {network.edges.map((e, i) => (
                <li key={i}>
                  {labels.get(e.source)} – {labels.get(e.target)}: {e.weight} meeting{e.weight === 1 ? "" : "s"}
                  {e.meetingIds[0] && <> (<a href={href("meeting", e.meetingIds[0])}>latest</a>)</>}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </Page>
  );
}
