/** Measurement helpers for the skill index: typo queries drawn from real labels, and suggestion precision/recall over a relevance fixture. */
import type { IndexableSkill } from './skill-index.js';
import { seededRandom } from '../../shared/random.js';

/** A taxonomy model's skill records (the simulator's dataset shape), as the index takes them. */
export interface ModelSkills {
  info: { id: string };
  skills: ReadonlyArray<Omit<IndexableSkill, 'uuid' | 'modelId'> & { UUID: string; hiddenLabels: string[] }>;
}

/** Every skill of a dataset model as an index entry (hidden labels included), for the bench and the quality tests. */
export function indexableSkills(model: ModelSkills): IndexableSkill[] {
  return model.skills.map((s) => ({
    id: s.id,
    uuid: s.UUID,
    modelId: model.info.id,
    preferredLabel: s.preferredLabel,
    altLabels: s.altLabels,
    hiddenLabels: s.hiddenLabels,
    description: s.description,
    skillType: s.skillType,
    reuseLevel: s.reuseLevel,
  }));
}

/**
 * `count` queries drawn from real labels (preferred or alt), each with one typo (substitution, deletion,
 * insertion or adjacent swap) in one word of 4+ letters, tagged with the skill they came from.
 */
export function typoQueries(skills: IndexableSkill[], count: number, seed = 42): Array<{ q: string; expectId: string }> {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const out: Array<{ q: string; expectId: string }> = [];
  if (skills.length === 0) return out;
  while (out.length < count) {
    const skill = pick(skills);
    const label = rnd() < 0.7 || skill.altLabels.length === 0 ? skill.preferredLabel : pick(skill.altLabels);
    const words = label.split(' ');
    const candidates = words.map((w, i) => i).filter((i) => /^[a-z]{4,}$/i.test(words[i]));
    if (candidates.length === 0) continue;
    const wi = pick(candidates);
    const w = words[wi];
    const at = Math.floor(rnd() * w.length);
    const kind = Math.floor(rnd() * 4);
    words[wi] =
      kind === 0
        ? w.slice(0, at) + pick([...letters]) + w.slice(at + 1)
        : kind === 1
          ? w.slice(0, at) + w.slice(at + 1)
          : kind === 2
            ? w.slice(0, at) + pick([...letters]) + w.slice(at)
            : at + 1 < w.length
              ? w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2)
              : w.slice(0, -2) + w[w.length - 1] + w[w.length - 2];
    out.push({ q: words.join(' '), expectId: skill.id });
  }
  return out;
}

/** One CV label of a relevance fixture and the skills (by UUID) a suggestion may map it to; none → any is wrong. */
export interface LabelJudgement {
  label: string;
  accept: Array<{ uuid: string }>;
}

export interface SuggestionQuality {
  labels: number;
  /** Labels with at least one acceptable skill. */
  answerable: number;
  /** Labels that got a suggestion. */
  suggested: number;
  correct: number;
  /** correct / suggested (1 when nothing was suggested). */
  precision: number;
  /** correct / answerable. */
  recall: number;
  /** The labels whose suggestion was not acceptable, with what was suggested. */
  wrong: Array<{ label: string; got: string }>;
  /** Answerable labels that got no suggestion. */
  missed: string[];
}

/**
 * Precision and recall of `suggest` (label → the UUID and label of its one suggested skill, or none) over a
 * relevance fixture.
 */
export function suggestionQuality(
  judgements: LabelJudgement[],
  suggest: (labels: string[]) => Array<{ uuid: string; preferredLabel: string } | undefined>,
): SuggestionQuality {
  const got = suggest(judgements.map((j) => j.label));
  let suggested = 0;
  let correct = 0;
  const wrong: SuggestionQuality['wrong'] = [];
  const missed: string[] = [];
  judgements.forEach((j, i) => {
    const s = got[i];
    const ok = s !== undefined && j.accept.some((a) => a.uuid === s.uuid);
    if (s) suggested += 1;
    if (ok) correct += 1;
    else if (s) wrong.push({ label: j.label, got: s.preferredLabel });
    else if (j.accept.length > 0) missed.push(j.label);
  });
  const answerable = judgements.filter((j) => j.accept.length > 0).length;
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return { labels: judgements.length, answerable, suggested, correct, precision: ratio(correct, suggested), recall: ratio(correct, answerable), wrong, missed };
}
