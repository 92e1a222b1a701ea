// What scale/check.mjs and scale/cost.mjs share: a GraphQL request over HTTP and the editor's credentials.

/** The credentials scale/run.sh gives its instances' editor. */
export const EDITOR = 'Basic ' + Buffer.from('editor:parley-dev').toString('base64');

/** The data of one GraphQL request to url, or an error with the answer's errors. */
export async function graphql(url, query, variables, auth) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) {
    throw new Error(`${url}: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}
