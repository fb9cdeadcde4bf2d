/**
 * A language file on a slow network: `<ck-skill-picker>` waits for it briefly (no flash of English), but never
 * longer than WAIT_MS. Past that the candidate gets a working picker in English, and the language follows when
 * its file comes. The test server holds the Swahili file back (the `stallOnce` middleware); its own page.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/components/skill-picker/define.js';
import type { CkSkillPicker } from '../../src/components/skill-picker/skill-picker.js';
import { WAIT_MS } from '../../src/i18n/strings.js';

const STALL_MS = WAIT_MS + 3000;
const input = (el: CkSkillPicker) => el.shadowRoot?.querySelector<HTMLInputElement>('input') ?? null;

describe('ck-skill-picker: a language file that is slow to come', function () {
  this.timeout(STALL_MS + 10_000);

  it('renders in English after WAIT_MS, then in Swahili when the file arrives', async () => {
    const stalled = await fetch(`/__test/stall?path=/src/components/skill-picker/messages.sw.ts&ms=${STALL_MS}`, { method: 'POST' });
    expect(stalled.status).to.equal(204);
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const started = performance.now();
      render(html`<ck-skill-picker endpoint="/careerkit" locale="sw"></ck-skill-picker>`, host);
      const el = host.querySelector<CkSkillPicker>('ck-skill-picker')!;
      // Before: the element waited for the file with no limit, so for as long as the network held it, no field.
      await waitUntil(() => input(el), 'a usable field while the language file is still on its way', { timeout: WAIT_MS + 1500 });
      expect(performance.now() - started, 'the field came before the file').to.be.lessThan(STALL_MS);
      expect(input(el)!.placeholder).to.equal('Search skills…');
      await expect(el).to.be.accessible();
      // updateComplete includes the late language.
      await el.updateComplete;
      expect(input(el)!.placeholder).to.equal('Tafuta ujuzi…');
    } finally {
      host.remove();
    }
  });
});
