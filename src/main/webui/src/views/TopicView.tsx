import "../fragments";
import { graphql } from "../gql";
import { MeetingLine, StatementBlock } from "../parts";
import { None, Page, Section, Sources, Status, useRead } from "../ui";

const TOPIC = graphql(`
  query ExplorerTopic($id: ID!) {
    topic(id: $id) {
      id name description
      statements(first: 50) { ...StatementFields }
      meetings(first: 50) { ...MeetingLineFields }
      articles { id headline }
    }
  }
`);

export function TopicView({ id }: { id: string }) {
  const read = useRead(TOPIC, { id });
  const topic = read.data?.topic;
  if (!topic) {
    return read.data ? <p role="alert">There is no topic with this ID.</p> : <Status read={read} what="the topic" />;
  }
  return (
    <Page title={topic.name} kind="Topic">
      {topic.description && <p className="lead">{topic.description}</p>}
      <Section title="Statements" count={topic.statements.length}>
        {topic.statements.length ? <ul className="statements">{topic.statements.map((s) => <StatementBlock key={s.id} statement={s} />)}</ul> : <None>None.</None>}
      </Section>
      <Section title="Meetings" count={topic.meetings.length}>
        {topic.meetings.length ? <ul className="meetings">{topic.meetings.map((m) => <MeetingLine key={m.id} meeting={m} />)}</ul> : <None>None.</None>}
      </Section>
      <Section title="Articles" count={topic.articles.length}>
        <p><Sources articles={topic.articles} /></p>
      </Section>
    </Page>
  );
}
