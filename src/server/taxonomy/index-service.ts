/**
 * Keeps the in-memory skill index of one model: filled lazily through the paginated upstream API on first use,
 * rebuilt in the background once it is older than the refresh period (checked on access, so no timers keep a
 * process or an edge isolate alive), and served stale while a rebuild runs.
 */
import type { KeepAlive } from '../context.js';
import type { Trace } from '../upstream/http.js';
import type { TabiyaClient } from '../upstream/tabiya.js';
import { SkillIndex, type IndexableSkill } from './skill-index.js';
import { normalizeText } from './text.js';

export type IndexState = 'off' | 'idle' | 'building' | 'ready' | 'failed';

export interface IndexStatus {
  state: IndexState;
  size: number;
  /** ISO time of the last completed build. */
  builtAt?: string;
  /** Why the last build failed (no secrets: an error code and message). */
  error?: string;
}

/** A failed fill is retried on access after this long, so a broken upstream is not hammered. */
const RETRY_AFTER_FAILURE_MS = 30_000;
/** Safety stop against an upstream that never ends its cursor chain. */
const MAX_PAGES = 5_000;
/** Occupations whose essential skills are kept (bounded; oldest resolved leave first). */
const MAX_OCCUPATIONS = 200;
/** Pages of an occupation's skills read (ESCO's largest occupation has ~200 skills). */
const MAX_OCCUPATION_PAGES = 10;
const HEX24 = /^[0-9a-f]{24}$/;

/** The job a CV is matched for: an occupation id, or a job title that may name one exactly. */
export interface MatchContext {
  occupation?: string;
  jobTitle?: string;
}

export class SkillIndexService {
  readonly #client: TabiyaClient;
  readonly #modelId: () => Promise<string>;
  readonly #refreshMs: number;
  readonly #now: () => number;
  readonly #enabled: boolean;
  #index?: SkillIndex;
  #builtAt?: number;
  #building?: Promise<SkillIndex>;
  #failedAt?: number;
  #error?: string;
  /** Bumped by reset(), so a build started before it cannot install its result. */
  #generation = 0;
  /** Occupation id → its essential skills' ids; job title (normalized) → occupation id or '' (none). */
  readonly #essential = new Map<string, Promise<Set<string>>>();
  readonly #titles = new Map<string, Promise<string>>();

