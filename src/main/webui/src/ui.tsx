import { type ReactNode, useEffect, useState } from "react";
import { ApiError, request } from "./api";
import type { TypedDocumentString } from "./gql/graphql";
import { href } from "./router";

/** The state of one read: its data, or its error, while the next one loads. */
export interface Read<R> {
  data?: R;
  error?: ApiError;
  loading: boolean;
}

/** The answers read in this tab, by operation and variables, so that the back button shows a view at once. */
const answers = new Map<string, unknown>();

/** Forgets every answer read: after a write, what was read may have changed. */
export function forgetReads(): void {
  answers.clear();
}

/** Runs the operation whenever its variables change (compared as JSON); one request per view where one suffices. */
export function useRead<R, V>(document: TypedDocumentString<R, V>, variables: V, skip = false): Read<R> {
  const key = JSON.stringify(variables);
  const cacheKey = document.toString() + "\n" + key;
  const [state, setState] = useState<Read<R>>(() =>
    answers.has(cacheKey) ? { data: answers.get(cacheKey) as R, loading: false } : { loading: !skip });
  useEffect(() => {
    if (skip) {
      setState({ loading: false });
      return;
    }
    if (answers.has(cacheKey)) {
      setState({ data: answers.get(cacheKey) as R, loading: false });
      return;
    }
    let current = true;
    setState((previous) => ({ data: previous.data, loading: true }));
    request(document, variables).then(
      (data) => {
        answers.set(cacheKey, data);
        if (current) setState({ data, loading: false });
      },
      (error: unknown) =>
        current && setState({ error: error instanceof ApiError ? error : new ApiError(String(error)), loading: false }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cacheKey, skip]);
  return state;
}

/** What a view shows while its read is on its way or has failed. */
export function Status({ read, what }: { read: Read<unknown>; what: string }) {
  if (read.error) {
    return (
      <p className="error" role="alert">
        Could not load {what}: {read.error.message}
      </p>
    );
  }
  if (read.loading && !read.data) {
    return (
      <p className="loading" role="status">
        Loading {what}…
      </p>
    );
  }
  return null;
}

export function Page({ title, kind, children }: { title: ReactNode; kind?: string; children: ReactNode }) {
  useEffect(() => {
    if (typeof title === "string") {
      document.title = title + " · Parley Explorer";
    }
  }, [title]);
  return (
    <article className="page">
      {kind && <p className="kind">{kind}</p>}
      <h1 tabIndex={-1} id="page-title">
        {title}
      </h1>
      {children}
    </article>
  );
}

export function Section({ title, children, count }: { title: string; children: ReactNode; count?: number }) {
  const id = "section-" + title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title}
        {count !== undefined && <span className="count"> ({count})</span>}
      </h2>
      {children}
    </section>
  );
}

export function None({ children }: { children: ReactNode }) {
  return <p className="none">{children}</p>;
}

export function Link({ to, children, label }: { to: string; children: ReactNode; label?: string }) {
  return (
    <a href={to} aria-label={label}>
      {children}
    </a>
  );
}

type Named = { id: string; name: string };

export function OfficialLink({ official }: { official: Named }) {
  return <Link to={href("official", official.id)}>{official.name}</Link>;
}

export function CountryLink({ country }: { country: Named & { code?: string } }) {
  return <Link to={href("country", country.id)}>{country.name}</Link>;
}

export function OrganizationLink({ organization }: { organization: Named & { shortName?: string | null } }) {
  return <Link to={href("organization", organization.id)}>{organization.shortName ?? organization.name}</Link>;
}

export function ForumLink({ forum }: { forum: Named & { edition?: number | null } }) {
  return (
    <Link to={href("forum", forum.id)}>
      {forum.name}
      {forum.edition ? `, edition ${forum.edition}` : ""}
    </Link>
  );
}

export function TopicLinks({ topics }: { topics: Named[] }) {
  if (!topics.length) {
    return null;
  }
  return (
    <ul className="tags" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic.id}>
          <Link to={href("topic", topic.id)}>{topic.name}</Link>
        </li>
      ))}
    </ul>
  );
}

/** The sources of a fact: the articles that report it, each a link. */
export function Sources({ articles }: { articles: { id: string; headline: string }[] }) {
  if (!articles.length) {
    return <span className="source none">no article recorded</span>;
  }
  return (
    <span className="source">
      according to{" "}
      {articles.map((article, i) => (
        <span key={article.id}>
          {i > 0 && "; "}
          <Link to={href("article", article.id)}>{article.headline}</Link>
        </span>
      ))}
    </span>
  );
}

/** A day as the sources give it: the date, marked when it was worked out from words, or the words alone. */
export function Day({ date, text, derived }: { date?: string | null; text?: string | null; derived?: boolean }) {
  if (date) {
    return (
      <time dateTime={date} title={derived ? `worked out from "${text ?? ""}" and the day of publication` : undefined}>
        {formatDate(date)}
        {derived && <span className="derived"> (from “{text}”)</span>}
      </time>
    );
  }
  if (text) {
    return <span className="day-words">“{text}” (no date given)</span>;
  }
  return <span className="none">date not known</span>;
}

export function formatDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** A search snippet: text escaped, with only the server's <b> marks kept as highlights. */
export function Snippet({ html }: { html: string }) {
  const parts = html.split(/(<b>|<\/b>)/);
  let marked = false;
  const out: ReactNode[] = [];
  parts.forEach((part, i) => {
    if (part === "<b>") {
      marked = true;
    } else if (part === "</b>") {
      marked = false;
    } else if (part) {
      out.push(marked ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>);
    }
  });
  return <span className="snippet">{out}</span>;
}

export function label(value: string): string {
  return value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, " ");
}
