/**
 * The callback page's visible text in the visitor's language (en, fr, es, sw). Kept tiny: it ships in
 * `dist/cdn/callback.js` (budget 1.5 kB gzip), so plain arrays instead of the elements' catalogs, and only English
 * inline; the other languages load on demand, while the answer is already being handed over.
 * Hooks in the page: `[data-careerkit-callback]` (the status line) and `[data-careerkit-callback-heading]`
 * (the heading, and the `<title>` if marked).
 */
import type { CallbackOutcome } from './callback.js';

export type CallbackLanguage = 'en' | 'fr' | 'es' | 'sw';
export type CallbackPhase = CallbackOutcome | 'working';

// [working heading, please wait, done heading, done, failed heading, opener gone, link used, try again]
const en = [
  'Completing sign-in…',
  'Please wait while your SmartCV profile is passed to the job page.',
  'Signed in',
  'You can close this window.',
  'Sign-in not completed',
  'The page that opened this window is gone.',
  'This sign-in link has expired or was already used.',
  'Go back to the job page and try again.',
];

const load: Record<Exclude<CallbackLanguage, 'en'>, () => Promise<{ default: string[] }>> = {
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
  const t = language === 'en' ? en : (await load[language]()).default;
  if (phase === 'working') return [t[0], t[1]];
  if (phase === 'popup') return [t[2], t[3]];
  if (phase === 'redirect') return undefined;
  return [t[4], `${t[phase === 'orphaned' ? 5 : 6]} ${t[7]}`];
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
