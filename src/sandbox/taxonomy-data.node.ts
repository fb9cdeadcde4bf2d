/**
 * Node-only taxonomy loaders (files and zlib): the sample shipped in `data/taxonomy/`, and the full ESCO v1.1.1
 * English CSVs for benchmarks and relevance tests. Browsers use `loadDatasetFromUrl` in taxonomy-data.ts instead.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseCsvRecords } from './tabiya/csv.js';
import { hashedObjectId, hashedUuid, sequentialObjectId, uuidFromUri } from './tabiya/ids.js';
import { altLabelsWithPreferred, asRelationType, asReuseLevel, asSkillType, cleanText } from './tabiya/normalize.js';
import {
  COMPACT_TAXONOMY_FORMAT,
  TaxonomyDataError,
  parseDataset,
  type CompactBaseModel,
  type CompactEdge,
  type CompactOccupationSkill,
  type CompactSkillRelation,
  type OccupationNodeType,
  type SkillNodeType,
  type TaxonomyDataset,
} from './taxonomy-data.js';

export const SAMPLE_FILE_NAME = 'tabiya-sample.json.gz';

/**
 * Where the shipped file is, seen from this module: `src/sandbox/` and `dist/sandbox/` are two levels below the
 * package root; a bundle in `dist/node/` is too, and one directly in `dist/` is one level below.
 */
function sampleFileCandidates(): string[] {
  return ['../../data/taxonomy/', '../data/taxonomy/'].map((dir) => fileURLToPath(new URL(dir + SAMPLE_FILE_NAME, import.meta.url)));
}

const cache = new Map<string, Promise<TaxonomyDataset>>();

/**
 * The shipped sample: Tabiya's 1,000-skill English model plus the partial French model. Parsed once per process
 * and shared; treat the result as read-only.
 */
export function loadSampleDataset(file?: string): Promise<TaxonomyDataset> {
  const path = file ?? sampleFileCandidates().find((candidate) => existsSync(candidate));
  if (!path) throw new TaxonomyDataError(`${SAMPLE_FILE_NAME} not found (looked in ${sampleFileCandidates().join(', ')})`);
  let loading = cache.get(path);
  if (!loading) {
    loading = readFile(path).then((bytes) => {
      let json: unknown;
      try {
        json = JSON.parse(gunzipSync(bytes).toString('utf8'));
      } catch (error) {
        throw new TaxonomyDataError(`${path} is not a gzipped JSON file: ${(error as Error).message}`);
      }
      return parseDataset(json);
    });
    loading.catch(() => cache.delete(path));
    cache.set(path, loading);
  }
  return loading;
}

export const ESCO_ATTRIBUTION =
  'This service uses the ESCO classification of the European Commission. Adapted from ESCO v1.1.1 (English): ' +
  'converted to the Tabiya model layout by careerkit, with generated ids.';

/** The full ESCO model's id and synthetic import time. */
export const ESCO_MODEL_ID = sequentialObjectId(Date.parse('2022-09-13T00:00:00.000Z'), 'e5c0111000', 1);

export interface EscoLoadOptions {
  /** Also read occupations, ISCO groups and the 123k occupation→skill relations (default true; ~0.4 s more). */
  occupations?: boolean;
}

/**
 * Reads the official ESCO v1.1.1 English CSVs (as in `../shared/data/taxonomy/esco-full`) into one model:
 * 13,896 skills, 640 skill groups and their polyhierarchy. Ids are hashes of the concept URIs; UUIDs come from the
 * URIs where they end in one. Dangling references (a handful in ESCO) are skipped.
 */
