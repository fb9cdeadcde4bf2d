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
import { hashedUuid, sequentialObjectId } from './tabiya/ids.js';
import { altLabelsWithPreferred, asRelationType, asReuseLevel, asSkillType, cleanText, splitLines } from './tabiya/normalize.js';
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
  uriIdentity,
} from './taxonomy-data.js';

export const SAMPLE_FILE_NAME = 'tabiya-sample.json.gz';
/** The full ESCO v1.1.1 English model, built by `scripts/convert-esco.ts`. */
export const ESCO_FILE_NAME = 'esco-v1.1.1-en.json.gz';

/**
 * Where a shipped file is, seen from this module: `src/sandbox/` and `dist/sandbox/` are two levels below the
 * package root; a bundle in `dist/node/` is too, and one directly in `dist/` is one level below.
 */
function dataFileCandidates(name: string): string[] {
  return ['../../data/taxonomy/', '../data/taxonomy/'].map((dir) => fileURLToPath(new URL(dir + name, import.meta.url)));
}

/** The path of a file shipped in `data/taxonomy/`, or undefined when this install lacks it. */
export function shippedDataFile(name: string): string | undefined {
  return dataFileCandidates(name).find((candidate) => existsSync(candidate));
}

const cache = new Map<string, Promise<TaxonomyDataset>>();

/** Reads, gunzips and parses a compact taxonomy file once per process; the result is shared, treat it as read-only. */
export function loadDatasetFile(path: string): Promise<TaxonomyDataset> {
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

function shipped(name: string, file?: string): Promise<TaxonomyDataset> {
  const path = file ?? shippedDataFile(name);
  if (!path) throw new TaxonomyDataError(`${name} not found (looked in ${dataFileCandidates(name).join(', ')})`);
  return loadDatasetFile(path);
}

/**
 * The shipped sample: Tabiya's 1,000-skill English model plus the partial French model. Parsed once per process
 * and shared; treat the result as read-only.
 */
export function loadSampleDataset(file?: string): Promise<TaxonomyDataset> {
  return shipped(SAMPLE_FILE_NAME, file);
}

/** The shipped full ESCO v1.1.1 English model (13,896 skills, 3,007 occupations). Parsed once per process. */
export function loadEscoDataset(file?: string): Promise<TaxonomyDataset> {
  return shipped(ESCO_FILE_NAME, file);
}

/** Which taxonomy the sandbox serves: the full ESCO model, or Tabiya's small sample (fast tests). */
export type SandboxTaxonomy = 'esco' | 'sample';

/** `esco`/`full` or `sample` (case-insensitive); anything else is an error, undefined gives `fallback`. */
export function parseSandboxTaxonomy(value: string | undefined, fallback: SandboxTaxonomy = 'esco'): SandboxTaxonomy {
  if (value === undefined || value === '') return fallback;
  const v = value.toLowerCase();
  if (v === 'esco' || v === 'full') return 'esco';
  if (v === 'sample') return 'sample';
  throw new TaxonomyDataError(`unknown taxonomy "${value}": use "esco" (full ESCO v1.1.1) or "sample" (Tabiya's 1,000-skill sample)`);
}

/** A loader for the chosen taxonomy, as the Tabiya simulator (and the sandbox stack's `taxonomy` option) takes it. */
export function sandboxTaxonomyLoader(choice: SandboxTaxonomy): () => Promise<TaxonomyDataset> {
  return choice === 'esco' ? () => loadEscoDataset() : () => loadSampleDataset();
}

export const ESCO_ATTRIBUTION =
  'This service uses the ESCO classification of the European Commission. The taxonomy data is adapted from ESCO ' +
  'v1.1.1 (English): converted to the Tabiya model layout by careerkit, with generated ids, and shortened; it is ' +
  'not the official ESCO release.';

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
  const model = await readEscoModel(dir, options);
  return parseDataset({ format: COMPACT_TAXONOMY_FORMAT, attribution: [ESCO_ATTRIBUTION], models: [model] });
}

/** Ids of ESCO concepts: `uriIdentity(ESCO_ID_SEED, conceptUri)`. */
export const ESCO_ID_SEED = 'esco-1.1.1:';

/** The ESCO CSVs as one compact model, every field kept (the converter trims it for shipping). */
export async function readEscoModel(dir: string, options: EscoLoadOptions = {}): Promise<CompactBaseModel> {
  const read = async (name: string) => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new TaxonomyDataError(`ESCO file missing: ${path}`);
    return parseCsvRecords(await readFile(path, 'utf8'));
  };
  const idOf = new Map<string, string>();
  const ids = new Set<string>();
  // The fields every concept row opens with (registering its id) and its labels; spread in the model's key order.
  const identity = (uri: string) => {
    const { id, UUID } = uriIdentity(ESCO_ID_SEED, uri);
    if (idOf.has(uri) || ids.has(id)) throw new TaxonomyDataError(`ESCO: ${uri} appears twice or its id collides`);
    idOf.set(uri, id);
    ids.add(id);
    return { id, UUID, originUri: uri };
  };
  const labels = (r: Record<string, string>) => {
    const preferredLabel = cleanText(r.preferredLabel);
    return { preferredLabel, altLabels: altLabelsWithPreferred(r.altLabels, preferredLabel), description: cleanText(r.description) };
  };

  const skills = (await read('skills_en.csv')).map((r) => ({
    ...identity(r.conceptUri),
    ...labels(r),
    hiddenLabels: splitLines(r.hiddenLabels),
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
        'The full ESCO v1.1.1 English classification (skills, skill groups, occupations, ISCO groups and their ' +
        'relations), adapted to the Tabiya model layout by careerkit. The model metadata is synthetic: ESCO ships no model_info.',
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

  return model;
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
