import "../fragments";
import { graphql } from "../gql";
import { PartyLink, StatementBlock } from "../parts";
import { href } from "../router";
import { Day, ForumLink, label, Link, None, OfficialLink, Page, Section, Sources, Status, useRead } from "../ui";

const MEETING = graphql(`
  query ExplorerMeeting($id: ID!) {
    meeting(id: $id) {
      id heldOn heldOnDerived dateText status location summary notes onSidelines daysSincePreviousMeeting
      forum { id name edition }
      sides {
        number
        country { id name code }
        organization { id name shortName }
        participants { official { id name } position { title } reportedBy { id headline } }
      }
      topics { id name }
      expectedTopics { id }
      statements { ...StatementFields }
      reports { article { id headline } status heldOn dateText notes }
      reportedBy { id headline publishedOn }
      previousMeetingBetweenSides { id heldOn dateText heldOnDerived }
    }
  }
`);

export function MeetingView({ id }: { id: string }) {
  const read = useRead(MEETING, { id });
  const meeting = read.data?.meeting;
  if (!meeting) {
    return read.data ? <p role="alert">There is no meeting with this ID.</p> : <Status read={read} what="the meeting" />;
  }
  const expected = new Set(meeting.expectedTopics.map((t) => t.id));
  const title = meeting.sides
    .map((side) => side.country?.name ?? side.organization?.shortName ?? side.organization?.name)
    .join(" – ");
  return (
    <Page title={title} kind={meeting.sides.length > 2 ? "Meeting of several parties" : "Bilateral meeting"}>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          <Day date={meeting.heldOn} text={meeting.dateText} derived={meeting.heldOnDerived} />
        </dd>
        <dt>Status</dt>
        <dd className={"status " + meeting.status.toLowerCase()}>{label(meeting.status)}</dd>
        {meeting.forum && (
          <>
            <dt>Forum</dt>
            <dd>
              {meeting.onSidelines ? "On the sidelines of " : "At "}
              <ForumLink forum={meeting.forum} />
            </dd>
          </>
        )}
        {meeting.location && (
          <>
            <dt>Where</dt>
            <dd>{meeting.location}</dd>
          </>
        )}
        {meeting.previousMeetingBetweenSides && (
          <>
            <dt>Previous meeting of the two</dt>
            <dd>
              <Link to={href("meeting", meeting.previousMeetingBetweenSides.id)}>
                <Day date={meeting.previousMeetingBetweenSides.heldOn} text={meeting.previousMeetingBetweenSides.dateText}
                  derived={meeting.previousMeetingBetweenSides.heldOnDerived} />
              </Link>
              {meeting.daysSincePreviousMeeting != null && ` (${meeting.daysSincePreviousMeeting} days before)`}
            </dd>
          </>
        )}
      </dl>
      {meeting.summary && <p className="lead">{meeting.summary}</p>}
      <Section title="Sides">
        <div className="sides">
          {meeting.sides.map((side) => (
            <div key={side.number} className="side">
              <h3>
                <PartyLink party={side} />
              </h3>
              {side.participants.length === 0 ? (
                <None>No participant named.</None>
              ) : (
                <ul>
                  {side.participants.map((p) => (
                    <li key={p.official.id}>
                      <OfficialLink official={p.official} />
                      {p.position && <>, {p.position.title}</>}
                      <br />
                      <Sources articles={p.reportedBy} />
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      </Section>
      <Section title="Topics" count={meeting.topics.length}>
        {meeting.topics.length === 0 ? (
          <None>No topic recorded.</None>
        ) : (
          <ul className="tags">
            {meeting.topics.map((topic) => (
              <li key={topic.id}>
                <Link to={href("topic", topic.id)}>{topic.name}</Link>
                {expected.has(topic.id) && <span className="expected"> (expected, not reported as discussed)</span>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="What was said" count={meeting.statements.length}>
        {meeting.statements.length === 0 ? (
          <None>No statement recorded at this meeting.</None>
        ) : (
          <ul className="statements">
            {meeting.statements.map((statement) => (
              <StatementBlock key={statement.id} statement={statement} />
            ))}
          </ul>
        )}
      </Section>
      <Section title="Notes" count={meeting.notes.length}>
        {meeting.notes.length === 0 ? <None>No remark recorded.</None> : <ul>{meeting.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
      </Section>
      <Section title="According to each source" count={meeting.reports.length}>
        <ul className="reports">
          {meeting.reports.map((report) => (
            <li key={report.article.id}>
              <Link to={href("article", report.article.id)}>{report.article.headline}</Link>:{" "}
              {report.status ? label(report.status) : "says nothing recorded of its status"}
              {(report.heldOn || report.dateText) && (
                <>
                  , <Day date={report.heldOn} text={report.dateText} />
                </>
              )}
              {report.notes.length > 0 && <>; “{report.notes.join("”, “")}”</>}
            </li>
          ))}
        </ul>
      </Section>
    </Page>
  );
}
