/**
 * A page that imports only `careerkit/job-detail` may still wrap it in `<ck-provider>`: the provider is defined
 * with the detail (before it) and its endpoint reaches the detail. This file imports only the detail's entry (and
 * the client, to watch requests), like such a page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/job-detail/define.js';
import type { CkJobDetail } from '../../src/components/job-detail/job-detail.js';
import { configure, createClient } from '../../src/client/client.js';
import { outsideProvider, watchRequests } from './provider-support.js';

describe('<ck-provider> with only careerkit/job-detail', () => {
  it('is defined at once, and the detail inside fetches its job from the provider endpoint', async () => {
    expect(customElements.get('ck-provider'), 'defined by the job-detail entry itself').to.be.a('function');
    const [job] = (await createClient('/careerkit').jobs({ pageSize: 1 })).items;
    const paths = watchRequests();
    const provider = await fixture(html`<ck-provider endpoint="/partner-endpoint"><ck-job-detail job-id=${job.id}></ck-job-detail></ck-provider>`);
    const detail = provider.querySelector<CkJobDetail>('ck-job-detail')!;
    await waitUntil(() => detail.shadowRoot!.querySelector('#title'), `no job; requests went to ${paths.join(', ')}`, { timeout: 8000 });
    expect(detail.resolvedEndpoint).to.equal('/partner-endpoint');
    expect(paths).to.include(`/partner-endpoint/jobs/${encodeURIComponent(job.id)}`);
    expect(outsideProvider(paths), 'no request to the default endpoint').to.deep.equal([]);
    configure({ fetch: globalThis.fetch.bind(globalThis) });
  });
});
