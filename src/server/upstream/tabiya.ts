/**
 * Tabiya Open Taxonomy Platform client, per docs/contracts/tabiya.md: `X-API-Key` on `/api/partner`, or an
 * M2M client_credentials Bearer on `/api/app` (token cached, one retry when refused). Read routes only.
 */
import type { Occupation, ReuseLevel, SkillGroupNode, SkillType, TaxonomyModel, TaxonomySkill } from '../../types.js';
import type { TabiyaAuth } from '../config.js';
import { EndpointError, invalidRequest, notFound } from '../errors.js';
import { isRecord, malformed, text, UpstreamHttp, type Trace, type UpstreamAnswer } from './http.js';
import { normalizeText } from '../taxonomy/text.js';
import { TokenCache } from './token-cache.js';

const NAME = 'The Tabiya taxonomy';

export interface TabiyaClientOptions {
  baseUrl: string;
  auth: TabiyaAuth;
  fetch?: typeof fetch;
  timeoutMs: number;
  now: () => number;
}

export interface UpstreamPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface OccupationSkillLink {
  skill: TaxonomySkill;
  relationType?: string;
  signallingValueLabel?: string;
}

export class TabiyaClient {
  readonly #http: UpstreamHttp;
  readonly #tokens?: TabiyaTokenSource;
  readonly #auth: TabiyaAuth;

  constructor(options: TabiyaClientOptions) {
    this.#auth = options.auth;
    const prefix = options.auth.kind === 'apiKey' ? '/api/partner' : '/api/app';
    this.#http = UpstreamHttp.over(options, NAME, options.baseUrl.replace(/\/+$/, '') + prefix, {
      accept: 'application/json',
      ...(options.auth.kind === 'apiKey' ? { 'x-api-key': options.auth.apiKey } : {}),
    });
    if (options.auth.kind === 'm2m') this.#tokens = new TabiyaTokenSource(options.auth, options);
  }

  get tokenRequests(): number {
    return this.#tokens?.requests ?? 0;
  }

  clearToken(): void {
    this.#tokens?.cache.clear();
  }

  async #get(path: string, searchParams: Record<string, string | number | undefined> = {}, trace?: Trace): Promise<unknown> {
    for (let attempt = 0; ; attempt += 1) {
      const token = this.#tokens ? await this.#tokens.cache.get() : undefined;
      const answer = await this.#http.request(path, {
        searchParams,
        headers: token ? { authorization: `Bearer ${token}` } : {},
        trace,
      });
      // The gateway answers 401/403 to a refused token: get a fresh one once.
      if (token && (answer.status === 401 || answer.status === 403) && attempt === 0) {
        this.#tokens?.cache.invalidate(token);
        continue;
      }
      if (answer.status >= 400) throw tabiyaError(answer, this.#auth.kind);
      return answer.body;
    }
  }

  async info(trace?: Trace): Promise<unknown> {
    return this.#get('/info', {}, trace);
  }

  async models(trace?: Trace): Promise<TaxonomyModel[]> {
    const body = await this.#get('/models', {}, trace);
    if (!Array.isArray(body)) throw malformed(NAME, 'model list');
    return body.filter(isRecord).map(normalizeModel).filter((m): m is TaxonomyModel => m !== undefined);
  }

  async skills(
    modelId: string,
    params: { limit: number; cursor?: string; query?: string },
    trace?: Trace,
  ): Promise<UpstreamPage<TaxonomySkill>> {
    const body = await this.#get(
      `/models/${modelId}/skills`,
      {
        limit: params.limit,
        cursor: params.cursor,
        ...(params.query ? { query: params.query, searchFields: 'preferredLabel,altLabels' } : {}),
      },
      trace,
    );
    return page(body, 'skill list', (raw) => normalizeSkill(raw, modelId));
  }

  async skill(modelId: string, id: string, trace?: Trace): Promise<TaxonomySkill> {
    const body = await this.#get(`/models/${modelId}/skills/${id}`, {}, trace);
    const skill = isRecord(body) ? normalizeSkill(body, modelId) : undefined;
    if (!skill) throw malformed(NAME, 'skill');
    return skill;
  }

  async rootSkillGroups(modelId: string, cursor: string | undefined, trace?: Trace): Promise<UpstreamPage<SkillGroupNode>> {
    const body = await this.#get(`/models/${modelId}/skillGroups`, { root: 'true', limit: 100, cursor }, trace);
    return page(body, 'skill group list', normalizeGroup);
  }

  /** Children of a group: groups and skills in the flattened child shape. */
  async skillGroupChildren(
    modelId: string,
    parentId: string,
    cursor: string | undefined,
    trace?: Trace,
  ): Promise<UpstreamPage<SkillGroupNode | TaxonomySkill>> {
    const body = await this.#get(`/models/${modelId}/skillGroups/${parentId}/children`, { limit: 100, cursor }, trace);
    return page(body, 'skill group children', (raw) =>
      raw.objectType === 'skillgroup' || (raw.objectType === undefined && typeof raw.code === 'string' && raw.skillType === undefined)
        ? normalizeGroup(raw)
        : normalizeSkill(raw, modelId),
    );
  }

  async occupations(
    modelId: string,
    params: { limit: number; cursor?: string; query?: string },
    trace?: Trace,
  ): Promise<UpstreamPage<Occupation>> {
    const body = await this.#get(
      `/models/${modelId}/occupations`,
      {
        limit: params.limit,
        cursor: params.cursor,
        ...(params.query ? { query: params.query, searchFields: 'preferredLabel,altLabels' } : {}),
      },
      trace,
    );
    return page(body, 'occupation list', normalizeOccupation);
  }

  async occupation(modelId: string, id: string, trace?: Trace): Promise<Occupation> {
    const body = await this.#get(`/models/${modelId}/occupations/${id}`, {}, trace);
    const occupation = isRecord(body) ? normalizeOccupation(body) : undefined;
    if (!occupation) throw malformed(NAME, 'occupation');
    return occupation;
  }

  async occupationSkills(
    modelId: string,
    id: string,
    cursor: string | undefined,
    trace?: Trace,
  ): Promise<UpstreamPage<OccupationSkillLink>> {
    const body = await this.#get(`/models/${modelId}/occupations/${id}/skills`, { limit: 100, cursor }, trace);
    return page(body, 'occupation skills', (raw) => {
      const skill = normalizeSkill(raw, modelId);
      if (!skill) return undefined;
      const link: OccupationSkillLink = { skill };
      if (typeof raw.relationType === 'string' && raw.relationType) link.relationType = raw.relationType;
      if (typeof raw.signallingValueLabel === 'string' && raw.signallingValueLabel) link.signallingValueLabel = raw.signallingValueLabel;
      return link;
    });
  }
}

