import { useEffect, useState } from "react";

/** Where the explorer is: a view and its parameters, from the URL's hash (#/official/ID?tab=x), so links share. */
export interface Route {
  view: string;
  id?: string;
  params: URLSearchParams;
}

export function parse(hash: string): Route {
  const [path, query] = hash.replace(/^#\/?/, "").split("?", 2);
  const [view, ...rest] = path.split("/").filter(Boolean);
  return { view: view ?? "", id: rest.length ? decodeURIComponent(rest.join("/")) : undefined, params: new URLSearchParams(query ?? "") };
}

/** A link into the explorer: href("official", id) or href("search", undefined, {q: "Baek"}). */
export function href(view: string, id?: string, params?: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== "") {
      query.set(key, value);
    }
  }
  const q = query.toString();
  return "#/" + view + (id ? "/" + encodeURIComponent(id) : "") + (q ? "?" + q : "");
}

export function navigate(to: string, replace = false): void {
  if (replace) {
    history.replaceState(null, "", to);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else {
    location.hash = to;
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parse(location.hash));
  useEffect(() => {
    const update = () => setRoute(parse(location.hash));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}
