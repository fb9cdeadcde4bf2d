/**
 * The kit's one message-catalog shape, in English, French, Spanish and Swahili. Every element (and the callback
 * page, and the sign-in flow) has:
 * - `messages.ts`: the key union, `type XMessages = Messages<Key>` (the typed interface every language file is
 *   checked against by the compiler) and the English object `en`, with the shared strings spread in
 *   (`...common`, src/i18n/common.ts);
 * - `messages.fr.ts`, `messages.es.ts`, `messages.sw.ts`: one object each, typed `XMessages`;
 * - and either `loadCatalog = lazyCatalog(en, { fr: () => import(…) … })` where a language is worth loading only on
 *   pages that show it (the elements, with `StringsController`), or `{ en, fr, es, sw }` imported statically where
 *   the strings are too few to pay for a download (the button shell, the sign-in flow).
 * `{name}` placeholders are filled from params; a message may be a function of params for plurals (Intl.PluralRules).
 * To add a language: a `messages.<lang>.ts` beside every `messages.ts`, and the language in SUPPORTED_LOCALES.
 */
import { canonicalLocale } from '../shared/resolve.js';

export const SUPPORTED_LOCALES = ['en', 'fr', 'es', 'sw'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export type Params = Record<string, string | number>;
export type Message = string | ((params: Params, plural: (n: number) => Intl.LDMLPluralRule) => string);
export type Catalog<K extends string> = Record<SupportedLocale, Record<K, Message>>;

/** The best supported language for a BCP 47 tag: `fr-CA` → `fr`, `sw-KE` → `sw`, unknown → `en`. */
export function matchLocale(tag: string | undefined | null): SupportedLocale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as SupportedLocale) : 'en';
}

export type Translate<K extends string> = (key: K, params?: Params) => string;

export function translator<K extends string>(catalog: Catalog<K>, locale: string): Translate<K> {
  const language = matchLocale(locale);
  const rules = new Intl.PluralRules(canonicalLocale(locale) ?? language);
  const plural = (n: number) => rules.select(n);
  return (key, params = {}) => {
    const message: Message = catalog[language][key] ?? catalog.en[key];
    const text: string = typeof message === 'function' ? message(params, plural) : message;
    return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
  };
}

/**
 * One language's strings of an element: `Messages<Key>` is the element's typed message interface. Its English
 * object lives in the element's `messages.ts`, every other language in `messages.<lang>.ts` typed against it, so
 * the compiler reports a missing or unknown key in any language.
 */
export type Messages<K extends string> = Record<K, Message>;

/**
 * An element's catalog when other languages load on demand (see `lazyCatalog`): the catalog of a locale, at once
 * when it is at hand (English always, another language once loaded), else its download (English if that fails).
 */
export type LazyCatalog<K extends string> = (locale: string) => Catalog<K> | Promise<Catalog<K>>;

/**
 * The one message-catalog shape of the kit: English built in, every other language in its own file. Where the
 * languages are worth their bytes only on pages that show them, they load on demand through this (a small
 * catalog, such as the button shell's, imports its language files statically: `{ en, fr, es, sw }`).
 */
export function lazyCatalog<K extends string>(
  en: Messages<K>,
  loaders: Record<Exclude<SupportedLocale, 'en'>, () => Promise<Messages<K>>>,
): LazyCatalog<K> {
  const whole = (strings: Messages<K>): Catalog<K> => ({ en, fr: strings, es: strings, sw: strings });
  // A language's catalog once loaded, its download while loading.
  const cache = new Map<SupportedLocale, Catalog<K> | Promise<Catalog<K>>>([['en', whole(en)]]);
  return (locale) => {
    const language = matchLocale(locale) as Exclude<SupportedLocale, 'en'>;
    let catalog = cache.get(language);
    if (!catalog) {
      catalog = loaders[language]()
        .catch(() => en)
        .then((strings) => {
          cache.set(language, whole(strings));
          return whole(strings);
        });
      cache.set(language, catalog);
    }
    return catalog;
  };
}
