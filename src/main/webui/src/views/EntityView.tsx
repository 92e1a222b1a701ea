import "../fragments";
import { graphql } from "../gql";
import { MeetingLine } from "../parts";
import { href } from "../router";
import { ForumLink, Link, None, OfficialLink, OrganizationLink, Page, Section, Sources, Status, useRead } from "../ui";

const COUNTRY = graphql(`
  query ExplorerCountry($id: ID!) {
    country(id: $id) {
      id name code
      officials { id name }
      organizations { id name shortName }
      meetings(first: 50) { ...MeetingLineFields }
      forumsAttended { id name edition }
      forumsHosted { id name edition }
      mentionedIn { id headline }
    }
  }
`);

const ORGANIZATION = graphql(`
  query ExplorerOrganization($id: ID!) {
    organization(id: $id) {
      id name shortName kind
      country { id name }
      parent { id name shortName }
      children { id name shortName }
      meetings(first: 50) { ...MeetingLineFields }
      forumsAttended { id name edition }
      forumsHosted { id name edition }
      mentionedIn { id headline }
    }
  }
`);

type Forum = { id: string; name: string; edition?: number | null };

function Forums({ title, forums }: { title: string; forums: Forum[] }) {
  return (
    <Section title={title} count={forums.length}>
      {forums.length ? <ul>{forums.map((f) => <li key={f.id}><ForumLink forum={f} /></li>)}</ul> : <None>None.</None>}
    </Section>
  );
}

export function EntityView({ kind, id }: { kind: "country" | "organization"; id: string }) {
  const country = useRead(COUNTRY, { id }, kind !== "country");
  const organization = useRead(ORGANIZATION, { id }, kind !== "organization");
  const read = kind === "country" ? country : organization;
  const entity = kind === "country" ? country.data?.country : organization.data?.organization;
  if (!entity) {
    return read.data ? <p role="alert">There is no {kind} with this ID.</p> : <Status read={read} what={"the " + kind} />;
  }
  const meetings = (
    <Section title="Meetings" count={entity.meetings.length}>
      {entity.meetings.length ? <ul className="meetings">{entity.meetings.map((m) => <MeetingLine key={m.id} meeting={m} />)}</ul> : <None>None.</None>}
    </Section>
  );
  if (kind === "country" && country.data?.country) {
    const c = country.data.country;
    return (
      <Page title={c.name} kind={"Country · " + c.code}>
        <p>
          <Link to={href("relations", undefined, { a: c.id })}>Relations with another country</Link> ·{" "}
          <Link to={href("network", undefined, { country: c.id })}>Its meetings as a network</Link>
        </p>
        <Section title="Officials" count={c.officials.length}>
          <ul>{c.officials.map((o) => <li key={o.id}><OfficialLink official={o} /></li>)}</ul>
        </Section>
        {meetings}
        <Forums title="Forums attended" forums={c.forumsAttended} />
        <Forums title="Forums hosted" forums={c.forumsHosted} />
        <Section title="Organisations" count={c.organizations.length}>
          <ul>{c.organizations.map((o) => <li key={o.id}><OrganizationLink organization={o} /></li>)}</ul>
        </Section>
        <Section title="Mentioned in" count={c.mentionedIn.length}><p><Sources articles={c.mentionedIn} /></p></Section>
      </Page>
    );
  }
  const o = organization.data!.organization!;
  return (
    <Page title={o.shortName ? `${o.name} (${o.shortName})` : o.name} kind="Organisation">
      {o.parent && <p>Part of <OrganizationLink organization={o.parent} />.</p>}
      {meetings}
      <Forums title="Forums attended" forums={o.forumsAttended} />
      <Forums title="Forums hosted" forums={o.forumsHosted} />
      {o.children.length > 0 && (
        <Section title="Parts" count={o.children.length}>
          <ul>{o.children.map((child) => <li key={child.id}><OrganizationLink organization={child} /></li>)}</ul>
        </Section>
      )}
      <Section title="Mentioned in" count={o.mentionedIn.length}><p><Sources articles={o.mentionedIn} /></p></Section>
    </Page>
  );
}
