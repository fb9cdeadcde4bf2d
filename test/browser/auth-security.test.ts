import { expect } from '@open-wc/testing';
import { completeSmartcvCallback } from '../../src/auth/callback.js';
import { REDIRECT_KEY, RESPONSE_KEY } from '../../src/auth/protocol.js';

/** B7.2: the callback page goes back only to a page on its own origin, whatever the stored record says. */
describe('SmartCV callback page is no open redirect', () => {
  beforeEach(() => sessionStorage.clear());

  const hostile = [
    'https://evil.example/apply',
    '//evil.example/apply',
    '/\\evil.example/apply',
    'javascript:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
  ];
  hostile.forEach((returnUrl, i) => {
    it(`refuses to go back to ${returnUrl}`, async () => {
      const state = `open-redirect-${i}`;
      sessionStorage.setItem(REDIRECT_KEY, JSON.stringify({ state, returnUrl, jobId: null }));
      const went: string[] = [];
      const outcome = await completeSmartcvCallback({
        url: `${location.origin}/callback.html?code=c-${i}&state=${state}%3Br`,
        navigate: (to) => went.push(to),
      });
      expect(outcome).to.equal('invalid');
      expect(went).to.be.empty;
      expect(sessionStorage.getItem(RESPONSE_KEY)).to.equal(null);
    });
  });

  it('goes back to a same-origin page (control: the record above is otherwise accepted)', async () => {
    const returnUrl = `${location.origin}/apply.html?job=1`;
    sessionStorage.setItem(REDIRECT_KEY, JSON.stringify({ state: 'same-origin', returnUrl, jobId: null }));
    const went: string[] = [];
    const outcome = await completeSmartcvCallback({
      url: `${location.origin}/callback.html?code=c-ok&state=same-origin%3Br`,
      navigate: (to) => went.push(to),
    });
    expect(outcome).to.equal('redirect');
    expect(went).to.deep.equal([returnUrl]);
  });
});