class TabiyaTokenSource {
  requests = 0;
  readonly cache: TokenCache;

  constructor(auth: Extract<TabiyaAuth, { kind: 'm2m' }>, options: TabiyaClientOptions) {
    const http = UpstreamHttp.over(options, `${NAME} token endpoint`, '', { accept: 'application/json' });
    this.cache = new TokenCache(async () => {
      this.requests += 1;
      const answer = await http.request(auth.tokenUrl, {
        method: 'POST',
        form: { grant_type: 'client_credentials', client_id: auth.clientId, client_secret: auth.clientSecret },
      });
      if (answer.status >= 400 || !isRecord(answer.body) || typeof answer.body.access_token !== 'string') {
        throw new EndpointError(502, 'UPSTREAM_UNAVAILABLE', `${NAME} refused the partner credentials (status ${answer.status})`);
      }
      const expiresIn = Number(answer.body.expires_in);
      return { accessToken: answer.body.access_token, expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600 };
    }, options.now);
  }
}

function tabiyaError(answer: UpstreamAnswer, authKind: TabiyaAuth['kind']): EndpointError {
  const body = isRecord(answer.body) ? answer.body : {};
  const code = typeof body.errorCode === 'string' ? body.errorCode : '';
  if (answer.status === 404) return notFound(code.endsWith('MODEL_NOT_FOUND') ? 'No such taxonomy model' : 'No such taxonomy entry');
  if (answer.status === 400) return invalidRequest(`The taxonomy refused the request (${code || 'bad request'})`);
  if (answer.status === 401 || answer.status === 403) {
    return new EndpointError(502, 'UPSTREAM_UNAVAILABLE', `${NAME} refused the partner ${authKind === 'apiKey' ? 'API key' : 'token'}`);
  }
  return new EndpointError(502, 'UPSTREAM_UNAVAILABLE', `${NAME} answered ${answer.status}`);
}

