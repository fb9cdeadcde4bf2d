/**
 * A page that loads only the job list's script (`job-list.js`) may still wrap it in `<ck-provider>`: the provider
 * is defined and its endpoint reaches the list. This file imports nothing else, like such a page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import { configure } from '../../src/client/client.js';

describe('<ck-provider> with only job-list.js', () => {
  it('is defined, and the list inside uses its endpoint', async () => {
    const paths: string[] = [];
    configure({
      fetch: (input, init) => {
        const request = input instanceof Request && !init ? input : new Request(input, init);
        paths.push(new URL(request.url).pathname);
        return fetch(request);
      },
    });
    await customElements.whenDefined('ck-provider');
    const provider = await fixture(html`<ck-provider endpoint="/partner-endpoint"><ck-job-list page-size="2"></ck-job-list></ck-provider>`);
    const list = provider.querySelector('ck-job-list')!;
    await waitUntil(() => paths.some((p) => p.startsWith('/partner-endpoint/jobs')), `requests went to ${paths.join(', ')}`, { timeout: 8000 });
    expect(list.resolvedEndpoint).to.equal('/partner-endpoint');
  });
});
