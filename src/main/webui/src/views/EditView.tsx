import { type FormEvent, type ReactNode, useState } from "react";
import { ApiError, credentials, request, signIn, signInWithToken, signOut } from "../api";
import { graphql } from "../gql";
import type { ArticleImportInput } from "../gql/graphql";
import { href, navigate, type Route } from "../router";
import { Page, Section, useRead } from "../ui";

const IMPORT = graphql(`
  mutation ExplorerImport($document: ArticleImportInput!) {
    importArticle(document: $document) {
      changed
      counts { type created matched updated }
      article { id headline }
    }
  }
`);

const OFFICIALS = graphql(`
  query ExplorerOfficials {
    officials(first: 100) { nodes { id name } }
  }
`);

const OFFICIAL = graphql(`
  query ExplorerOfficialToEdit($id: ID!) {
    official(id: $id) { id name otherNames version country { id } }
  }
`);

const UPDATE = graphql(`
  mutation ExplorerUpdateOfficial($id: ID!, $expectedVersion: Int!, $input: OfficialInput!) {
    updateOfficial(id: $id, expectedVersion: $expectedVersion, input: $input) { official { id name otherNames version } }
  }
`);

/** What went wrong, as a person can act on it: a conflict explained, a refusal, or the server's message. */
function explain(error: ApiError): ReactNode {
  switch (error.code) {
    case "CONFLICT": {
      const current = error.details[0]?.extensions?.currentVersion;
      return (
        <>
          Someone changed this since you opened it{current != null ? ` (it is at version ${current} now)` : ""}: your
          change was not saved, and theirs is kept. Load it again, check what changed, and make your change once more.
        </>
      );
    }
    case "UNAUTHENTICATED":
    case "FORBIDDEN":
      return <>{error.message} Sign in as an editor above.</>;
    default:
      return error.message;
  }
}

function SignIn() {
  const [user, setUser] = useState("");
  const [password, setPassword] = useState("");
  const [token, setToken] = useState("");
  const [signedIn, setSignedIn] = useState(credentials() != null);
  if (signedIn) {
    return (
      <p>
        Signed in for this tab.{" "}
        <button type="button" onClick={() => (signOut(), setSignedIn(false))}>Sign out</button>
      </p>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) {
      signInWithToken(token);
    } else {
      signIn(user, password);
    }
    setSignedIn(true);
  };
  return (
    <form onSubmit={submit} className="stack" aria-label="Sign in">
      <p>Writing needs the editor role: the same credentials the API takes (a user and password, or a bearer token).</p>
      <label htmlFor="user">User</label>
      <input id="user" autoComplete="username" value={user} onChange={(e) => setUser(e.target.value)} />
      <label htmlFor="password">Password</label>
      <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <label htmlFor="token">or a bearer token</label>
      <input id="token" value={token} onChange={(e) => setToken(e.target.value)} />
      <button type="submit">Sign in</button>
    </form>
  );
}

function ImportForm() {
  const [text, setText] = useState("");
  const [result, setResult] = useState<ReactNode>();
  const [errors, setErrors] = useState<ReactNode>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(undefined);
    setErrors(undefined);
    let document: ArticleImportInput;
    try {
      document = JSON.parse(text);
    } catch (e) {
      setErrors(<>The document is not JSON: {(e as Error).message}</>);
      return;
    }
    setBusy(true);
    try {
      const answer = (await request(IMPORT, { document })).importArticle;
      setResult(
        <>
          {answer.changed ? "Imported" : "Nothing changed: everything was known"}:{" "}
          <a href={href("article", answer.article.id)}>{answer.article.headline}</a> (
          {answer.counts.map((c) => `${c.type}: ${c.created} new, ${c.updated} updated, ${c.matched} matched`).join("; ")})
        </>,
      );
    } catch (e) {
      const error = e as ApiError;
      const fields = error.fieldMessages?.() ?? {};
      setErrors(
        <>
          {explain(error)}
          {Object.keys(fields).length > 0 && (
            <ul>{Object.entries(fields).map(([field, message]) => <li key={field}><code>{field}</code>: {message}</li>)}</ul>
          )}
        </>,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="stack" aria-label="Import an article">
      <label htmlFor="document">Import document (JSON, as <code>ArticleImportInput</code> in the schema)</label>
      <textarea id="document" rows={12} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="import-errors" />
      <button type="submit" disabled={busy || !text.trim()}>{busy ? "Importing…" : "Import"}</button>
      <div id="import-errors" role="alert" className="error">{errors}</div>
      {result && <p role="status">{result}</p>}
    </form>
  );
}

function OfficialForm({ id }: { id?: string }) {
  const officials = useRead(OFFICIALS, {});
  const read = useRead(OFFICIAL, { id: id ?? "" }, !id);
  const official = read.data?.official;
  const [name, setName] = useState<string>();
  const [otherNames, setOtherNames] = useState<string>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<ReactNode>();
  const [saved, setSaved] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!official) return;
    setFields({});
    setMessage(undefined);
    setSaved(undefined);
    try {
      const answer = await request(UPDATE, {
        id: official.id,
        expectedVersion: official.version,
        input: {
          name: name ?? official.name,
          otherNames: (otherNames ?? official.otherNames.join("\n")).split("\n").map((n) => n.trim()).filter(Boolean),
          countryId: official.country?.id,
        },
      });
      setSaved(`Saved: ${answer.updateOfficial.official.name}, version ${answer.updateOfficial.official.version}.`);
    } catch (e) {
      const error = e as ApiError;
      setFields(error.fieldMessages());
      setMessage(explain(error));
    }
  };
  return (
    <div className="stack">
      <label htmlFor="official">Official</label>
      <select id="official" value={id ?? ""} onChange={(e) => navigate(href("edit", undefined, { official: e.target.value }))}>
        <option value="">Choose…</option>
        {officials.data?.officials.nodes.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </select>
      {official && (
        <form key={official.id + ":" + official.version} onSubmit={submit} className="stack" aria-label="Correct the official">
          <label htmlFor="name">Name</label>
          <input id="name" defaultValue={official.name} onChange={(e) => setName(e.target.value)}
            aria-invalid={fields["input.name"] ? true : undefined} aria-describedby="name-error" />
          <span id="name-error" className="error">{fields["input.name"]}</span>
          <label htmlFor="other-names">Other names, one a line</label>
          <textarea id="other-names" rows={3} defaultValue={official.otherNames.join("\n")} onChange={(e) => setOtherNames(e.target.value)}
            aria-invalid={Object.keys(fields).some((f) => f.startsWith("input.otherNames")) ? true : undefined} aria-describedby="other-names-error" />
          <span id="other-names-error" className="error">
            {Object.entries(fields).filter(([f]) => f.startsWith("input.otherNames")).map(([f, m]) => `${f}: ${m}`).join(" ")}
          </span>
          <p className="meta">Version {official.version}: a change made by someone else since is not overwritten.</p>
          <button type="submit">Save</button>
          <div role="alert" className="error">{message}</div>
          {saved && <p role="status">{saved}</p>}
        </form>
      )}
    </div>
  );
}

export function EditView({ route }: { route: Route }) {
  return (
    <Page title="Edit">
      <Section title="Sign in"><SignIn /></Section>
      <Section title="Import an article"><ImportForm /></Section>
      <Section title="Correct an official"><OfficialForm id={route.params.get("official") ?? undefined} /></Section>
    </Page>
  );
}
