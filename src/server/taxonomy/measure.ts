/** Typo queries drawn from real skill labels, for the search benchmark and the relevance tests. */
import type { IndexableSkill } from './skill-index.js';
import { seededRandom } from '../../shared/random.js';

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
