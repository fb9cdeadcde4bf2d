/**
 * Converts Tabiya's sample model (Tabiya import CSVs) into the compact file the sandbox ships:
 * `data/taxonomy/tabiya-sample.json.gz`, holding the English model and a partial French model derived from it.
 *
 *   npx tsx scripts/convert-taxonomy.ts [sampleDir] [outFile]
 *
 * Default input: ../shared/data/taxonomy/sample (read-only reference data; never read at run time).
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseCsvRecords } from '../src/sandbox/tabiya/csv.js';
import { hashedUuid, sequentialObjectId } from '../src/sandbox/tabiya/ids.js';
import { asRelationType, asReuseLevel, asSkillType, cleanText, shorten, splitLines } from '../src/sandbox/tabiya/normalize.js';
import {
  COMPACT_TAXONOMY_FORMAT,
  type CompactBaseModel,
  type CompactDerivedModel,
  type CompactEdge,
  type CompactOccupationSkill,
  type CompactTaxonomyFile,
  type LabelOverride,
  type OccupationNodeType,
  type RelationType,
  type SkillNodeType,
  type TaxonomyModelInfo,
} from '../src/sandbox/taxonomy-data.js';
import { FRENCH_SKILL_GROUP_LABELS, FRENCH_SKILL_LABELS } from './taxonomy-translations-fr.js';

const sampleDir = resolve(process.argv[2] ?? '../shared/data/taxonomy/sample');
const outFile = resolve(process.argv[3] ?? 'data/taxonomy/tabiya-sample.json.gz');

/** Text kept, so the shipped file stays small: skills keep nearly all (the picker shows them), occupations less. */
const MAX = { skill: 600, skillGroup: 400, occupation: 240, occupationGroup: 240, note: 300, occupationAltLabels: 10 };

/** Synthetic import times: the sample folder's last change, and a later one for the French copy. */
const EN_CREATED = '2024-11-29T12:00:00.000Z';
const FR_CREATED = '2025-02-03T09:30:00.000Z';
/** 10-hex tags naming the collection inside generated ObjectIds. */
const TAG = { model: 'c0ffee0000', skill: 'c0ffee0001', skillGroup: 'c0ffee0002', occupation: 'c0ffee0003', occupationGroup: 'c0ffee0004' };

const SAMPLE_ATTRIBUTION =
  'Sample taxonomy data © Tabiya, from github.com/tabiya-tech/taxonomy-model-application (data-sets/csv/sample, ' +
  'commit f992f804), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), provided as-is without ' +
  'warranties; modified by careerkit: converted to a compact JSON file, given generated 24-hex ids, long descriptions ' +
  'shortened, occupation alt labels capped at 10, definitions dropped, synthetic model metadata added, and a partial French model derived with labels ' +
  'hand-translated by careerkit (not official ESCO French labels). ' +
  'This service uses the ESCO classification of the European Commission.';

function read(file: string): Record<string, string>[] {
  const path = join(sampleDir, file);
  if (!existsSync(path)) throw new Error(`missing ${path}`);
  return parseCsvRecords(readFileSync(path, 'utf8'));
}

const createdMs = Date.parse(EN_CREATED);
const idOf = new Map<string, string>();
function assignIds(rows: Record<string, string>[], tag: string, kind: string): void {
  rows.forEach((row, i) => {
    if (idOf.has(row.ID)) throw new Error(`${kind} ${row.ID}: CSV id used twice`);
    idOf.set(row.ID, sequentialObjectId(createdMs, tag, i + 1));
  });
}

const skillRows = read('skills.csv');
const groupRows = read('skill_groups.csv');
const occupationRows = read('occupations.csv');
const occupationGroupRows = read('occupation_groups.csv');
assignIds(skillRows, TAG.skill, 'skill');
assignIds(groupRows, TAG.skillGroup, 'skill group');
assignIds(occupationRows, TAG.occupation, 'occupation');
assignIds(occupationGroupRows, TAG.occupationGroup, 'occupation group');

let dangling = 0;
const ref = (key: string): string | undefined => {
  const id = idOf.get(key);
  if (!id) dangling += 1;
  return id;
};

/** As Tabiya's importer does, a row without UUIDs (the sample's local test rows) gets a new one. */
function uuidHistory(row: Record<string, string>): { UUID: string; UUIDHistory?: string[] } {
  const history = splitLines(row.UUIDHISTORY).map((u) => u.toLowerCase());
  if (history.length === 0) return { UUID: hashedUuid(`careerkit:tabiya-sample:${row.ID}`) };
  return history.length > 1 ? { UUID: history[0], UUIDHistory: history } : { UUID: history[0] };
}

