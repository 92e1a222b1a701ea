import "../fragments";
import { graphql } from "../gql";
import { MeetingLine, StatementBlock } from "../parts";
import { href } from "../router";
import { Day, formatDate, Link, None, OfficialLink, Page, Section, Status, useRead } from "../ui";

const STATEMENT = graphql(`
  query ExplorerStatement($id: ID!) {
    statement(id: $id) {
      ...StatementFields
      relayedByPosition { title }
      meeting { ...MeetingLineFields }
      reports { saidOn dateText article { id headline publishedOn } }
    }
  }
`);

/** One statement: its words, who said it to whom and who relayed it, the meeting it was made at, each source's day. */
export function StatementView({ id }: { id: string }) {
  const read = useRead(STATEMENT, { id });
  const statement = read.data?.statement;
  if (!statement) {
    return read.data ? <p role="alert">There is no statement with this ID.</p> : <Status read={read} what="the statement" />;
  }
  return (
    <Page title={"Statement by " + statement.speaker.name} kind="Statement">
      <ul className="statements">
        <StatementBlock statement={statement} own />
      </ul>
      <p className="meta">
        All statements of <OfficialLink official={statement.speaker} />:{" "}
        <Link to={href("official", statement.speaker.id, { statement: statement.id })}>this one among them</Link>
      </p>
      <Section title="Made at">
        {statement.meeting ? <ul className="meetings"><MeetingLine meeting={statement.meeting} /></ul> : <None>No meeting recorded.</None>}
      </Section>
      <Section title="Sources" count={statement.reports.length}>
        <ul>
          {statement.reports.map((report) => (
            <li key={report.article.id}>
              <Link to={href("article", report.article.id)}>{report.article.headline}</Link>
              {report.article.publishedOn && <span className="detail"> · published {formatDate(report.article.publishedOn)}</span>}
              {" · gives the day as "}
              {report.saidOn || report.dateText ? <Day date={report.saidOn} text={report.dateText} /> : <span className="none">not given</span>}
            </li>
          ))}
        </ul>
      </Section>
    </Page>
  );
}
