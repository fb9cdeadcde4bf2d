/**
 * Builds the full ESCO v1.1.1 English model the sandbox serves by default: `data/taxonomy/esco-v1.1.1-en.json.gz`,
 * a compact derived model (see ATTRIBUTION.md in that folder for what was changed).
 *
 *   npx tsx scripts/convert-esco.ts [escoDir] [outFile]
 *
 * Default input: ../shared/data/taxonomy/esco-full (the Commission's CSVs; read-only reference data, never read at
 * run time). The output is deterministic: the same CSVs give the same bytes.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { shorten } from '../src/sandbox/tabiya/normalize.js';
import {
  COMPACT_TAXONOMY_FORMAT,
  type CompactIndexedModel,
  type CompactTaxonomyFile,
  parseDataset,
} from '../src/sandbox/taxonomy-data.js';
import { ESCO_ATTRIBUTION, ESCO_ID_SEED, readEscoModel } from '../src/sandbox/taxonomy-data.node.js';

/** ../shared beside the repository, else /work/shared (a git worktree sits deeper); ESCO_DIR overrides. */
const escoDir = resolve(
  process.argv[2] ??
    process.env.ESCO_DIR ??
    ['../shared/data/taxonomy/esco-full', '/work/shared/data/taxonomy/esco-full'].find((d) => existsSync(d)) ??
    '../shared/data/taxonomy/esco-full',
);
const outFile = resolve(process.argv[3] ?? 'data/taxonomy/esco-v1.1.1-en.json.gz');

/**
 * Text kept, so the file stays a few MB: skill descriptions are what the picker shows, so they keep the most;
 * occupations and ISCO groups are only browsed. Definitions (empty for nearly every skill) are dropped.
 */
const MAX = { skill: 400, skillGroup: 300, occupation: 240, occupationGroup: 200, note: 200, occupationAltLabels: 12 };

const model = await readEscoModel(escoDir);

/** Drops empty strings, empty lists and `false`, so the file carries only what is there. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== '' && v !== false && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

const position = new Map<string, number>();
for (const e of [...model.skills, ...model.skillGroups, ...model.occupations, ...model.occupationGroups]) position.set(e.id, position.size);
const at = (id: string): number => {
  const n = position.get(id);
  if (n === undefined) throw new Error(`reference to unknown id ${id}`);
  return n;
};
/** Preferred label is always among the alt labels (Tabiya's rule); the loader keeps them as written. */
const skills = model.skills.map((s) =>
  compact({
    originUri: s.originUri!,
    preferredLabel: s.preferredLabel,
    altLabels: s.altLabels,
    hiddenLabels: s.hiddenLabels,
    description: shorten(s.description ?? '', MAX.skill),
    scopeNote: shorten(s.scopeNote ?? '', MAX.note),
    skillType: s.skillType,
    reuseLevel: s.reuseLevel,
  }),
);
const skillGroups = model.skillGroups.map((g) =>
  compact({
    originUri: g.originUri!,
    code: g.code,
    preferredLabel: g.preferredLabel,
    altLabels: g.altLabels,
    description: shorten(g.description ?? '', MAX.skillGroup),
    scopeNote: shorten(g.scopeNote ?? '', MAX.note),
  }),
);
const occupations = model.occupations.map((o) =>
  compact({
    originUri: o.originUri!,
    code: o.code,
    occupationGroupCode: o.occupationGroupCode,
    occupationType: o.occupationType,
    preferredLabel: o.preferredLabel,
    altLabels: (o.altLabels ?? []).slice(0, MAX.occupationAltLabels),
    description: shorten(o.description ?? '', MAX.occupation),
    regulatedProfessionNote: shorten(o.regulatedProfessionNote ?? '', MAX.note),
  }),
);
const occupationGroups = model.occupationGroups.map((g) =>
  compact({
    originUri: g.originUri!,
    code: g.code,
    groupType: g.groupType,
    preferredLabel: g.preferredLabel,
    altLabels: g.altLabels,
    description: shorten(g.description ?? '', MAX.occupationGroup),
  }),
);

const byOccupation = new Map<number, [number, number[], number[]]>();
for (const [occupationId, skillId, type] of model.occupationSkills) {
  const o = at(occupationId);
  let row = byOccupation.get(o);
  if (!row) byOccupation.set(o, (row = [o, [], []]));
  row[type === 'essential' ? 1 : 2].push(at(skillId));
}
for (const row of byOccupation.values()) {
  row[1].sort((a, b) => a - b);
  row[2].sort((a, b) => a - b);
}

const indexed: CompactIndexedModel = {
  info: model.info,
  refs: 'index',
  idSeed: ESCO_ID_SEED,
  skills,
  skillGroups,
  skillHierarchy: model.skillHierarchy.map(([pt, p, ct, c]) => [pt, at(p), ct, at(c)]),
  skillRelations: model.skillRelations.map(([a, b, type]) => [at(a), at(b), type]),
  occupations,
  occupationGroups,
  occupationHierarchy: model.occupationHierarchy.map(([pt, p, ct, c]) => [pt, at(p), ct, at(c)]),
  occupationSkills: [...byOccupation.values()].sort((a, b) => a[0] - b[0]),
};

const file: CompactTaxonomyFile = { format: COMPACT_TAXONOMY_FORMAT, attribution: [ESCO_ATTRIBUTION], models: [indexed] };
const json = JSON.stringify(file);
// Round trip before writing: the file must load, and give the ids loadEscoFull gives.
const check = parseDataset(JSON.parse(json)).models[0]!;
if (check.skills.length !== model.skills.length || check.skills.some((s, i) => s.id !== model.skills[i]!.id)) {
  throw new Error('round trip changed the skills');
}
const gz = gzipSync(json, { level: 9 });
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, gz);
console.log(
  `wrote ${outFile}: ${skills.length} skills, ${skillGroups.length} skill groups, ${occupations.length} occupations, ` +
    `${occupationGroups.length} ISCO groups, ${indexed.skillHierarchy.length}+${indexed.occupationHierarchy.length} hierarchy edges, ` +
    `${indexed.skillRelations.length} skill relations, ${model.occupationSkills.length} occupation-skill relations; ` +
    `JSON ${(json.length / 1024 / 1024).toFixed(2)} MiB, gzip ${(gz.length / 1024 / 1024).toFixed(2)} MiB`,
);
