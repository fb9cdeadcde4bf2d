/**
 * Test/bench support: reads the taxonomy CSVs in ../shared/data/taxonomy directly, so the skill index can be
 * tested without the sandbox loaders. Missing files return null; callers skip with a clear message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IndexableSkill } from '../../src/server/taxonomy/skill-index.js';
import type { ReuseLevel, SkillType } from '../../src/types.js';

/** ../shared/data/taxonomy next to the repo; TAXONOMY_DATA_DIR overrides it (e.g. to check the skip path). */
export const TAXONOMY_DATA_DIR = (
  process.env.TAXONOMY_DATA_DIR ?? fileURLToPath(new URL('../../../shared/data/taxonomy/', import.meta.url))
).replace(/\/?$/, '/');
export const ESCO_SKILLS_CSV = `${TAXONOMY_DATA_DIR}esco-full/skills_en.csv`;

// One CSV reader for the project: the Tabiya simulator's (RFC 4180, browser-safe).
export { parseCsv, parseCsvRecords } from '../../src/sandbox/tabiya/csv.js';
import { parseCsvRecords } from '../../src/sandbox/tabiya/csv.js';

const SKILL_TYPES = new Set<string>(['skill/competence', 'knowledge', 'language', 'attitude']);
const REUSE_LEVELS = new Set<string>(['sector-specific', 'occupation-specific', 'cross-sector', 'transversal']);
const skillType = (v: string): SkillType => (SKILL_TYPES.has(v) ? (v as SkillType) : '');
const reuseLevel = (v: string): ReuseLevel => (REUSE_LEVELS.has(v) ? (v as ReuseLevel) : '');
const lines = (v: string): string[] =>
  v
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** Full ESCO v1.1.1 English skills (camelCase headers); id and uuid are the concept URI's UUID. Null when absent. */
export function readEscoSkills(path = ESCO_SKILLS_CSV): IndexableSkill[] | null {
  if (!existsSync(path)) return null;
  return parseCsvRecords(readFileSync(path, 'utf8')).map((r) => {
    const uuid = r.conceptUri.slice(r.conceptUri.lastIndexOf('/') + 1);
    return {
      id: uuid,
      uuid,
      modelId: 'esco-v1.1.1-en',
      preferredLabel: r.preferredLabel.trim(),
      altLabels: lines(r.altLabels),
      description: r.description || undefined,
      skillType: skillType(r.skillType),
      reuseLevel: reuseLevel(r.reuseLevel),
    };
  });
}