  constructor(options: {
    client: TabiyaClient;
    modelId: () => Promise<string>;
    refreshSeconds: number;
    now: () => number;
    enabled: boolean;
  }) {
    this.#client = options.client;
    this.#modelId = options.modelId;
    this.#refreshMs = options.refreshSeconds * 1000;
    this.#now = options.now;
    this.#enabled = options.enabled;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  /**
   * The index if one is ready (possibly stale); starts a fill or refresh when due. `keepAlive` is the calling
   * request's `waitUntil`, if its platform has one: a running build is handed to it, so a runtime that ends a
   * request's work when it answers (workerd) lets the build finish. Every request that sees the build hands it on.
   */
  current(keepAlive?: KeepAlive): SkillIndex | undefined {
    this.#kick();
    if (this.#building && keepAlive) keepAlive(this.#building.catch(() => undefined));
    return this.#index;
  }

  /** Resolves with a ready index, building it first if needed. Rejects when the fill fails. */
  async ready(keepAlive?: KeepAlive): Promise<SkillIndex> {
    if (!this.#enabled) throw new Error('The skill index is turned off');
    const index = this.current(keepAlive);
    if (index) return index;
    if (this.#building) return this.#building;
    const building = this.#start();
    keepAlive?.(building.catch(() => undefined));
    return building;
  }

  status(): IndexStatus {
    const state: IndexState = !this.#enabled
      ? 'off'
      : this.#index
        ? 'ready'
        : this.#building
          ? 'building'
          : this.#error
            ? 'failed'
            : 'idle';
    const status: IndexStatus = { state, size: this.#index?.size ?? 0 };
    if (this.#builtAt !== undefined) status.builtAt = new Date(this.#builtAt).toISOString();
    if (this.#error) status.error = this.#error;
    return status;
  }

  /**
   * The essential skills (ids) of the job's occupation, to rank first among equal matches: `occupation` (a 24-hex
   * id) or else the occupation whose preferred or alt label is exactly `jobTitle` (case and accents aside).
   * Empty when neither resolves or the upstream fails: the preference is an extra, never an error.
   */
  async preferredFor(context: MatchContext, trace?: Trace): Promise<Set<string>> {
    try {
      const modelId = await this.#modelId();
      let occupation = context.occupation && HEX24.test(context.occupation) ? context.occupation : '';
      if (!occupation && context.jobTitle) occupation = await this.#occupationTitled(modelId, context.jobTitle, trace);
      if (!occupation) return new Set();
      return await remember(this.#essential, `${modelId}:${occupation}`, async () => {
        const ids = new Set<string>();
        let cursor: string | undefined;
        for (let page = 0; page < MAX_OCCUPATION_PAGES; page += 1) {
          const answer = await this.#client.occupationSkills(modelId, occupation, cursor, trace);
          for (const link of answer.items) if (link.relationType === 'essential') ids.add(link.skill.id);
          if (!answer.nextCursor) break;
          cursor = answer.nextCursor;
        }
        return ids;
      });
    } catch {
      return new Set();
    }
  }

  #occupationTitled(modelId: string, title: string, trace?: Trace): Promise<string> {
    const wanted = normalizeText(title).replace(/\s+/g, ' ').trim();
    if (!wanted) return Promise.resolve('');
    return remember(this.#titles, `${modelId}:${wanted}`, async () => {
      const page = await this.#client.occupations(modelId, { limit: 20, query: title.trim() }, trace);
      const same = (label: string) => normalizeText(label).replace(/\s+/g, ' ').trim() === wanted;
      const hit = page.items.find((o) => same(o.preferredLabel)) ?? page.items.find((o) => o.altLabels.some(same));
      return hit?.id ?? '';
    });
  }

  reset(): void {
    this.#essential.clear();
    this.#titles.clear();
    this.#generation += 1;
    this.#index = undefined;
    this.#builtAt = undefined;
    this.#building = undefined;
    this.#failedAt = undefined;
    this.#error = undefined;
  }

  #kick(): void {
    if (!this.#enabled || this.#building) return;
    const now = this.#now();
    if (this.#index) {
      if (this.#builtAt !== undefined && now - this.#builtAt >= this.#refreshMs) this.#start().catch(() => undefined);
      return;
    }
    if (this.#failedAt !== undefined && now - this.#failedAt < RETRY_AFTER_FAILURE_MS) return;
    this.#start().catch(() => undefined);
  }

  #start(): Promise<SkillIndex> {
    const generation = this.#generation;
    const building = this.#fill()
      .then((index) => {
        if (generation === this.#generation) {
          this.#index = index;
          this.#builtAt = this.#now();
          this.#error = undefined;
          this.#failedAt = undefined;
        }
        return index;
      })
      .catch((error: unknown) => {
        if (generation === this.#generation) {
          this.#failedAt = this.#now();
          const e = error as { code?: unknown; message?: unknown };
          this.#error = [typeof e.code === 'string' ? e.code : '', typeof e.message === 'string' ? e.message : '']
            .filter(Boolean)
            .join(': ');
        }
        throw error;
      })
      .finally(() => {
        if (this.#building === building) this.#building = undefined;
      });
    this.#building = building;
    return building;
  }

  async #fill(): Promise<SkillIndex> {
    const modelId = await this.#modelId();
    const skills: IndexableSkill[] = [];
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const answer = await this.#client.skills(modelId, { limit: 100, cursor });
      skills.push(...answer.items);
      if (!answer.nextCursor || seen.has(answer.nextCursor)) break;
      seen.add(answer.nextCursor);
      cursor = answer.nextCursor;
    }
    // In slices, so the endpoint keeps answering while a large model (ESCO: ~1 s of work) is indexed.
    return SkillIndex.buildAsync(skills);
  }
}

/** A bounded memo of promises: a failed one is forgotten so the next call retries. */
function remember<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = map.get(key);
  if (!value) {
    if (map.size >= MAX_OCCUPATIONS) map.delete(map.keys().next().value!);
    value = load();
    map.set(key, value);
    value.catch(() => map.delete(key));
  }
  return value;
}
