/**
 * A page that loads only the job list's script (`job-list.js`) may still wrap it in `<ck-provider>`: the provider
 * is defined with the list (before it) and its endpoint reaches the list from the first request. This file imports
 * only the list's entry (and the client, to watch requests), like such a page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import { outsideProvider, watchRequests } from './provider-support.js';

describe('<ck-provider> with only job-list.js', () => {
  it('is defined at once, and the list inside sends every request to its endpoint', async () => {
    expect(customElements.get('ck-provider'), 'defined by job-list.js itself').to.be.a('function');
    const paths = watchRequests();
    const provider = await fixture(html`<ck-provider endpoint="/partner-endpoint"><ck-job-list page-size="2"></ck-job-list></ck-provider>`);
    const list = provider.querySelector('ck-job-list')!;
    await waitUntil(() => list.shadowRoot!.querySelectorAll('[part~="card"]').length === 2, `no jobs; requests went to ${paths.join(', ')}`, { timeout: 8000 });
    expect(list.resolvedEndpoint).to.equal('/partner-endpoint');
    expect(paths.length).to.be.greaterThan(0);
    expect(outsideProvider(paths), 'no request to the default endpoint').to.deep.equal([]);
  });
});
