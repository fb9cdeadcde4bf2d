/**
 * Endpoint and locale resolution for every careerkit element, Lit-free so the apply button's script-tag shell
 * shares it with the Lit elements. No locale input may break an element: page `lang` values such as `en_US`
 * (a common authoring mistake), POSIX browser locales such as `en-US@posix`, and garbage are canonicalized or
 * skipped, and 'en' is the last resort.
 */
import { pageDefault } from '../client/defaults.js';

export const DEFAULT_ENDPOINT = '/careerkit';

/** What a `<ck-provider>` hands down (the same shape as `CareerkitContext`, without importing @lit/context). */
export interface Provided {
  endpoint?: string;
  locale?: string;
}

const canonical = new Map<string, string | undefined>();

/**
 * A BCP 47 tag the Intl APIs accept, or undefined: `en_US` → `en-US`, `en_US.UTF-8@euro` → `en-US`,
 * `en-US@posix` → `en-US`, `C`/`POSIX`/garbage → undefined.
 */
export function canonicalLocale(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const raw = tag.trim();
  if (!raw || raw.length > 100) return undefined;
  if (canonical.has(raw)) return canonical.get(raw);
  const cleaned = raw.replace(/[.@].*$/, '').replace(/_/g, '-');
  let result: string | undefined;
  try {
    result = /^(c|posix)$/i.test(cleaned) ? undefined : Intl.getCanonicalLocales(cleaned)[0];
  } catch {
    result = undefined;
  }
  // A handful of distinct values per page at most; the bound only guards against a script feeding many.
  if (canonical.size > 64) canonical.clear();
  canonical.set(raw, result);
  return result;
}

/** The nearest `lang` attribute on the way up, crossing shadow roots (an element inside another's shadow). */
export function closestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    const value = found ? canonicalLocale(found.getAttribute('lang')) : undefined;
    if (value) return value;
    // None in this tree, or an unusable one (empty, garbage): look further up, through a shadow host.
    const from: Element = found ?? node;
    const root = from.getRootNode();
    node = (found && found.parentElement) || (root instanceof ShadowRoot ? root.host : null);
  }
  return undefined;
}

/** The locale used: own `locale`, `<ck-provider>`, `configure()`, the closest `lang`, the browser's languages, 'en'. */
export function resolveLocale(host: Element, own: string | undefined, provided: Provided | undefined): string {
  return (
    canonicalLocale(own) ??
    canonicalLocale(provided?.locale) ??
    canonicalLocale(pageDefault().locale) ??
    closestLang(host) ??
    browserLocale() ??
    'en'
  );
}

function browserLocale(): string | undefined {
  for (const tag of [...(navigator.languages ?? []), navigator.language]) {
    const value = canonicalLocale(tag);
    if (value) return value;
  }
  return undefined;
}

/** The endpoint used: own `endpoint`, `<ck-provider>`, `configure()`, `/careerkit`. */
export function resolveEndpoint(own: string | undefined, provided: Provided | undefined): string {
  return own || provided?.endpoint || pageDefault().endpoint || DEFAULT_ENDPOINT;
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

function notify(): void {
  for (const listener of [...listeners]) listener();
}

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document (a single shared
 * MutationObserver) or the browser's language changes. Returns the unsubscribe function.
 */
export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    addEventListener('languagechange', notify);
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size && observer) {
      observer.disconnect();
      observer = undefined;
      removeEventListener('languagechange', notify);
    }
  };
}
