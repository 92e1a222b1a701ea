import { lazy, StrictMode, Suspense, useEffect, useRef } from "react";
import { createRoot } from "react-dom/client";
import { afterWrites, credentials } from "./api";
import { href, type Route, useRoute } from "./router";
import "./style.css";
import { forgetReads } from "./ui";
import { ArticleView } from "./views/ArticleView";
import { EditView } from "./views/EditView";
import { EntityView } from "./views/EntityView";
import { ForumView } from "./views/ForumView";
import { MeetingView } from "./views/MeetingView";
import { OfficialView } from "./views/OfficialView";
import { RelationsView } from "./views/RelationsView";
import { SearchView } from "./views/SearchView";
import { StatementView } from "./views/StatementView";
import { TopicView } from "./views/TopicView";

// The network and the charts bring their drawing libraries; they load when opened, not with the first view.
const NetworkView = lazy(() => import("./views/NetworkView").then((m) => ({ default: m.NetworkView })));
const CountsView = lazy(() => import("./views/CountsView").then((m) => ({ default: m.CountsView })));

const NAV: [string, string][] = [
  ["search", "Search"],
  ["network", "Network"],
  ["relations", "Between two countries"],
  ["counts", "Counts"],
  ["edit", "Edit"],
];

function View({ route }: { route: Route }) {
  switch (route.view) {
    case "":
    case "search":
      return <SearchView route={route} />;
    case "official":
      return <OfficialView id={route.id!} route={route} />;
    case "meeting":
      return <MeetingView id={route.id!} />;
    case "statement":
      return <StatementView id={route.id!} />;
    case "forum":
      return <ForumView id={route.id!} />;
    case "article":
      return <ArticleView id={route.id!} />;
    case "topic":
      return <TopicView id={route.id!} />;
    case "country":
    case "organization":
      return <EntityView kind={route.view} id={route.id!} />;
    case "network":
      return <NetworkView route={route} />;
    case "relations":
      return <RelationsView route={route} />;
    case "counts":
      return <CountsView route={route} />;
    case "edit":
      return <EditView route={route} />;
    default:
      return (
        <p role="alert">
          There is no page “{route.view}” here. <a href={href("search")}>Search the graph</a> instead.
        </p>
      );
  }
}

function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // a new view takes the focus to its heading, so that a screen reader announces where the reader is
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const heading = main.current?.querySelector<HTMLElement>("h1");
    heading?.focus();
  }, [route.view, route.id]);
  const current = route.view || "search";
  return (
    <>
      <a className="skip" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <header className="top">
        <a className="brand" href={href("search")}>
          Parley <span>Explorer</span>
        </a>
        <nav aria-label="Views">
          <ul>
            {NAV.map(([view, name]) => (
              <li key={view}>
                <a href={href(view)} aria-current={current === view ? "page" : undefined}>
                  {name}
                  {view === "edit" && credentials() ? " (signed in)" : ""}
                </a>
              </li>
            ))}
            <li>
              <a href="/q/graphql-ui/">GraphiQL</a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p role="status">Loading the view…</p>}>
          <View route={route} />
        </Suspense>
      </main>
      <footer>
        Every fact links to the article that reports it. Data from Parley's public GraphQL API at <code>/graphql</code>.
      </footer>
    </>
  );
}

afterWrites(forgetReads);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
