/**
 * In-memory search index over one taxonomy model's skills, for the partner endpoint's skill search and CV-label
 * matching when upstream search is missing or slow. Pure: no I/O; the endpoint fills it from the upstream API.
 *
 * Two stages. MiniSearch (BM25 over preferred and alt labels; each query word is looked up with its stem and
 * the label words one typo away, the last word also as a prefix; descriptions in a plain word index) picks up to
 * MAX_RANKED_RESULTS candidates. A label-level re-ranker then scores each candidate 0..1 by its best label:
 * exact label, label starting with the query, label containing the query, then word coverage weighted by
 * rarity. So everyday queries put the obvious skill first, and a score means the same thing across queries
 * (which `match()` relies on for its confidence floor).
 */
import MiniSearch from 'minisearch';
import type { SkillMatchResult, TaxonomySkill } from '../../types.js';
import { editNeighbours, isAdjacentSwap, isStopword, normalizeText, stem, tokenize } from './text.js';
import { WordIndex } from './word-index.js';

/** A skill as the upstream lists it: the wire type without the search-only fields. */
export type IndexableSkill = Omit<TaxonomySkill, 'matchedLabel' | 'score'>;

export interface SkillSearchOptions {
  /** Page size, 1..100 (default 20). */
  limit?: number;
  /** Rank offset, ≥ 0 (default 0). */
  offset?: number;
}

export interface SkillMatchOptions {
  /** Matches kept per label, 1..20 (default 3). */
  perLabel?: number;
  /** Minimum confidence 0..1 (default {@link DEFAULT_MIN_MATCH_SCORE}). */
  minScore?: number;
}

/**
 * Default confidence floor for `match()`: phrase matches score ≥ 0.72, while one shared word in a longer label,
 * weak typo matches and description-only hits stay below. Suggestions are offered to a candidate to review, and
 * a wrong one costs more than a missing one, so the floor sits above partial matches (0.4–0.5).
 */
export const DEFAULT_MIN_MATCH_SCORE = 0.5;
/** Most skills one text query ranks; paging stops there (nobody reads further). */
export const MAX_RANKED_RESULTS = 100;

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
// Long pasted text is cut: beyond a few words a query stops being a skill name, and each word costs lookups.
const MAX_QUERY_CHARS = 200;
const MAX_QUERY_TOKENS = 12;

/** Candidate order only; the re-ranker decides the final order. */
const LABEL_BOOST = { preferredLabel: 3, altLabels: 1.5 };
/**
 * Alt-label scores are discounted: preferred labels are curated names, alt labels many generated variants
 * ("cleaning PCB"), so a partial alt-label match is weaker evidence. An exact alt label stays strong.
 */
const ALT_LABEL_FACTOR = 0.9;
const ALT_LABEL_EXACT = 0.99;
/** Skills found only through their description score at most this, below any solid label match. */
const DESCRIPTION_ONLY_MAX = 0.25;
/** Weight (relative to a rare word) of a query word that matches no label anywhere ("Excel (pro)"). */
const UNKNOWN_WORD_WEIGHT = 0.2;
/** A label word in more than this share of skills (and at least this many) is "very common" for retrieval. */
const COMMON_WORD_SHARE = 0.01;
const COMMON_WORD_MIN_SKILLS = 100;
/** CV shorthand that labels spell out. Single words only; typos and inflections are handled generally. */
// A Map: user words are never property names (`ALIASES['constructor']` on an object finds Object.prototype's).
const ALIASES = new Map<string, string[]>([
  ['ms', ['microsoft']],
  ['js', ['javascript']],
]);
/**
 * Typo tolerance: adjacent swaps from 4 letters, any single edit from 5; shorter words have too many
 * neighbours ("hard" → "hand").
 */
const MIN_SWAP_LENGTH = 4;
const MIN_EDIT_LENGTH = 5;

interface LabelDoc {
  i: number;
  /** Normalized preferred label phrase. */
  preferredLabel: string;
  /** The distinct words of the other labels. */
  altLabels: string;
}

