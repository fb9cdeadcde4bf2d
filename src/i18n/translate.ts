/**
 * Per-element message catalogs (each element ships only its own strings) in English, French, Spanish and
 * Swahili. A catalog is a plain object; `{name}` placeholders are filled from params, and a message may be a
 * function of params for plurals (via Intl.PluralRules).
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
