import "../fragments";
import { graphql } from "../gql";
import { MeetingLine, StatementBlock } from "../parts";
import { CountryLink, formatDate, ForumLink, None, OfficialLink, OrganizationLink, Page, Section, Status, TopicLinks, useRead } from "../ui";

const ARTICLE = graphql(`
  query ExplorerArticle($id: ID!) {
    article(id: $id) {
      id url headline authors publishedOn body
      publisher { id name shortName }
      meetings { ...MeetingLineFields }
      statements { ...StatementFields }
      mentionedOfficials { id name }
      mentionedCountries { id name code }
      mentionedOrganizations { id name shortName }
      forums { id name edition }
      topics { id name }
    }
  }
`);

export function ArticleView({ id }: { id: string }) {
  const read = useRead(ARTICLE, { id });
  const article = read.data?.article;
  if (!article) {
    return read.data ? <p role="alert">There is no article with this ID.</p> : <Status read={read} what="the article" />;
  }
  return (
    <Page title={article.headline} kind="Article">
      <p className="meta">
        {article.publisher && <OrganizationLink organization={article.publisher} />}
        {article.publishedOn ? ` · ${formatDate(article.publishedOn)}` : " · publication day not given"}
        {article.authors.length > 0 && ` · by ${article.authors.join(", ")}`}
        {article.url && (<> · <a href={article.url} rel="noreferrer">the article</a></>)}
      </p>
      <TopicLinks topics={article.topics} />
      <Section title="Text">
        {article.body.split(/\n\n+/).map((paragraph, i) => <p key={i}>{paragraph}</p>)}
      </Section>
      <Section title="Meetings it reports" count={article.meetings.length}>
        {article.meetings.length ? <ul className="meetings">{article.meetings.map((m) => <MeetingLine key={m.id} meeting={m} />)}</ul> : <None>None.</None>}
      </Section>
      <Section title="Statements it reports" count={article.statements.length}>
        {article.statements.length ? <ul className="statements">{article.statements.map((s) => <StatementBlock key={s.id} statement={s} />)}</ul> : <None>None.</None>}
      </Section>
      <Section title="Forums it reports" count={article.forums.length}>
        <ul>{article.forums.map((f) => <li key={f.id}><ForumLink forum={f} /></li>)}</ul>
      </Section>
      <Section title="Mentions">
        <p>Officials: {article.mentionedOfficials.map((o, i) => <span key={o.id}>{i > 0 && ", "}<OfficialLink official={o} /></span>)}</p>
        <p>Countries: {article.mentionedCountries.map((c, i) => <span key={c.id}>{i > 0 && ", "}<CountryLink country={c} /></span>)}</p>
        <p>Organisations: {article.mentionedOrganizations.map((o, i) => <span key={o.id}>{i > 0 && ", "}<OrganizationLink organization={o} /></span>)}</p>
      </Section>
    </Page>
  );
}