interface Candidate {
  i: number;
  /** MiniSearch score, for tie-breaks and description-only hits. */
  raw: number;
  fromDescription: boolean;
}

interface RankedHit {
  i: number;
  score: number;
  matchedLabel?: string;
  labelLength: number;
  raw: number;
}

interface ParsedQuery {
  tokens: string[];
  stems: string[];
  aliases: string[][];
  /** Per word: the label words one typo away ("pyhton" → "python"); none for short or very common words. */
  corrections: string[][];
  phrase: string;
  /** Words run together ("team work" → "teamwork"), to meet labels that write them as one. */
  compact: string;
  /** The last word may be unfinished (typing), so it also matches as a prefix. */
  prefixLast: boolean;
}

/** Indexed forms of a word: itself and its stem; stopwords are not indexed. */
function indexTerms(term: string): string | string[] | null {
  if (isStopword(term)) return null;
  const s = stem(term);
  return s === term ? term : [term, s];
}

/** Label text as stored for re-ranking: normalized content words joined by single spaces. */
function labelPhrase(label: string): string {
  return tokenize(normalizeText(label))
    .filter((t) => !isStopword(t))
    .join(' ');
}

const clampInt = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : fallback;

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export class SkillIndex {
  private readonly skills: IndexableSkill[];
  /** Per skill: label phrases joined by "\n", preferred label first, then alt labels in their order. */
  private readonly phrases: string[];
  private readonly byKey: Map<string, number>;
  /** Inverse document frequency of each label word: generic words ("use", "perform") weigh little. */
  private readonly labelIdf: Map<string, number>;
  /** Label words with a lower IDF than this are "very common" (see candidates()). */
  private readonly commonIdf: number;
  private readonly labels: MiniSearch<LabelDoc>;
  private readonly descriptions: WordIndex;

  private constructor(
    skills: IndexableSkill[],
    phrases: string[],
    byKey: Map<string, number>,
    labelIdf: Map<string, number>,
    labels: MiniSearch<LabelDoc>,
    descriptions: WordIndex,
  ) {
    this.skills = skills;
    this.phrases = phrases;
    this.byKey = byKey;
    this.labelIdf = labelIdf;
    const n = skills.length;
    this.commonIdf = Math.log(1 + n / Math.max(COMMON_WORD_MIN_SKILLS, n * COMMON_WORD_SHARE));
    this.labels = labels;
    this.descriptions = descriptions;
  }

  /**
   * Indexes the skills, synchronously (ESCO's 13,896 skills take about a second). A skill whose id or uuid
   * was already seen is skipped (pages may overlap on refresh); one without an id, uuid or label is ignored.
   */
  static build(skills: Iterable<IndexableSkill>): SkillIndex {
    const builder = new SkillIndexBuilder();
    for (const skill of skills) builder.add(skill);
    return SkillIndex.from(builder);
  }

  /**
   * Same as {@link build}, but gives the event loop a turn every `sliceMs` (default 20 ms) so a server keeps
   * answering while a refresh indexes a large model. Accepts async iterables (e.g. upstream pages as they come).
   */
  static async buildAsync(
    skills: Iterable<IndexableSkill> | AsyncIterable<IndexableSkill>,
    options: { sliceMs?: number } = {},
  ): Promise<SkillIndex> {
    const sliceMs = options.sliceMs ?? 20;
    const builder = new SkillIndexBuilder();
    let sliceStart = performance.now();
    for await (const skill of skills) {
      builder.add(skill);
      if (performance.now() - sliceStart >= sliceMs) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = performance.now();
      }
    }
    return SkillIndex.from(builder);
  }

  private static from(b: SkillIndexBuilder): SkillIndex {
    const n = b.skills.length;
    const idf = new Map<string, number>();
    for (const [word, df] of b.labelDf) idf.set(word, Math.log(1 + n / df));
    return new SkillIndex(b.skills, b.phrases, b.byKey, idf, b.labels, b.descriptions);
  }

  get size(): number {
    return this.skills.length;
  }

  /** Looks a skill up by its Tabiya id or its UUID. */
  get(idOrUuid: string): TaxonomySkill | undefined {
    const i = this.byKey.get(idOrUuid);
    return i === undefined ? undefined : this.toSkill(i);
  }

  /** Ranked skills for a free-text query; `total` counts all ranked hits (at most {@link MAX_RANKED_RESULTS}). */
  search(q: string, options: SkillSearchOptions = {}): { items: TaxonomySkill[]; total: number } {
    const limit = clampInt(options.limit, 1, MAX_LIMIT, DEFAULT_LIMIT);
    const offset = clampInt(options.offset, 0, Number.MAX_SAFE_INTEGER, 0);
    const ranked = this.rank(q);
    const items = ranked.slice(offset, offset + limit).map((r) => this.toSkill(r.i, r.score, r.matchedLabel));
    return { items, total: ranked.length };
  }

  /** Best skills for each free-text label (e.g. skills read from a CV), with confidence 0..1. */
  match(labels: string[], options: SkillMatchOptions = {}): SkillMatchResult {
    const perLabel = clampInt(options.perLabel, 1, 20, 3);
    const minScore =
      typeof options.minScore === 'number' && Number.isFinite(options.minScore)
        ? Math.min(1, Math.max(0, options.minScore))
        : DEFAULT_MIN_MATCH_SCORE;
    const list = Array.isArray(labels) ? labels : [];
    return {
      results: list.map((label) => {
        const text = typeof label === 'string' ? label : '';
        const matches = this.rank(text)
          .filter((r) => r.score >= minScore)
          .slice(0, perLabel)
          .map((r) => ({ skill: this.toSkill(r.i, r.score, r.matchedLabel), score: r.score }));
        return { label: text, matches };
      }),
    };
  }

  private toSkill(i: number, score?: number, matchedLabel?: string): TaxonomySkill {
    const s = this.skills[i];
    const skill: TaxonomySkill = {
      id: s.id,
      uuid: s.uuid,
      modelId: s.modelId,
      preferredLabel: s.preferredLabel,
      altLabels: s.altLabels.slice(),
      skillType: s.skillType,
      reuseLevel: s.reuseLevel,
    };
    if (s.description) skill.description = s.description;
    if (score !== undefined) skill.score = score;
    if (matchedLabel !== undefined) skill.matchedLabel = matchedLabel;
    return skill;
  }

  private rank(q: string): RankedHit[] {
    const query = this.parse(q);
    if (!query) return [];
    const { pool, queryTerms } = this.candidates(query);
    if (pool.length === 0) return [];

    // Rare query words matter more ("excel" over "advanced"); a typo weighs as the words it may stand for;
    // words that match no label barely count.
    const maxIdf = Math.log(1 + this.skills.length);
    const idf = (word: string): number => this.labelIdf.get(word) ?? maxIdf;
    const weights = query.tokens.map((t, k) => {
      if (this.labelIdf.has(t)) return idf(t);
      const fixes = query.corrections[k];
      if (fixes.length > 0) return fixes.reduce((sum, w) => sum + idf(w), 0) / fixes.length;
      return queryTerms.has(query.stems[k]) || query.aliases[k].length > 0 ? maxIdf : UNKNOWN_WORD_WEIGHT * maxIdf;
    });
    const scorer = new LabelScorer(query, weights, idf);
    const topDescription = pool.find((c) => c.fromDescription)?.raw ?? 1;

    const ranked = pool.map(({ i, raw, fromDescription }): RankedHit => {
      if (fromDescription) return { i, score: round3((DESCRIPTION_ONLY_MAX * raw) / topDescription), labelLength: Infinity, raw };
      const phrases = this.phrases[i].split('\n');
      const preferred = phrases[0];
      let best = scorer.score(preferred);
      let bestAlt = -1;
      let bestLength = preferred.length;
      for (let a = 1; a < phrases.length; a++) {
        const p = phrases[a];
        if (p === preferred || p === '') continue;
        const s = scorer.score(p);
        const weighted = s === 1 ? ALT_LABEL_EXACT : s * ALT_LABEL_FACTOR;
        if (weighted > best || (weighted === best && bestAlt >= 0 && p.length < bestLength)) {
          best = weighted;
          bestAlt = a - 1;
          bestLength = p.length;
        }
      }
      const matchedLabel = best > 0 && bestAlt >= 0 ? this.skills[i].altLabels[bestAlt] : undefined;
      return { i, score: round3(best), matchedLabel, labelLength: bestLength, raw };
    });
    ranked.sort((a, b) => b.score - a.score || a.labelLength - b.labelLength || b.raw - a.raw || a.i - b.i);
    return ranked;
  }

  /**
   * Skills worth re-ranking: label matches first (word, stem, typo corrections, prefix of the last word);
   * description matches (exact words) fill the rest, searched only when labels leave room. Also returns the
   * query terms that matched labels.
   */
  private candidates(query: ParsedQuery): { pool: Candidate[]; queryTerms: Set<string> } {
    // Very common label words ("operate", "equipment"; also typos of them) have the longest posting lists yet
    // barely change which skills qualify: when the query has other words, retrieval leaves them out (the
    // re-ranker still weighs them).
    const common = query.tokens.map((t, k) =>
      this.labelIdf.has(t)
        ? this.isCommon(t)
        : query.corrections[k].length > 0 && query.corrections[k].every((w) => this.isCommon(w)),
    );
    let hits = common.some(Boolean) && !common.every(Boolean) ? this.searchLabels(query, common) : [];
    if (hits.length === 0) hits = this.searchLabels(query, null);
    const pool: Candidate[] = [];
    const queryTerms = new Set<string>();
    for (const h of hits.slice(0, MAX_RANKED_RESULTS)) {
      pool.push({ i: h.id as number, raw: h.score, fromDescription: false });
      for (const t of h.queryTerms) queryTerms.add(t);
    }
    if (pool.length < MAX_RANKED_RESULTS) {
      const seen = new Set(pool.map((c) => c.i));
      for (const { doc, score } of this.descriptions.search(query.tokens)) {
        if (pool.length >= MAX_RANKED_RESULTS) break;
        if (!seen.has(doc)) pool.push({ i: doc, raw: score, fromDescription: true });
      }
    }
    return { pool, queryTerms };
  }

  /**
   * One MiniSearch query over labels: stems find every inflection (the index holds each word and its stem),
   * typo corrections and aliases are looked up as words, and the last word as typed also matches as a prefix.
   * `skip` marks words to leave out.
   */
  private searchLabels(query: ParsedQuery, skip: boolean[] | null) {
    const { tokens } = query;
    const last = tokens.length - 1;
    const terms = new Set<string>();
    tokens.forEach((_, k) => {
      if (skip?.[k]) return;
      terms.add(query.stems[k]);
      for (const w of query.aliases[k]) terms.add(w);
      for (const w of query.corrections[k]) terms.add(w);
    });
    const prefixTerm = query.prefixLast && !skip?.[last] ? tokens[last] : undefined;
    if (prefixTerm) terms.add(prefixTerm);
    if (tokens.length > 1 && tokens.length <= 3) terms.add(query.compact);
    return this.labels.search([...terms].join(' '), {
      boost: LABEL_BOOST,
      combineWith: 'OR',
      processTerm: (term) => term,
      prefix: (term) => term === prefixTerm,
    });
  }

  private isCommon(word: string): boolean {
    return (this.labelIdf.get(word) ?? Infinity) < this.commonIdf;
  }

  private parse(q: string): ParsedQuery | null {
    if (typeof q !== 'string') return null;
    const text = q.slice(0, MAX_QUERY_CHARS);
    const tokens = tokenize(normalizeText(text))
      .filter((t) => !isStopword(t))
      .slice(0, MAX_QUERY_TOKENS);
    if (tokens.length === 0) return null;
    const isLabelWord = (w: string): boolean => this.labelIdf.has(w);
    return {
      tokens,
      stems: tokens.map(stem),
      aliases: tokens.map((t) => ALIASES.get(t) ?? []),
      corrections: tokens.map((t) => {
        if (t.length < MIN_SWAP_LENGTH || this.isCommon(t)) return [];
        const long = t.length >= MIN_EDIT_LENGTH;
        // Words labels know get substitutions too, for spelling variants ("licence"/"license").
        const known = isLabelWord(t);
        return editNeighbours(t, isLabelWord, { substitutions: long, insertionsAndDeletions: long && !known });
      }),
      phrase: tokens.join(' '),
      compact: tokens.join(''),
      // Unfinished only if the text does not end in a separator; single letters would match half the index.
      prefixLast: /[\p{L}\p{N}]$/u.test(text) && tokens[tokens.length - 1].length >= 2,
    };
  }
}

