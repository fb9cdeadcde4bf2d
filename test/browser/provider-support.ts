/**
 * Shared by the provider-with-* tests (one file per entry, since each page may load only that entry): routes the
 * shared client's requests for `/partner-endpoint/…` to the sandbox stack's endpoint at `/careerkit/…`, and records
 * every request path, so a test can tell whether a request went through the provider's endpoint or the default one.
 */
import { configure } from '../../src/client/client.js';

export const PROVIDER_ENDPOINT = '/partner-endpoint';

/** Starts recording; the returned array fills with the path of every request the elements make. */
export function watchRequests(): string[] {
  const paths: string[] = [];
  configure({
    fetch: (input, init) => {
      const request = input instanceof Request && !init ? input : new Request(input, init);
      paths.push(new URL(request.url).pathname);
      // A request that reaches the sandbox endpoint went through the provider's path.
      return fetch(new Request(request.url.replace(`${PROVIDER_ENDPOINT}/`, '/careerkit/'), request));
    },
  });
  return paths;
}

/** The requests that did not go to the provider's endpoint (none is the expectation). */
export function outsideProvider(paths: readonly string[]): string[] {
  return paths.filter((p) => !p.startsWith(`${PROVIDER_ENDPOINT}/`));
}