/** Drops empty strings, empty lists and `false`, so the compact file carries only what is there. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== '' && v !== false && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

const skills = skillRows.map((r) =>
  compact({
    id: idOf.get(r.ID)!,
    ...uuidHistory(r),
    originUri: cleanText(r.ORIGINURI),
    preferredLabel: cleanText(r.PREFERREDLABEL),
    altLabels: splitLines(r.ALTLABELS),
    description: shorten(r.DESCRIPTION, MAX.skill),
    scopeNote: shorten(r.SCOPENOTE, MAX.note),
    skillType: asSkillType(r.SKILLTYPE),
    reuseLevel: asReuseLevel(r.REUSELEVEL),
    isLocalized: r.ISLOCALIZED === 'true',
  }),
);

const skillGroups = groupRows.map((r) =>
  compact({
    id: idOf.get(r.ID)!,
    ...uuidHistory(r),
    originUri: cleanText(r.ORIGINURI),
    code: cleanText(r.CODE),
    preferredLabel: cleanText(r.PREFERREDLABEL),
    altLabels: splitLines(r.ALTLABELS),
    description: shorten(r.DESCRIPTION, MAX.skillGroup),
    scopeNote: shorten(r.SCOPENOTE, MAX.note),
  }),
);

const occupations = occupationRows.map((r) =>
  compact({
    id: idOf.get(r.ID)!,
    ...uuidHistory(r),
    originUri: cleanText(r.ORIGINURI),
    code: cleanText(r.CODE),
    occupationGroupCode: cleanText(r.OCCUPATIONGROUPCODE),
    occupationType: r.OCCUPATIONTYPE === 'localoccupation' ? ('localoccupation' as const) : ('escooccupation' as const),
    preferredLabel: cleanText(r.PREFERREDLABEL),
    altLabels: splitLines(r.ALTLABELS).slice(0, MAX.occupationAltLabels),
    description: shorten(r.DESCRIPTION, MAX.occupation),
    scopeNote: shorten(r.SCOPENOTE, MAX.note),
    regulatedProfessionNote: cleanText(r.REGULATEDPROFESSIONNOTE),
    isLocalized: r.ISLOCALIZED === 'true',
  }),
);

const occupationGroups = occupationGroupRows.map((r) =>
  compact({
    id: idOf.get(r.ID)!,
    ...uuidHistory(r),
    originUri: cleanText(r.ORIGINURI),
    code: cleanText(r.CODE),
    groupType: r.GROUPTYPE === 'localgroup' ? ('localgroup' as const) : ('iscogroup' as const),
    preferredLabel: cleanText(r.PREFERREDLABEL),
    altLabels: splitLines(r.ALTLABELS),
    description: shorten(r.DESCRIPTION, MAX.occupationGroup),
  }),
);

function edges<T extends string>(file: string, types: readonly T[]): CompactEdge<T>[] {
  const out: CompactEdge<T>[] = [];
  for (const r of read(file)) {
    const parentType = r.PARENTOBJECTTYPE as T;
    const childType = r.CHILDOBJECTTYPE as T;
    if (!types.includes(parentType) || !types.includes(childType)) throw new Error(`${file}: unknown object type in ${JSON.stringify(r)}`);
    const parentId = ref(r.PARENTID);
    const childId = ref(r.CHILDID);
    if (parentId && childId) out.push([parentType, parentId, childType, childId]);
  }
  return out;
}

const skillHierarchy = edges<SkillNodeType>('skill_hierarchy.csv', ['skill', 'skillgroup']);
const occupationHierarchy = edges<OccupationNodeType>('occupation_hierarchy.csv', [
  'iscogroup',
  'localgroup',
  'escooccupation',
  'localoccupation',
]);

const skillRelations = read('skill_to_skill_relations.csv').flatMap((r) => {
  const requiring = ref(r.REQUIRINGID);
  const required = ref(r.REQUIREDID);
  const type = asRelationType(r.RELATIONTYPE);
  return requiring && required && type ? [[requiring, required, type] as [string, string, RelationType]] : [];
});

const occupationSkills = read('occupation_to_skill_relations.csv').flatMap((r): CompactOccupationSkill[] => {
  const occupation = ref(r.OCCUPATIONID);
  const skill = ref(r.SKILLID);
  if (!occupation || !skill) return [];
  const label = cleanText(r.SIGNALLINGVALUELABEL);
  const value = cleanText(r.SIGNALLINGVALUE);
  if (!label && !value) return [[occupation, skill, asRelationType(r.RELATIONTYPE)]];
  const signallingLabel = label === 'low' || label === 'medium' || label === 'high' ? label : '';
  return [[occupation, skill, asRelationType(r.RELATIONTYPE), value === '' ? null : Number(value), signallingLabel]];
});

const locale = (shortCode: string, name: string) => ({ UUID: hashedUuid(`careerkit:locale:${shortCode}`), shortCode, name });
const enUuid = hashedUuid('careerkit:model:tabiya-sample:en');
const frUuid = hashedUuid('careerkit:model:tabiya-sample:fr');

const enInfo: TaxonomyModelInfo = {
  id: sequentialObjectId(createdMs, TAG.model, 1),
  UUID: enUuid,
  UUIDHistory: [enUuid],
  name: 'Tabiya sample (ESCO v1.1.1 subset)',
  description:
    "Tabiya's sample model: 1,000 ESCO v1.1.1 skills with all 640 skill groups and 3,015 occupations. " +
    'The model metadata (name, version, dates, UUIDs) is synthetic: the sample ships no model_info.csv.',
  license: 'CC BY 4.0',
  version: 'v1.0.0-sample',
  released: true,
  releaseNotes: 'Synthetic release for the careerkit sandbox.',
  locale: locale('EU-en', 'Europe (English)'),
  createdAt: EN_CREATED,
  updatedAt: EN_CREATED,
  synthetic: true,
};

/** French labels keyed by the base row's id; `keyOf` names a row as the translation table does. */
function overrides<T extends { id: string; preferredLabel: string }>(table: Record<string, string>, rows: T[], keyOf: (row: T) => string[]) {
  const byKey = new Map<string, T[]>();
  for (const row of rows) for (const key of keyOf(row)) byKey.set(key, [...(byKey.get(key) ?? []), row]);
  const result: Record<string, LabelOverride> = {};
  for (const [key, french] of Object.entries(table)) {
    const matches = byKey.get(key) ?? [];
    if (matches.length !== 1) throw new Error(`French label for "${key}" matches ${matches.length} rows, expected 1`);
    result[matches[0].id] = { preferredLabel: french, altLabels: [french, matches[0].preferredLabel] };
  }
  return result;
}