/** Accumulates skills into the structures a SkillIndex reads. */
class SkillIndexBuilder {
  readonly skills: IndexableSkill[] = [];
  readonly phrases: string[] = [];
  readonly byKey = new Map<string, number>();
  readonly labelDf = new Map<string, number>();
  // Label fields arrive as normalized phrases, so splitting on spaces is their whole tokenizer.
  readonly labels = new MiniSearch<LabelDoc>({
    idField: 'i',
    fields: ['preferredLabel', 'altLabels'],
    tokenize: (text) => text.split(' '),
    processTerm: indexTerms,
  });
  // Descriptions hold most of the words but only back up the labels: exact words in a plain index suffice.
  readonly descriptions = new WordIndex();

  add(input: IndexableSkill): void {
    const skill = sanitize(input);
    if (!skill || this.byKey.has(skill.id) || this.byKey.has(skill.uuid)) return;
    const i = this.skills.length;
    this.skills.push(skill);
    this.byKey.set(skill.id, i);
    this.byKey.set(skill.uuid, i);
    const preferred = labelPhrase(skill.preferredLabel);
    const alts = skill.altLabels.map(labelPhrase);
    this.phrases.push([preferred, ...alts].join('\n'));
    // Alt labels repeat each other's words; retrieval only needs each word once (the re-ranker reads phrases).
    const altWords = new Set<string>();
    for (const p of alts) if (p !== preferred) for (const w of p.split(' ')) if (w) altWords.add(w);
    this.labels.add({ i, preferredLabel: preferred, altLabels: [...altWords].join(' ') });
    if (skill.description) {
      this.descriptions.add(i, tokenize(normalizeText(skill.description)).filter((t) => !isStopword(t)));
    }
    for (const word of new Set([...preferred.split(' '), ...altWords])) {
      if (word) this.labelDf.set(word, (this.labelDf.get(word) ?? 0) + 1);
    }
  }

}

