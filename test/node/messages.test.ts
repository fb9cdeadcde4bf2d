/**
 * Every message catalog of the kit, in every language: the same keys as English, no empty text, the same
 * `{placeholders}` as English, and plural messages that answer for 0, 1, 2 and 5. Also the lazy loading the
 * elements rely on (lazyCatalog, StringsController): English at once, a language file once, English when the
 * file fails, and a late file never overriding a newer language.
 */
import { mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyCatalog, SUPPORTED_LOCALES, type Message, type Messages, type SupportedLocale } from '../../src/i18n/translate.js';
import { StringsController, WAIT_MS } from '../../src/i18n/strings.js';

type AnyMessages = Record<string, Message>;
type Languages = Record<SupportedLocale, AnyMessages>;

/** Loads `<base>.ts` (English, export `en`) and `<base>.<lang>.ts` (export `<lang>`). */
async function split(base: string, english = 'en'): Promise<Languages> {
  const out = {} as Languages;
  for (const language of SUPPORTED_LOCALES) {
    const file = language === 'en' ? `${base}.ts` : `${base}.${language}.ts`;
    const module = (await import(`../../${file}`)) as Record<string, AnyMessages>;
    const strings = module[language === 'en' ? english : language];
    assert.ok(strings && typeof strings === 'object', `${file} exports ${language}`);
    out[language] = strings;
  }
  return out;
}

// Every catalog, by the file that holds its English. A new catalog must be listed here (see the last test).
const CATALOGS: Record<string, () => Promise<Languages>> = {
  'src/i18n/common': () => split('src/i18n/common'),
  'src/components/job-list/messages': () => split('src/components/job-list/messages'),
  'src/components/job-detail/messages': () => split('src/components/job-detail/messages'),
  'src/components/job-editor/messages': () => split('src/components/job-editor/messages'),
  'src/components/skill-picker/messages': () => split('src/components/skill-picker/messages'),
  'src/components/apply-button/messages': () => split('src/components/apply-button/messages'),
  'src/auth/flow-messages': () => split('src/auth/flow-messages'),
  'src/auth/callback-text': async () => {
    // The callback page keeps its English private (nothing else may import it into a bundle): read it back
    // through the page's own function, phase by phase, and compare the languages the same way.
    const { callbackText } = await import('../../src/auth/callback-text.js');
    const out = {} as Languages;
    for (const language of SUPPORTED_LOCALES) {
      const strings: AnyMessages = {};
      for (const phase of ['working', 'popup', 'orphaned', 'invalid'] as const) {
        const text = await callbackText(phase, language);
        assert.ok(text, `${language} ${phase}`);
        strings[`${phase}.heading`] = text[0];
        strings[`${phase}.status`] = text[1];
      }
      out[language] = strings;
    }
    return out;
  },
};

const COUNTS = [0, 1, 2, 5];
// Plural messages read whichever of these they name (`{ n }`, `{ count }`, `{ count, total }`).
const params = (n: number) => new Proxy({}, { get: (_, name) => (typeof name === 'string' ? n : undefined) }) as Record<string, number>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** What a message can show: the text itself, or a plural message's text for each count. */
function texts(message: Message, language: SupportedLocale): string[] {
  if (typeof message === 'string') return [message];
  const rules = new Intl.PluralRules(language);
  return COUNTS.map((n) => message(params(n), (x) => rules.select(x)));
}

for (const [name, load] of Object.entries(CATALOGS)) {
  test(`${name}: every language has every English key, no empty text, the same placeholders`, async () => {
    const catalog = await load();
    const keys = Object.keys(catalog.en).sort();
    assert.ok(keys.length > 0, `${name} has English strings`);
    for (const language of SUPPORTED_LOCALES) {
      const strings = catalog[language];
      assert.deepEqual(Object.keys(strings).sort(), keys, `${name}.${language}: same keys as English`);
      for (const key of keys) {
        const where = `${name}.${language}.${key}`;
        const shown = texts(strings[key], language);
        for (const text of shown) {
          assert.equal(typeof text, 'string', `${where} gives text`);
          assert.ok(text.trim().length > 0, `${where} is not empty`);
          assert.ok(!/undefined|NaN|\[object /.test(text), `${where} shows no stray value: ${text}`);
        }
        const english = new Set(texts(catalog.en[key], 'en').flatMap(placeholders));
        const here = new Set(shown.flatMap(placeholders));
        assert.deepEqual([...here].sort(), [...english].sort(), `${where}: placeholders as in English`);
      }
      if (language !== 'en') {
        // Words such as "Description" or "Page {page}" are the same in French, but most text must be translated.
        const same = keys.filter((key) => texts(strings[key], language).join() === texts(catalog.en[key], 'en').join());
        assert.ok(same.length <= keys.length / 4, `${name}.${language}: ${same.length} of ${keys.length} read as in English: ${same.join(', ')}`);
      }
    }
  });
}

test('plural messages count: 1 and 5 read differently in English wherever English has a plural', async () => {
  let plurals = 0;
  for (const load of Object.values(CATALOGS)) {
    const { en } = await load();
    for (const [key, message] of Object.entries(en)) {
      if (typeof message !== 'function') continue;
      plurals++;
      const [, one, , five] = texts(message, 'en');
      assert.notEqual(one, five, `${key}: singular and plural differ`);
    }
  }
  assert.ok(plurals >= 5, `plural messages found: ${plurals}`);
});

test('every catalog file in src is covered by this test', () => {
  const covered = new Set(Object.keys(CATALOGS));
  const found = readdirSync('src', { recursive: true })
    .map(String)
    .filter((f) => /(^|[/-])(messages|callback-text)\.ts$/.test(f))
    .map((f) => join('src', f).replace(/\.ts$/, ''));
  assert.ok(found.length >= covered.size - 1, 'the scan finds the catalogs');
  for (const file of found) assert.ok(covered.has(file), `${file}.ts is not checked by messages.test.ts`);
});

// The lazy loading.

type Key = 'hello' | 'count';
const en: Messages<Key> = { hello: 'Hello', count: ({ n }, plural) => (plural(Number(n)) === 'one' ? '{n} item' : '{n} items') };
const fr: Messages<Key> = { hello: 'Bonjour', count: ({ n }, plural) => (plural(Number(n)) === 'one' ? '{n} élément' : '{n} éléments') };
const sw: Messages<Key> = { hello: 'Habari', count: 'Vitu {n}' };

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** A stand-in for a Lit element: one controller, an update counter, a resolved locale. */
class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  constructor(public resolvedLocale: string) {}
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  /** What Lit does before each render. */
  update(): void {
    for (const c of this.controllers) c.hostUpdate?.();
  }
}

