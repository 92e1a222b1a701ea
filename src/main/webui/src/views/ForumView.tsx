import "../fragments";
import { graphql } from "../gql";
import { MeetingLine, PartyLink } from "../parts";
import { href } from "../router";
import { Day, label, Link, None, Page, Section, Sources, Status, useRead } from "../ui";

const FORUM = graphql(`
  query ExplorerForum($id: ID!) {
    forum(id: $id) {
      id name description location edition editionText editionDerived startDate startDateText endDate endDateText
      durationDays attendanceText participatingCountryCount
      hostCountry { id name code }
      hostOrganization { id name shortName }
      participants {
        country { id name code }
        organization { id name shortName }
        delegationLevel
        reports { article { id headline } delegationLevel }
      }
      panels { theme dayText }
      meetings(first: 50) { ...MeetingLineFields }
      reportedBy { id headline }
    }
    editions: forums(first: 50, orderBy: EDITION_ASC) { nodes { id name edition startDate startDateText } }
  }
`);

export function ForumView({ id }: { id: string }) {
  const read = useRead(FORUM, { id });
  const forum = read.data?.forum;
  if (!forum) {
    return read.data ? <p role="alert">There is no forum with this ID.</p> : <Status read={read} what="the forum" />;
  }
  const countries = forum.participants.filter((p) => p.country);
  const organizations = forum.participants.filter((p) => p.organization);
  const editions = read.data!.editions.nodes.filter((f) => f.name === forum.name);
  return (
    <Page title={forum.name + (forum.edition ? `, edition ${forum.edition}` : "")} kind="Forum">
      {forum.description && <p className="lead">{forum.description}</p>}
      <dl className="facts">
        <dt>When</dt>
        <dd>
          <Day date={forum.startDate} text={forum.startDateText} />
          {(forum.endDate || forum.endDateText) && (
            <>
              {" to "}
              <Day date={forum.endDate} text={forum.endDateText} />
            </>
          )}
          {forum.durationDays && ` (${forum.durationDays} days)`}
        </dd>
        {forum.location && (<><dt>Where</dt><dd>{forum.location}</dd></>)}
        {(forum.hostCountry || forum.hostOrganization) && (
          <>
            <dt>Host</dt>
            <dd><PartyLink party={{ country: forum.hostCountry, organization: forum.hostOrganization }} /></dd>
          </>
        )}
        {forum.editionText && (<><dt>Edition, in the source's words</dt><dd>{forum.editionText}</dd></>)}
        {forum.attendanceText && (<><dt>Attendance</dt><dd>{forum.attendanceText}</dd></>)}
        {forum.participatingCountryCount != null && (<><dt>Countries, as the source counts them</dt><dd>{forum.participatingCountryCount}</dd></>)}
      </dl>
      {editions.length > 1 && (
        <nav aria-label="Editions of the series">
          <p>
            Editions:{" "}
            {editions.map((e, i) => (
              <span key={e.id}>
                {i > 0 && " · "}
                {e.id === forum.id ? <strong>{e.edition ?? "?"}</strong> : <Link to={href("forum", e.id)}>{e.edition ?? "?"}</Link>}
              </span>
            ))}
          </p>
        </nav>
      )}
      <Section title="Participants" count={forum.participants.length}>
        <p>
          {countries.length} countries and {organizations.length} organisations named by the sources.
        </p>
        <table className="participants">
          <caption className="visually-hidden">Participants, the rank of their delegation and the sources</caption>
          <thead>
            <tr><th scope="col">Participant</th><th scope="col">Delegation</th><th scope="col">Sources</th></tr>
          </thead>
          <tbody>
            {forum.participants.map((p, i) => (
              <tr key={i}>
                <th scope="row"><PartyLink party={p} /></th>
                <td>{p.delegationLevel ? label(p.delegationLevel) : <span className="none">not given</span>}</td>
                <td>
                  {p.reports.map((r, j) => (
                    <span key={r.article.id}>
                      {j > 0 && "; "}
                      <Link to={href("article", r.article.id)}>{r.article.headline}</Link>
                      {r.delegationLevel && ` (${label(r.delegationLevel)})`}
                    </span>
                  ))}
                  {p.reports.length === 0 && <span className="none">recorded by an editor</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="Panels" count={forum.panels.length}>
        {forum.panels.length === 0 ? <None>No panel recorded.</None> : (
          <ul>{forum.panels.map((p) => <li key={p.theme}>{p.theme}{p.dayText && <span className="detail"> · {p.dayText}</span>}</li>)}</ul>
        )}
      </Section>
      <Section title="Meetings" count={forum.meetings.length}>
        {forum.meetings.length === 0 ? <None>No meeting recorded.</None> : (
          <ul className="meetings">{forum.meetings.map((m) => <MeetingLine key={m.id} meeting={m} />)}</ul>
        )}
        <p><Link to={href("network", undefined, { forum: forum.id })}>Who met whom at this forum, as a network</Link></p>
      </Section>
      <Section title="Sources">
        <p><Sources articles={forum.reportedBy} /></p>
      </Section>
    </Page>
  );
}