/** The skill as given when well-formed; a cleaned copy when labels are malformed; null without id, uuid or label. */
function sanitize(skill: IndexableSkill): IndexableSkill | null {
  if (!skill || typeof skill !== 'object') return null;
  const { id, uuid, preferredLabel, altLabels, description } = skill;
  if (typeof id !== 'string' || !id || typeof uuid !== 'string' || !uuid) return null;
  if (typeof preferredLabel !== 'string' || !preferredLabel.trim()) return null;
  const altsOk = Array.isArray(altLabels) && altLabels.every((a) => typeof a === 'string');
  const descriptionOk = description === undefined || typeof description === 'string';
  if (altsOk && descriptionOk) return skill;
  return {
    ...skill,
    altLabels: Array.isArray(altLabels) ? altLabels.filter((a): a is string => typeof a === 'string') : [],
    description: typeof description === 'string' ? description : undefined,
  };
}

interface WordInfo {
  /** Similarity of this label word to each query word, 0..1. */
  sims: number[];
  /** Inverse document frequency over labels; NaN until a label with a matching word needs it. */
  idf: number;
  word: string;
}

/** Scores label phrases against one parsed query; word results are cached (labels repeat words a lot). */
class LabelScorer {
  private readonly words = new Map<string, WordInfo>();
  private readonly best: Float64Array;
  private readonly noMatch: number[];
  private readonly infos: WordInfo[] = [];

