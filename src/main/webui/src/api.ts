import type { TypedDocumentString } from "./gql/graphql";

/** One error of a GraphQL answer, with the extensions Parley gives (code, field, violations, currentVersion). */
export interface ApiErrorDetail {
  message: string;
  extensions?: {
    code?: string;
    field?: string;
    currentVersion?: number;
    violations?: { field: string; message: string }[];
  };
}

/** A GraphQL answer with errors, or a request that did not reach an answer. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
  }

  /** The first error's code, e.g. CONFLICT or BAD_USER_INPUT. */
  get code(): string | undefined {
    return this.details[0]?.extensions?.code;
  }

  /** The message for each input field the server names, e.g. {"input.name": "must not be blank"}. */
  fieldMessages(): Record<string, string> {
    const messages: Record<string, string> = {};
    for (const detail of this.details) {
      for (const violation of detail.extensions?.violations ?? []) {
        messages[violation.field] = violation.message;
      }
      if (detail.extensions?.field && !messages[detail.extensions.field]) {
        messages[detail.extensions.field] = detail.message;
      }
    }
    return messages;
  }
}

const CREDENTIALS = "parley.credentials";

let onWrite: () => void = () => {};

/** What to do after every write, e.g. forget the answers read before it. */
export function afterWrites(action: () => void): void {
  onWrite = action;
}

/** The editor's credentials for this tab (HTTP Basic, or a bearer token), or null when signed out. */
export function credentials(): string | null {
  return sessionStorage.getItem(CREDENTIALS);
}

export function signIn(user: string, password: string): void {
  sessionStorage.setItem(CREDENTIALS, "Basic " + btoa(unescape(encodeURIComponent(user + ":" + password))));
}

export function signInWithToken(token: string): void {
  sessionStorage.setItem(CREDENTIALS, "Bearer " + token.trim());
}

export function signOut(): void {
  sessionStorage.removeItem(CREDENTIALS);
}

/** Sends one operation to Parley's public GraphQL endpoint and gives its typed data, or throws an ApiError. */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  const headers: Record<string, string> = { "Content-Type": "application/json", Accept: "application/json" };
  const auth = credentials();
  if (auth) {
    headers.Authorization = auth;
  }
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers,
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError("Parley could not be reached; check your connection and try again.");
  }
  let body: { data?: R | null; errors?: ApiErrorDetail[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`Parley answered ${response.status} without a GraphQL answer.`);
  }
  if (document.toString().trimStart().startsWith("mutation")) {
    onWrite();
  }
  if (body.errors?.length) {
    throw new ApiError(body.errors.map((e) => e.message).join(" "), body.errors);
  }
  if (!response.ok || body.data == null) {
    throw new ApiError(`Parley answered ${response.status}.`);
  }
  return body.data;
}