function page<T>(body: unknown, what: string, map: (raw: Record<string, unknown>) => T | undefined): UpstreamPage<T> {
  if (!isRecord(body) || !Array.isArray(body.data)) throw malformed(NAME, what);
  return {
    items: body.data.filter(isRecord).map(map).filter((x): x is T => x !== undefined),
    nextCursor: typeof body.nextCursor === 'string' && body.nextCursor !== '' ? body.nextCursor : null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Normalization

const HEX24 = /^[0-9a-f]{24}$/;
const SKILL_TYPES: readonly SkillType[] = ['skill/competence', 'knowledge', 'language', 'attitude'];
const REUSE_LEVELS: readonly ReuseLevel[] = ['sector-specific', 'occupation-specific', 'cross-sector', 'transversal'];

const labels = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(text).filter((s): s is string => s !== undefined) : typeof value === 'string' ? value.split('\n').map((s) => s.trim()).filter(Boolean) : [];

/** What every taxonomy entity needs: a 24-hex id, a UUID (either spelling) and a preferred label; else undefined. */
function identity(raw: Record<string, unknown>): { id: string; uuid: string; preferredLabel: string; description?: string } | undefined {
  const id = text(raw.id);
  const uuid = text(raw.UUID) ?? text(raw.uuid);
  const preferredLabel = text(raw.preferredLabel);
  if (!id || !HEX24.test(id) || !uuid || !preferredLabel) return undefined;
  const description = text(raw.description);
  return description ? { id, uuid, preferredLabel, description } : { id, uuid, preferredLabel };
}

export function normalizeSkill(raw: Record<string, unknown>, modelId: string): TaxonomySkill | undefined {
  const known = identity(raw);
  if (!known) return undefined;
  const { id, uuid, preferredLabel, description } = known;
  const skill: TaxonomySkill = {
    id,
    uuid,
    modelId: text(raw.modelId) ?? modelId,
    preferredLabel,
    altLabels: labels(raw.altLabels),
    skillType: SKILL_TYPES.includes(raw.skillType as SkillType) ? (raw.skillType as SkillType) : '',
    reuseLevel: REUSE_LEVELS.includes(raw.reuseLevel as ReuseLevel) ? (raw.reuseLevel as ReuseLevel) : '',
  };
  if (description) skill.description = description;
  // careerkit's simulator also sends ESCO's hidden labels (a real Tabiya does not): the skill index searches them.
  const hidden = labels(raw.hiddenLabels);
  if (hidden.length > 0) Object.assign(skill, { hiddenLabels: hidden });
  return skill;
}

export function normalizeGroup(raw: Record<string, unknown>): SkillGroupNode | undefined {
  const known = identity(raw);
  if (!known) return undefined;
  const { id, uuid, preferredLabel, description } = known;
  // The full group shape lists its children; the flattened child shape does not, so assume it has some.
  const hasChildren = Array.isArray(raw.children) ? raw.children.length > 0 : true;
  const node: SkillGroupNode = { kind: 'group', id, uuid, code: text(raw.code) ?? '', preferredLabel, hasChildren };
  if (description) node.description = description;
  return node;
}

export function normalizeOccupation(raw: Record<string, unknown>): Occupation | undefined {
  const known = identity(raw);
  if (!known) return undefined;
  const { id, uuid, preferredLabel, description } = known;
  const occupation: Occupation = { id, uuid, code: text(raw.code) ?? '', preferredLabel, altLabels: labels(raw.altLabels) };
  if (description) occupation.description = description;
  return occupation;
}

export function normalizeModel(raw: Record<string, unknown>): TaxonomyModel | undefined {
  const id = text(raw.id);
  const name = text(raw.name);
  if (!id || !HEX24.test(id) || !name) return undefined;
  const locale = isRecord(raw.locale) ? (text(raw.locale.shortCode) ?? text(raw.locale.name) ?? '') : (text(raw.locale) ?? '');
  const model: TaxonomyModel = { id, name, locale, released: raw.released === true };
  const version = text(raw.version);
  if (version) model.version = version;
  const description = text(raw.description);
  if (description) model.description = description;
  return model;
}

/**
 * Tabiya's quirk: older deployments ignore `query` and answer the first unfiltered page (contract: docs/contracts/
 * tabiya.md §7). Keeps only items whose labels contain a query word, which also holds for real search answers.
 */
export function keepMatching<T extends { preferredLabel: string; altLabels: string[] }>(items: T[], q: string): T[] {
  const words = labelWords(q).filter((w) => w.length > 1);
  if (words.length === 0) return items;
  return items.filter((item) => {
    const labels = normalizeText([item.preferredLabel, ...item.altLabels].join('\n'));
    return words.some((w) => labels.includes(w));
  });
}

/** Normalized words of a label or query (case, diacritics and punctuation folded). */
export const labelWords = (s: string): string[] => normalizeText(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
