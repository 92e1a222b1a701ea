import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from "chart.js";
import { useEffect, useRef } from "react";
import { graphql } from "../gql";
import type { MeetingGrouping, StatementGrouping } from "../gql/graphql";
import { href, navigate, type Route } from "../router";
import { label, Page, Status, useRead } from "../ui";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const COUNTS = graphql(`
  query ExplorerCounts($meetingsBy: MeetingGrouping!, $statementsBy: StatementGrouping!) {
    meetingCounts(by: $meetingsBy, first: 30) { label count }
    statementCounts(by: $statementsBy, first: 30) { label count }
  }
`);

const MEETINGS_BY: MeetingGrouping[] = ["COUNTRY_PAIR", "FORUM", "YEAR", "MONTH"];
const STATEMENTS_BY: StatementGrouping[] = ["TOPIC", "KIND", "SPEAKER_COUNTRY", "MONTH"];

function BarChart({ title, buckets }: { title: string; buckets: { label: string; count: number }[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: "bar",
      data: { labels: buckets.map((b) => b.label), datasets: [{ label: title, data: buckets.map((b) => b.count), backgroundColor: "#1f5f8b" }] },
      options: { indexAxis: "y", animation: false, maintainAspectRatio: false, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    return () => chart.destroy();
  }, [title, buckets]);
  return (
    <figure>
      <div className="chart" style={{ height: 40 + 26 * Math.max(1, buckets.length) }}>
        <canvas ref={canvas} role="img" aria-label={title + "; the figures are in the table below"} />
      </div>
      <figcaption>
        <table>
          <caption>{title}</caption>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.label}><th scope="row">{b.label}</th><td>{b.count}</td></tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}

export function CountsView({ route }: { route: Route }) {
  const meetingsBy = (MEETINGS_BY.find((g) => g === route.params.get("meetings")) ?? "COUNTRY_PAIR") as MeetingGrouping;
  const statementsBy = (STATEMENTS_BY.find((g) => g === route.params.get("statements")) ?? "TOPIC") as StatementGrouping;
  const read = useRead(COUNTS, { meetingsBy, statementsBy });
  const set = (key: string, value: string) =>
    navigate(href("counts", undefined, { meetings: meetingsBy, statements: statementsBy, [key]: value }), true);
  return (
    <Page title="Counts">
      <Status read={read} what="the counts" />
      <section aria-labelledby="meetings-by">
        <h2 id="meetings-by">Meetings by{" "}
          <select aria-label="Count meetings by" value={meetingsBy} onChange={(e) => set("meetings", e.target.value)}>
            {MEETINGS_BY.map((g) => <option key={g} value={g}>{label(g)}</option>)}
          </select>
        </h2>
        {read.data && <BarChart title={"Meetings by " + label(meetingsBy).toLowerCase()} buckets={read.data.meetingCounts} />}
      </section>
      <section aria-labelledby="statements-by">
        <h2 id="statements-by">Statements by{" "}
          <select aria-label="Count statements by" value={statementsBy} onChange={(e) => set("statements", e.target.value)}>
            {STATEMENTS_BY.map((g) => <option key={g} value={g}>{label(g)}</option>)}
          </select>
        </h2>
        {read.data && <BarChart title={"Statements by " + label(statementsBy).toLowerCase()} buckets={read.data.statementCounts} />}
      </section>
    </Page>
  );
}
