import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

describe('careerkit smoke', () => {
  it('defines the elements', async () => {
    const el = await fixture(html`<ck-job-list></ck-job-list>`);
    expect(customElements.get('ck-job-list')).to.equal(el.constructor);
  });
  it('reaches the in-process stack', async () => {
    const res = await fetch('/careerkit/healthz');
    expect(res.status).to.equal(200);
  });
});