export async function loadEscoFull(dir: string, options: EscoLoadOptions = {}): Promise<TaxonomyDataset> {
  const read = async (name: string) => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new TaxonomyDataError(`ESCO file missing: ${path}`);
    return parseCsvRecords(await readFile(path, 'utf8'));
  };
  const idOf = new Map<string, string>();
  const ids = new Set<string>();
  const register = (uri: string) => {
    const id = hashedObjectId(`esco-1.1.1:${uri}`);
    if (idOf.has(uri) || ids.has(id)) throw new TaxonomyDataError(`ESCO: ${uri} appears twice or its id collides`);
    idOf.set(uri, id);
    ids.add(id);
    return id;
  };
  const uuidOf = (uri: string) => uuidFromUri(uri) ?? hashedUuid(`esco-1.1.1:${uri}`);
  // The fields every concept row opens with (registering its id) and its labels; spread in the model's key order.
  const identity = (uri: string) => ({ id: register(uri), UUID: uuidOf(uri), originUri: uri });
  const labels = (r: Record<string, string>) => {
    const preferredLabel = cleanText(r.preferredLabel);
    return { preferredLabel, altLabels: altLabelsWithPreferred(r.altLabels, preferredLabel), description: cleanText(r.description) };
  };

  const skills = (await read('skills_en.csv')).map((r) => ({
    ...identity(r.conceptUri),
    ...labels(r),
    definition: cleanText(r.definition),
    scopeNote: cleanText(r.scopeNote),
    skillType: asSkillType(r.skillType),
    reuseLevel: asReuseLevel(r.reuseLevel),
  }));
  const skillGroups = (await read('skillGroups_en.csv')).map((r) => ({
    ...identity(r.conceptUri),
    code: cleanText(r.code),
    ...labels(r),
    scopeNote: cleanText(r.scopeNote),
  }));
  const skillType = (conceptType: string): SkillNodeType | undefined =>
    conceptType === 'KnowledgeSkillCompetence' ? 'skill' : conceptType === 'SkillGroup' ? 'skillgroup' : undefined;
  const skillHierarchy = edges(await read('broaderRelationsSkillPillar.csv'), idOf, skillType);
  const skillRelations = (await read('skillSkillRelations.csv')).flatMap((r): CompactSkillRelation[] => {
    const requiring = idOf.get(r.originalSkillUri);
    const required = idOf.get(r.relatedSkillUri);
    const type = asRelationType(r.relationType);
    return requiring && required && type ? [[requiring, required, type]] : [];
  });

  const model: CompactBaseModel = {
    info: {
      id: ESCO_MODEL_ID,
      UUID: hashedUuid('careerkit:model:esco-1.1.1:en'),
      UUIDHistory: [hashedUuid('careerkit:model:esco-1.1.1:en')],
      name: 'ESCO v1.1.1 (English, adapted)',
      description:
        'The full ESCO v1.1.1 English skills pillar, adapted to the Tabiya model layout for benchmarks. ' +
        'The model metadata is synthetic: ESCO ships no model_info.',
      license: 'ESCO: reuse authorised under Commission Decision 2011/833/EU, with acknowledgement',
      version: 'v1.1.1',
      released: true,
      releaseNotes: '',
      locale: { UUID: hashedUuid('careerkit:locale:EU-en'), shortCode: 'EU-en', name: 'Europe (English)' },
      createdAt: '2022-09-13T00:00:00.000Z',
      updatedAt: '2022-09-13T00:00:00.000Z',
      synthetic: true,
    },
    skills,
    skillGroups,
    skillHierarchy,
    skillRelations,
    occupations: [],
    occupationGroups: [],
    occupationHierarchy: [],
    occupationSkills: [],
  };

  if (options.occupations !== false) {
    model.occupationGroups = (await read('ISCOGroups_en.csv')).map((r) => ({
      ...identity(r.conceptUri),
      code: cleanText(r.code),
      groupType: 'iscogroup' as const,
      ...labels(r),
    }));
    model.occupations = (await read('occupations_en.csv')).map((r) => ({
      ...identity(r.conceptUri),
      code: cleanText(r.code),
      occupationGroupCode: cleanText(r.iscoGroup),
      occupationType: 'escooccupation' as const,
      ...labels(r),
      definition: cleanText(r.definition),
      scopeNote: cleanText(r.scopeNote),
      regulatedProfessionNote: cleanText(r.regulatedProfessionNote),
    }));
    const occupationType = (conceptType: string): OccupationNodeType | undefined =>
      conceptType === 'Occupation' ? 'escooccupation' : conceptType === 'ISCOGroup' ? 'iscogroup' : undefined;
    model.occupationHierarchy = edges(await read('broaderRelationsOccPillar.csv'), idOf, occupationType);
    model.occupationSkills = (await read('occupationSkillRelations.csv')).flatMap((r): CompactOccupationSkill[] => {
      const occupation = idOf.get(r.occupationUri);
      const skill = idOf.get(r.skillUri);
      const type = asRelationType(r.relationType);
      return occupation && skill && type ? [[occupation, skill, type]] : [];
    });
  }

  return parseDataset({ format: COMPACT_TAXONOMY_FORMAT, attribution: [ESCO_ATTRIBUTION], models: [model] });
}

/** ESCO broader relations (conceptUri is the child, broaderUri its parent) as hierarchy edges. */
function edges<T extends string>(
  rows: Record<string, string>[],
  idOf: Map<string, string>,
  typeOf: (conceptType: string) => T | undefined,
): CompactEdge<T>[] {
  return rows.flatMap((r): CompactEdge<T>[] => {
    const childType = typeOf(r.conceptType);
    const parentType = typeOf(r.broaderType);
    const childId = idOf.get(r.conceptUri);
    const parentId = idOf.get(r.broaderUri);
    return childType && parentType && childId && parentId ? [[parentType, parentId, childType, childId]] : [];
  });
}