  constructor(
    private readonly q: ParsedQuery,
    private readonly weights: number[],
    private readonly idf: (word: string) => number,
  ) {
    this.best = new Float64Array(q.tokens.length);
    this.noMatch = q.tokens.map(() => 0);
  }

  /** How well one label answers the query, 0..1. */
  score(phrase: string): number {
    const q = this.q;
    if (phrase === q.phrase) return 1;
    const words = phrase.split(' ');
    // "teamwork" vs a label "team work".
    if (phrase.length - words.length + 1 === q.compact.length && words.join('') === q.compact) return 1;

    const best = this.best.fill(0);
    const infos = this.infos;
    let matched = false;
    for (let w = 0; w < words.length; w++) {
      const info = this.word(words[w]);
      infos[w] = info;
      if (info.sims === this.noMatch) continue;
      matched = true;
      const { sims } = info;
      for (let k = 0; k < sims.length; k++) if (sims[k] > best[k]) best[k] = sims[k];
    }
    if (!matched) return 0;
    let labelWeight = 0;
    let explainedWeight = 0;
    for (let w = 0; w < words.length; w++) {
      const info = infos[w];
      if (Number.isNaN(info.idf)) info.idf = this.idf(info.word);
      labelWeight += info.idf;
      if (info.sims !== this.noMatch) explainedWeight += info.idf;
    }
    if (explainedWeight === 0) return 0;
    const firstWordsMatch = infos[0].sims[0] > 0;
    // How much of the label the query explains: shorter and more specific labels rank first.
    const precision = explainedWeight / labelWeight;

    if (phrase.includes(q.phrase)) {
      if (phrase.startsWith(q.phrase) && phrase[q.phrase.length] === ' ') return 0.8 + 0.15 * precision;
      if (` ${phrase} `.includes(` ${q.phrase} `)) return 0.72 + 0.15 * precision;
    }
    if (q.tokens.length > 1) {
      const at = words.indexOf(q.compact);
      if (at === 0) return 0.8 + 0.15 * precision;
      if (at > 0) return 0.72 + 0.15 * precision;
    }

    let covered = 0;
    let weight = 0;
    for (let k = 0; k < best.length; k++) {
      covered += best[k] * this.weights[k];
      weight += this.weights[k];
    }
    return Math.min(0.72, 0.69 * (covered / weight) * (0.6 + 0.4 * precision) + (firstWordsMatch ? 0.03 : 0));
  }

  private word(word: string): WordInfo {
    let info = this.words.get(word);
    if (info) return info;
    const q = this.q;
    const last = q.tokens.length - 1;
    let wordStem: string | undefined;
    const sims =
      q.tokens.length > 1 && word === q.compact
        ? q.tokens.map(() => 1)
        : q.tokens.map((t, k) => {
            if (word === t) return 1;
            if (q.aliases[k].includes(word)) return 0.95;
            // A swap is the commonest typo: it ranks just above other single edits ("Python" over "Pyston").
            if (q.corrections[k].includes(word)) return isAdjacentSwap(t, word) ? 0.82 : 0.8;
            // Stems and prefixes share the first letter; checking it first spares most stem computations.
            if (word[0] === t[0]) {
              wordStem ??= stem(word);
              if (wordStem === q.stems[k]) return 0.95;
              if (k === last && q.prefixLast && word.startsWith(t)) return 0.7 + (0.25 * t.length) / word.length;
            }
            return 0;
          });
    info = { sims: sims.some((x) => x > 0) ? sims : this.noMatch, idf: Number.NaN, word };
    this.words.set(word, info);
    return info;
  }
}