test('lazyCatalog: English at once, each language file loaded once, English when a file fails', async () => {
  const calls = { fr: 0, es: 0, sw: 0 };
  const load = lazyCatalog<Key>(en, {
    fr: async () => (calls.fr++, fr),
    es: async () => (calls.es++, Promise.reject(new Error('offline'))),
    sw: async () => (calls.sw++, sw),
  });
  const english = load('en-GB');
  assert.ok(!(english instanceof Promise), 'English is at hand');
  assert.equal(english.en.hello, 'Hello');
  const french = load('fr-CA');
  assert.ok(french instanceof Promise, 'French loads');
  assert.equal((await french).fr.hello, 'Bonjour');
  const again = load('fr');
  assert.ok(!(again instanceof Promise), 'French is at hand once loaded');
  assert.equal(calls.fr, 1);
  assert.equal((await load('es')).es.hello, 'Hello', 'a failed file falls back to English');
  assert.equal(calls.es, 1);
  assert.equal((await load('xx-unknown')).en.hello, 'Hello', 'an unknown language is English');
});

test('StringsController: renders what is at hand, re-renders when the language comes, settles, and a late file loses', async () => {
  const files = { fr: deferred<Messages<Key>>(), es: deferred<Messages<Key>>(), sw: deferred<Messages<Key>>() };
  const load = lazyCatalog<Key>(en, { fr: () => files.fr.promise, es: () => files.es.promise, sw: () => files.sw.promise });
  const host = new FakeHost('en-US');
  const strings = new StringsController(host, load);
  host.update();
  assert.equal(strings.t('hello'), 'Hello');
  assert.equal(strings.t('count', { n: 1 }), '1 item');

  // A switch to French renders English until the file comes, then asks for one more render.
  host.resolvedLocale = 'fr';
  host.update();
  assert.equal(strings.t('hello'), 'Hello');
  let settled = false;
  const complete = strings.settle(() => host.updateComplete).then(() => (settled = true));
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(settled, false, 'updateComplete waits for the language file');
  files.fr.resolve(fr);
  await complete;
  assert.equal(strings.t('hello'), 'Bonjour');
  assert.equal(strings.t('count', { n: 2 }), '2 éléments');
  assert.equal(host.updates, 1);

  // Swahili is slow and the page moves on to Spanish, whose file fails: English, and Swahili never wins.
  host.resolvedLocale = 'sw';
  host.update();
  host.resolvedLocale = 'es';
  host.update();
  files.es.reject(new Error('blocked'));
  await strings.settle(() => host.updateComplete);
  assert.equal(strings.t('hello'), 'Hello');
  files.sw.resolve(sw);
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(strings.t('hello'), 'Hello', 'the late Swahili file did not override Spanish (English)');

  // Back to French: at hand, no extra render needed.
  const before = host.updates;
  host.resolvedLocale = 'fr-FR';
  host.update();
  assert.equal(strings.t('hello'), 'Bonjour');
  await strings.settle(() => host.updateComplete);
  assert.equal(host.updates, before);
});

test('StringsController.prepare: the element waits for its language before rendering, but never longer than WAIT_MS', { timeout: 5000 }, async () => {
  const french = deferred<Messages<Key>>();
  const never = new Promise<Messages<Key>>(() => {});
  const load = lazyCatalog<Key>(en, { fr: () => french.promise, es: () => never, sw: async () => sw });
  const host = new FakeHost('fr');
  const strings = new StringsController(host, load);
  const waitFrench = strings.prepare();
  assert.ok(waitFrench, 'French is to be waited for');
  french.resolve(fr);
  await waitFrench;
  assert.equal(strings.t('hello'), 'Bonjour', 'French in use before the render');
  assert.equal(strings.prepare(), undefined, 'nothing to wait for the second time');

  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    host.resolvedLocale = 'es';
    let rendered = false;
    const waitSpanish = strings.prepare()!.then(() => (rendered = true));
    mock.timers.tick(WAIT_MS - 1);
    await Promise.resolve();
    assert.equal(rendered, false);
    mock.timers.tick(1);
    await waitSpanish;
    assert.equal(rendered, true, 'a file that never comes holds the render WAIT_MS at most');
    assert.equal(strings.t('hello'), 'Bonjour', 'the strings it had');
  } finally {
    mock.timers.reset();
  }
});
