/**
 * The callback page's visible text in the visitor's language (en, fr, es, sw). Kept tiny: it ships in
 * `dist/cdn/callback.js` (budget 1.5 kB gzip): the kit's message shape (a typed `Messages`, English here, one file
 * per other language loaded on demand) without the elements' translator, as the page has no placeholders or plurals.
 * Hooks in the page: `[data-careerkit-callback]` (the status line) and `[data-careerkit-callback-heading]`
 * (the heading, and the `<title>` if marked).
 */
import type { CallbackOutcome } from './callback.js';
import type { Messages } from '../i18n/translate.js';

export type CallbackLanguage = 'en' | 'fr' | 'es' | 'sw';
export type CallbackPhase = CallbackOutcome | 'working';

/** The callback page's strings: the keys every language file must have. */
export type CallbackMessages = Messages<'working' | 'wait' | 'done' | 'canClose' | 'failed' | 'gone' | 'used' | 'tryAgain'>;

/** English, built in. */
const en: CallbackMessages = {
  working: 'Completing sign-in…',
  wait: 'Please wait while your SmartCV profile is passed to the job page.',
  done: 'Signed in',
  canClose: 'You can close this window.',
  failed: 'Sign-in not completed',
  gone: 'The page that opened this window is gone.',
  used: 'This sign-in link has expired or was already used.',
  tryAgain: 'Go back to the job page and try again.',
};

/** French, Spanish and Swahili, each in its own file, loaded on demand while the answer is already handed over. */
const load: Record<Exclude<CallbackLanguage, 'en'>, () => Promise<Partial<Record<CallbackLanguage, CallbackMessages>>>> = {
  fr: () => import('./callback-text.fr.js'),
  es: () => import('./callback-text.es.js'),
  sw: () => import('./callback-text.sw.js'),
};

/** The page's `lang` when supported, else the browser's first supported language, else English. */
export function callbackLanguage(pageLang: string, browserLanguages: readonly string[]): CallbackLanguage {
  for (const tag of [pageLang, ...browserLanguages]) {
    const language = tag?.toLowerCase().split(/[-_]/)[0];
    if (language === 'en' || (language && language in load)) return language as CallbackLanguage;
  }
  return 'en';
}

/** [heading, status] of a phase: `working` while the answer is handed over, then the outcome (none for redirect). */
export async function callbackText(phase: CallbackPhase, language: CallbackLanguage): Promise<[string, string] | undefined> {
  const t = (language === 'en' ? en : (await load[language]())[language]) as Record<string, string>;
  if (phase === 'working') return [t.working, t.wait];
  if (phase === 'popup') return [t.done, t.canClose];
  if (phase === 'redirect') return undefined;
  return [t.failed, `${t[phase === 'orphaned' ? 'gone' : 'used']} ${t.tryAgain}`];
}

/** Writes a phase's text into the page's hooks, in the page's or the browser's language. */
export async function showCallbackStatus(phase: CallbackPhase, doc: Document = document): Promise<void> {
  const root = doc.documentElement;
  let language = callbackLanguage(root.lang, navigator.languages ?? [navigator.language]);
  let text: [string, string] | undefined;
  try {
    text = await callbackText(phase, language);
  } catch {
    // The language file did not load (offline, blocked): English.
    text = await callbackText(phase, (language = 'en'));
  }
  if (!text) return;
  // A page without `lang` takes the chosen one; otherwise only the texts written here say theirs, if it differs.
  root.lang ||= language;
  const samePage = root.lang.toLowerCase().split(/[-_]/)[0] === language;
  const write = (selector: string, value: string) =>
    doc.querySelectorAll<HTMLElement>(selector).forEach((el) => {
      el.textContent = value;
      if (samePage) el.removeAttribute('lang');
      else el.lang = language;
    });
  write('[data-careerkit-callback-heading]', text[0]);
  write('[data-careerkit-callback]', text[1]);
}
