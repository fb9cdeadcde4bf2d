/**
 * The SmartCV callback page's localized status text (en, fr, es, sw): the language choice, every phase's text,
 * and the real pages (demo/callback.html and a French partner page) loaded in an iframe with a forged state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { callbackLanguage, callbackText, showCallbackStatus, type CallbackLanguage, type CallbackPhase } from '../../src/auth/callback-entry.js';

const LANGUAGES: CallbackLanguage[] = ['en', 'fr', 'es', 'sw'];
const PHASES: CallbackPhase[] = ['working', 'popup', 'orphaned', 'invalid'];

/** Loads a callback page in an iframe; answers its document once the status shows `heading`. */
async function loadPage(src: string, heading: string): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="callback" src=${src}></iframe>`);
  await waitUntil(
    () => frame.contentDocument?.querySelector('h1')?.textContent === heading,
    `the page did not show "${heading}" (shows "${frame.contentDocument?.querySelector('h1')?.textContent}")`,
    { timeout: 8000 },
  );
  return frame.contentDocument!;
}

describe('SmartCV callback page text', () => {
  it('takes the page lang when supported, else the browser languages, else English', () => {
    expect(callbackLanguage('fr-CA', ['sw'])).to.equal('fr');
    expect(callbackLanguage('ES', [])).to.equal('es');
    expect(callbackLanguage('de', ['it-IT', 'sw_KE', 'fr'])).to.equal('sw');
    expect(callbackLanguage('', ['pt-BR', 'en-GB'])).to.equal('en');
    expect(callbackLanguage('', [])).to.equal('en');
    expect(callbackLanguage('nl', ['de'])).to.equal('en');
  });

  it('has its own text for every phase in all four languages; redirect shows none', async () => {
    const seen = new Set<string>();
    for (const language of LANGUAGES) {
      for (const phase of PHASES) {
        const text = await callbackText(phase, language);
        expect(text, `${language} ${phase}`).to.have.length(2);
        for (const part of text!) expect(part.trim(), `${language} ${phase}`).to.not.equal('');
        seen.add(`${text![0]}|${text![1]}`);
      }
      expect(await callbackText('redirect', language)).to.equal(undefined);
    }
    // No language falls back to another's strings, and no two phases share a text.
    expect(seen.size).to.equal(LANGUAGES.length * PHASES.length);
    expect(await callbackText('invalid', 'fr')).to.deep.equal([
      'Connexion non terminée',
      'Ce lien de connexion a expiré ou a déjà été utilisé. Revenez à la page de l’offre et réessayez.',
    ]);
    expect((await callbackText('working', 'sw'))![0]).to.equal('Tunakamilisha kuingia…');
    expect((await callbackText('orphaned', 'es'))![1]).to.equal('La página que abrió esta ventana ya no está. Vuelva a la página de la oferta e inténtelo de nuevo.');
  });

  it('writes into the hooks and marks a language that differs from the page', async () => {
    const doc = document.implementation.createHTMLDocument('callback');
    doc.documentElement.lang = 'es-MX';
    doc.body.innerHTML = '<h1 data-careerkit-callback-heading>x</h1><p data-careerkit-callback>y</p><p id="other">z</p>';
    await showCallbackStatus('orphaned', doc);
    expect(doc.querySelector('h1')!.textContent).to.equal('No se completó el inicio de sesión');
    expect(doc.querySelector('[data-careerkit-callback]')!.textContent).to.match(/^La página que abrió esta ventana/);
    expect(doc.querySelector('h1')!.hasAttribute('lang'), 'same language as the page').to.equal(false);
    expect(doc.querySelector('#other')!.textContent).to.equal('z');

    // An unsupported page language: the browser's (or English), and the texts say which.
    doc.documentElement.lang = 'de';
    await showCallbackStatus('working', doc);
    const expected = callbackLanguage('', navigator.languages);
    expect(doc.querySelector('h1')!.textContent).to.equal((await callbackText('working', expected))![0]);
    expect(doc.querySelector('h1')!.lang).to.equal(expected);
    expect(doc.documentElement.lang).to.equal('de');
  });

  it('demo/callback.html (no lang) shows the outcome in the browser language and sets lang', async () => {
    const language = callbackLanguage('', navigator.languages);
    const [heading, status] = (await callbackText('invalid', language))!;
    const doc = await loadPage('/callback.html?code=forged-code&state=forged-state%3Br', heading);
    expect(doc.querySelector('[data-careerkit-callback]')!.textContent).to.equal(status);
    expect(doc.title).to.equal(heading);
    expect(doc.documentElement.lang).to.equal(language);
    // The code left the URL (history) as before.
    expect(doc.defaultView!.location.search).to.equal('');
  });

  it('a French page (lang="fr") shows French, whatever the browser language', async () => {
    const [heading, status] = (await callbackText('invalid', 'fr'))!;
    const doc = await loadPage('/test/browser/fixtures/callback-fr.html?code=forged-code&state=forged-state%3Br', heading);
    expect(heading).to.equal('Connexion non terminée');
    expect(doc.querySelector('[data-careerkit-callback]')!.textContent).to.equal(status);
    expect(doc.title).to.equal(heading);
    expect(doc.querySelector('h1')!.hasAttribute('lang')).to.equal(false);
  });
});

describe('SmartCV callback page without an answer', () => {
  it('opened with no query string says the link is not usable instead of "please wait" forever', async () => {
    const doc = await loadPage('/callback.html', 'Sign-in not completed');
    expect(doc.querySelector('[data-careerkit-callback]')!.textContent).to.equal('This sign-in link has expired or was already used. Go back to the job page and try again.');
  });
});