const frModel: CompactDerivedModel = {
  info: {
    id: sequentialObjectId(Date.parse(FR_CREATED), TAG.model, 2),
    UUID: frUuid,
    UUIDHistory: [frUuid, enUuid],
    name: 'Tabiya sample (ESCO v1.1.1 subset), français partiel',
    description:
      'A partial French model derived by careerkit from the English sample. There is no translated data: only the ' +
      `top two levels of skill groups (${Object.keys(FRENCH_SKILL_GROUP_LABELS).length}) and ` +
      `${Object.keys(FRENCH_SKILL_LABELS).length} common skills carry French labels, hand-translated by careerkit ` +
      '(not official ESCO French labels); everything else, and every description, is English. Synthetic metadata.',
    license: 'CC BY 4.0',
    version: 'v1.0.0-sample-fr',
    released: true,
    releaseNotes: 'Synthetic release for the careerkit sandbox.',
    locale: locale('EU-fr', 'Europe (français)'),
    createdAt: FR_CREATED,
    updatedAt: FR_CREATED,
    synthetic: true,
  },
  derivedFrom: enInfo.id,
  labels: {
    skills: overrides(FRENCH_SKILL_LABELS, skills, (s) => [s.preferredLabel]),
    skillGroups: overrides(FRENCH_SKILL_GROUP_LABELS, skillGroups, (g) => (g.code ? [g.code] : [/isced-f\/\d+$/.exec(g.originUri ?? '')?.[0] ?? ''])),
  },
};

const enModel: CompactBaseModel = {
  info: enInfo,
  skills,
  skillGroups,
  skillHierarchy,
  skillRelations,
  occupations,
  occupationGroups,
  occupationHierarchy,
  occupationSkills,
};

const file: CompactTaxonomyFile = { format: COMPACT_TAXONOMY_FORMAT, attribution: [SAMPLE_ATTRIBUTION], models: [enModel, frModel] };
const json = JSON.stringify(file);
const gz = gzipSync(json, { level: 9 });
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, gz);
console.log(
  `wrote ${outFile}: ${skills.length} skills, ${skillGroups.length} skill groups, ${occupations.length} occupations, ` +
    `${occupationGroups.length} occupation groups, ${skillHierarchy.length}+${occupationHierarchy.length} hierarchy edges, ` +
    `${skillRelations.length} skill relations, ${occupationSkills.length} occupation-skill relations; ` +
    `${dangling} dangling references skipped; JSON ${(json.length / 1024).toFixed(0)} KiB, gzip ${(gz.length / 1024).toFixed(0)} KiB`,
);
console.log(`models: en ${enInfo.id}, fr ${frModel.info.id}`);
