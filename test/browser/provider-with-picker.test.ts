/**
 * A page that loads only the skill picker's script (`skill-picker.js`) may still wrap it in `<ck-provider>`: the
 * provider is defined with the picker (before it) and its endpoint and locale reach the picker. This file imports
 * only the picker's entry (and the client, to watch requests), like such a page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/skill-picker/define.js';
import type { CkSkillPicker } from '../../src/components/skill-picker/skill-picker.js';
import { outsideProvider, watchRequests } from './provider-support.js';

describe('<ck-provider> with only skill-picker.js', () => {
  it('is defined at once, and the picker inside uses its endpoint and locale', async () => {
    expect(customElements.get('ck-provider'), 'defined by skill-picker.js itself').to.be.a('function');
    const paths = watchRequests();
    const provider = await fixture(html`<ck-provider endpoint="/partner-endpoint" locale="fr"><ck-skill-picker></ck-skill-picker></ck-provider>`);
    const picker = provider.querySelector<CkSkillPicker>('ck-skill-picker')!;
    await picker.updateComplete;
    expect(picker.resolvedEndpoint).to.equal('/partner-endpoint');
    expect(picker.resolvedLocale).to.equal('fr');
    // The picker asks the endpoint for its model's settings once the page is idle.
    await waitUntil(() => paths.length > 0, 'the picker made no request', { timeout: 8000 });
    expect(outsideProvider(paths), 'no request to the default endpoint').to.deep.equal([]);
  });
});
