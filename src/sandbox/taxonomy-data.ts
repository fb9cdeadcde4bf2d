/**
 * The taxonomy data behind the Tabiya simulator: its types, the compact file format shipped in `data/taxonomy/`,
 * and browser-safe loaders. Node-only loaders (files, gzip, the full ESCO CSVs) are in `taxonomy-data.node.ts`.
 */
import type { ReuseLevel, SkillType } from '../types.js';
import { hashedObjectId, hashedUuid, isObjectId, uuidFromUri } from './tabiya/ids.js';

export type { ReuseLevel, SkillType };

export interface TaxonomyLocale {
  UUID: string;
  /** e.g. `EU-en` */
  shortCode: string;
  name: string;
}

/** A model's own metadata, as `GET /models` reports it (the simulator adds paths and process states). */
export interface TaxonomyModelInfo {
  id: string;
  UUID: string;
  /** Newest first; `UUIDHistory[0] === UUID`. Earlier UUIDs name the models this one was derived from. */
  UUIDHistory: string[];
  name: string;
  description: string;
  license: string;
  version: string;
  released: boolean;
  releaseNotes: string;
  locale: TaxonomyLocale;
  createdAt: string;
  updatedAt: string;
  /** True when the metadata was made up for the sandbox rather than taken from a model_info.csv. */
  synthetic: boolean;
}

interface TaxonomyEntity {
  /** 24 lowercase hex. */
  id: string;
  UUID: string;
  /** Newest first; the last element is the origin UUID. */
  UUIDHistory: string[];
  originUri: string;
  preferredLabel: string;
  altLabels: string[];
  description: string;
  /** ISO-8601; newest-first lists sort on it, then on `id`. */
  createdAt: string;
}

export interface SkillRecord extends TaxonomyEntity {
  /**
   * ESCO's hidden labels (misspellings, tool names, old terms: for search, never shown). Tabiya has none;
   * careerkit's simulator serves them as an extra field so an index can use them.
   */
  hiddenLabels: string[];
  skillType: SkillType;
  reuseLevel: ReuseLevel;
  definition: string;
  scopeNote: string;
  isLocalized: boolean;
}

export interface SkillGroupRecord extends TaxonomyEntity {
  /** `S1.2`, `T`, or '' for the ISCED-F knowledge groups. */
  code: string;
  scopeNote: string;
}

export type OccupationType = 'escooccupation' | 'localoccupation';
export type OccupationGroupType = 'iscogroup' | 'localgroup';

export interface OccupationRecord extends TaxonomyEntity {
  code: string;
  occupationGroupCode: string;
  occupationType: OccupationType;
  definition: string;
  scopeNote: string;
  regulatedProfessionNote: string;
  isLocalized: boolean;
}

export interface OccupationGroupRecord extends TaxonomyEntity {
  code: string;
  groupType: OccupationGroupType;
}

export type SkillNodeType = 'skill' | 'skillgroup';
export type OccupationNodeType = OccupationType | OccupationGroupType;

export interface HierarchyEdge<T extends string> {
  parentType: T;
  parentId: string;
  childType: T;
  childId: string;
}

export type RelationType = 'essential' | 'optional';

export interface SkillToSkillRelation {
  requiringId: string;
  requiredId: string;
  relationType: RelationType;
}

export interface OccupationToSkillRelation {
  occupationId: string;
  skillId: string;
  /** '' for local occupations, which use the signalling value instead. */
  relationType: RelationType | '';
  signallingValue: number | null;
  signallingValueLabel: 'low' | 'medium' | 'high' | '';
}

export interface TaxonomyModel {
  info: TaxonomyModelInfo;
  skills: SkillRecord[];
  skillGroups: SkillGroupRecord[];
  /** Skill-pillar edges: group→group, group→skill and skill→skill. */
  skillHierarchy: HierarchyEdge<SkillNodeType>[];
  skillRelations: SkillToSkillRelation[];
  occupations: OccupationRecord[];
  occupationGroups: OccupationGroupRecord[];
  occupationHierarchy: HierarchyEdge<OccupationNodeType>[];
  occupationSkills: OccupationToSkillRelation[];
}

/** Everything a Tabiya simulator serves: one or more models, plus the attribution their licences require. */
export interface TaxonomyDataset {
  models: TaxonomyModel[];
  /** Attribution lines to show wherever the data is presented. */
  attribution: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// The compact file format (`data/taxonomy/*.json.gz`).

export const COMPACT_TAXONOMY_FORMAT = 'careerkit-taxonomy/1';

type Compact<T extends TaxonomyEntity> = Pick<T, 'id' | 'UUID' | 'preferredLabel'> &
  Partial<Omit<T, 'id' | 'UUID' | 'preferredLabel' | 'createdAt'>>;

/** Entities leave out empty strings, empty lists, `false`, and a `UUIDHistory` that is just `[UUID]`. */
export type CompactSkill = Compact<SkillRecord>;
export type CompactSkillGroup = Compact<SkillGroupRecord>;
export type CompactOccupation = Compact<OccupationRecord>;
export type CompactOccupationGroup = Compact<OccupationGroupRecord>;
/** `[parentType, parentId, childType, childId]` */
export type CompactEdge<T extends string> = [T, string, T, string];
/** `[requiringId, requiredId, relationType]` */
export type CompactSkillRelation = [string, string, RelationType];
/** `[occupationId, skillId, relationType, signallingValue?, signallingValueLabel?]` */
export type CompactOccupationSkill = [string, string, RelationType | '', (number | null)?, ('low' | 'medium' | 'high' | '')?];

export interface CompactBaseModel {
  info: TaxonomyModelInfo;
  skills: CompactSkill[];
  skillGroups: CompactSkillGroup[];
  skillHierarchy: CompactEdge<SkillNodeType>[];
  skillRelations: CompactSkillRelation[];
  occupations: CompactOccupation[];
  occupationGroups: CompactOccupationGroup[];
  occupationHierarchy: CompactEdge<OccupationNodeType>[];
  occupationSkills: CompactOccupationSkill[];
}

/**
 * The same model written smaller (the full ESCO file): entities carry no `id`/`UUID` (both derive from
 * `originUri` and `idSeed`, as {@link uriIdentity} computes them), and every reference is a number: the entity's
 * position in `[...skills, ...skillGroups, ...occupations, ...occupationGroups]`. Occupation→skill relations are
 * grouped per occupation: `[occupation, essentialSkills, optionalSkills]`.
 */
export interface CompactIndexedModel {
  info: TaxonomyModelInfo;
  refs: 'index';
  idSeed: string;
  skills: Array<Omit<CompactSkill, 'id' | 'UUID'> & { originUri: string }>;
  skillGroups: Array<Omit<CompactSkillGroup, 'id' | 'UUID'> & { originUri: string }>;
  skillHierarchy: Array<[SkillNodeType, number, SkillNodeType, number]>;
  skillRelations: Array<[number, number, RelationType]>;
  occupations: Array<Omit<CompactOccupation, 'id' | 'UUID'> & { originUri: string }>;
  occupationGroups: Array<Omit<CompactOccupationGroup, 'id' | 'UUID'> & { originUri: string }>;
  occupationHierarchy: Array<[OccupationNodeType, number, OccupationNodeType, number]>;
  occupationSkills: Array<[number, number[], number[]]>;
}

/** The id and UUID an ESCO concept gets: a hash of its URI, and the UUID the URI ends in (else a hash). */
export function uriIdentity(idSeed: string, uri: string): { id: string; UUID: string } {
  return { id: hashedObjectId(idSeed + uri), UUID: uuidFromUri(uri) ?? hashedUuid(idSeed + uri) };
}

/** Turns an indexed model back into the plain compact form. */
export function expandIndexedModel(m: CompactIndexedModel): CompactBaseModel {
  const lists = [m.skills, m.skillGroups, m.occupations, m.occupationGroups];
  const ids: string[] = [];
  const withIds = lists.map((list) =>
    list.map((e) => {
      const identity = uriIdentity(m.idSeed, e.originUri);
      ids.push(identity.id);
      return { ...identity, ...e };
    }),
  );
  const at = (n: number, where: string): string => {
    const id = ids[n];
    if (id === undefined) throw new TaxonomyDataError(`model ${m.info.id}: ${where} refers to entity #${n}, which does not exist`);
    return id;
  };
  return {
    info: m.info,
    skills: withIds[0] as CompactSkill[],
    skillGroups: withIds[1] as CompactSkillGroup[],
    occupations: withIds[2] as CompactOccupation[],
    occupationGroups: withIds[3] as CompactOccupationGroup[],
    skillHierarchy: m.skillHierarchy.map(([pt, p, ct, c]) => [pt, at(p, 'skillHierarchy'), ct, at(c, 'skillHierarchy')]),
    skillRelations: m.skillRelations.map(([a, b, type]) => [at(a, 'skillRelations'), at(b, 'skillRelations'), type]),
    occupationHierarchy: m.occupationHierarchy.map(([pt, p, ct, c]) => [pt, at(p, 'occupationHierarchy'), ct, at(c, 'occupationHierarchy')]),
    occupationSkills: m.occupationSkills.flatMap(([o, essential, optional]) => {
      const occupation = at(o, 'occupationSkills');
      return [
        ...essential.map((s): CompactOccupationSkill => [occupation, at(s, 'occupationSkills'), 'essential']),
        ...optional.map((s): CompactOccupationSkill => [occupation, at(s, 'occupationSkills'), 'optional']),
      ];
    }),
  };
}

export interface LabelOverride {
  preferredLabel: string;
  altLabels?: string[];
  description?: string;
}

/**
 * A model copied from another one in the same file, with its own ids and UUIDs and some labels replaced
 * (used for the partial French model: the sample has no translated data).
 */
export interface CompactDerivedModel {
  info: TaxonomyModelInfo;
  /** The base model's id. */
  derivedFrom: string;
  /** Replacements keyed by the base entity's id. */
  labels: { skills: Record<string, LabelOverride>; skillGroups: Record<string, LabelOverride> };
}

export interface CompactTaxonomyFile {
  format: typeof COMPACT_TAXONOMY_FORMAT;
  attribution: string[];
  models: Array<CompactBaseModel | CompactIndexedModel | CompactDerivedModel>;
}

export class TaxonomyDataError extends Error {
  override name = 'TaxonomyDataError';
}

function checkId(id: unknown, where: string): string {
  if (typeof id !== 'string' || !isObjectId(id)) throw new TaxonomyDataError(`${where}: id must be 24 hex, got ${JSON.stringify(id)}`);
  return id;
}

/** createdAt of the n-th entity of an import: one millisecond apart, in file order. */
function importTime(baseIso: string, index: number): string {
  return new Date(Date.parse(baseIso) + index).toISOString();
}

function expandEntity<T extends TaxonomyEntity>(compact: Compact<T>, createdAt: string, where: string): TaxonomyEntity {
  checkId(compact.id, where);
  if (typeof compact.preferredLabel !== 'string') throw new TaxonomyDataError(`${where} ${compact.id}: preferredLabel missing`);
  return {
    id: compact.id,
    UUID: compact.UUID,
    UUIDHistory: compact.UUIDHistory ?? [compact.UUID],
    originUri: compact.originUri ?? '',
    preferredLabel: compact.preferredLabel,
    altLabels: compact.altLabels ?? [],
    description: compact.description ?? '',
    createdAt,
  };
}

function expandBaseModel(m: CompactBaseModel): TaxonomyModel {
  const at = m.info.createdAt;
  const list = <T>(value: T[] | undefined, name: string): T[] => {
    if (!Array.isArray(value)) throw new TaxonomyDataError(`model ${m.info.id}: ${name} must be an array`);
    return value;
  };
  return {
    info: m.info,
    skills: list(m.skills, 'skills').map((s, i) => ({
      ...expandEntity(s, importTime(at, i), 'skill'),
      hiddenLabels: s.hiddenLabels ?? [],
      skillType: s.skillType ?? '',
      reuseLevel: s.reuseLevel ?? '',
      definition: s.definition ?? '',
      scopeNote: s.scopeNote ?? '',
      isLocalized: s.isLocalized ?? false,
    })),
    skillGroups: list(m.skillGroups, 'skillGroups').map((g, i) => ({
      ...expandEntity(g, importTime(at, i), 'skill group'),
      code: g.code ?? '',
      scopeNote: g.scopeNote ?? '',
    })),
    skillHierarchy: list(m.skillHierarchy, 'skillHierarchy').map(([parentType, parentId, childType, childId]) => ({
      parentType,
      parentId,
      childType,
      childId,
    })),
    skillRelations: list(m.skillRelations, 'skillRelations').map(([requiringId, requiredId, relationType]) => ({
      requiringId,
      requiredId,
      relationType,
    })),
    occupations: list(m.occupations, 'occupations').map((o, i) => ({
      ...expandEntity(o, importTime(at, i), 'occupation'),
      code: o.code ?? '',
      occupationGroupCode: o.occupationGroupCode ?? '',
      occupationType: o.occupationType ?? 'escooccupation',
      definition: o.definition ?? '',
      scopeNote: o.scopeNote ?? '',
      regulatedProfessionNote: o.regulatedProfessionNote ?? '',
      isLocalized: o.isLocalized ?? false,
    })),
    occupationGroups: list(m.occupationGroups, 'occupationGroups').map((g, i) => ({
      ...expandEntity(g, importTime(at, i), 'occupation group'),
      code: g.code ?? '',
      groupType: g.groupType ?? 'iscogroup',
    })),
    occupationHierarchy: list(m.occupationHierarchy, 'occupationHierarchy').map(([parentType, parentId, childType, childId]) => ({
      parentType,
      parentId,
      childType,
      childId,
    })),
    occupationSkills: list(m.occupationSkills, 'occupationSkills').map(
      ([occupationId, skillId, relationType, signallingValue, signallingValueLabel]) => ({
        occupationId,
        skillId,
        relationType,
        signallingValue: signallingValue ?? null,
        signallingValueLabel: signallingValueLabel ?? '',
      }),
    ),
  };
}

/**
 * Copies `base` as a new model: ids keep their tail but take the new model's 8-hex time prefix, UUIDs are derived
 * from the base UUID (which stays in `UUIDHistory`), and labels are replaced where `labels` has a translation.
 */
export function deriveModel(base: TaxonomyModel, derived: Omit<CompactDerivedModel, 'derivedFrom'>, uuidFor: (baseUuid: string) => string): TaxonomyModel {
  const { info, labels } = derived;
  const prefix = info.id.slice(0, 8);
  const mapId = (id: string) => prefix + id.slice(8);
  const at = info.createdAt;
  const entity = <T extends TaxonomyEntity>(e: T, i: number, override?: LabelOverride): T => ({
    ...e,
    id: mapId(e.id),
    UUID: uuidFor(e.UUID),
    UUIDHistory: [uuidFor(e.UUID), ...e.UUIDHistory],
    createdAt: importTime(at, i),
    ...(override && {
      preferredLabel: override.preferredLabel,
      altLabels: override.altLabels ?? [override.preferredLabel],
      description: override.description ?? e.description,
    }),
  });
  const model: TaxonomyModel = {
    info,
    skills: base.skills.map((s, i) => entity(s, i, labels.skills[s.id])),
    skillGroups: base.skillGroups.map((g, i) => entity(g, i, labels.skillGroups[g.id])),
    skillHierarchy: base.skillHierarchy.map((e) => ({ ...e, parentId: mapId(e.parentId), childId: mapId(e.childId) })),
    skillRelations: base.skillRelations.map((r) => ({ ...r, requiringId: mapId(r.requiringId), requiredId: mapId(r.requiredId) })),
    occupations: base.occupations.map((o, i) => entity(o, i)),
    occupationGroups: base.occupationGroups.map((g, i) => entity(g, i)),
    occupationHierarchy: base.occupationHierarchy.map((e) => ({ ...e, parentId: mapId(e.parentId), childId: mapId(e.childId) })),
    occupationSkills: base.occupationSkills.map((r) => ({ ...r, occupationId: mapId(r.occupationId), skillId: mapId(r.skillId) })),
  };
  const ids = new Set<string>();
  for (const e of [...model.skills, ...model.skillGroups, ...model.occupations, ...model.occupationGroups]) {
    if (ids.has(e.id)) throw new TaxonomyDataError(`derived model ${info.id}: id ${e.id} is not unique`);
    ids.add(e.id);
  }
  return model;
}

/** Turns the parsed JSON of a compact taxonomy file into a dataset. Throws TaxonomyDataError on a bad file. */
export function parseDataset(json: unknown, uuidFor?: (baseUuid: string, modelId: string) => string): TaxonomyDataset {
  const file = json as Partial<CompactTaxonomyFile> | null;
  if (!file || typeof file !== 'object' || file.format !== COMPACT_TAXONOMY_FORMAT) {
    throw new TaxonomyDataError(`not a ${COMPACT_TAXONOMY_FORMAT} file`);
  }
  if (!Array.isArray(file.models)) throw new TaxonomyDataError('models must be an array');
  const derive = uuidFor ?? defaultDerivedUuid;
  const models: TaxonomyModel[] = [];
  for (const m of file.models) {
    checkId(m?.info?.id, 'model');
    if ('derivedFrom' in m) {
      const base = models.find((b) => b.info.id === m.derivedFrom);
      if (!base) throw new TaxonomyDataError(`model ${m.info.id}: base model ${m.derivedFrom} must come earlier in the file`);
      models.push(deriveModel(base, m, (uuid) => derive(uuid, m.info.id)));
    } else if ('refs' in m && m.refs === 'index') {
      models.push(expandBaseModel(expandIndexedModel(m)));
    } else {
      models.push(expandBaseModel(m as CompactBaseModel));
    }
  }
  return { models, attribution: Array.isArray(file.attribution) ? file.attribution : [] };
}

function defaultDerivedUuid(baseUuid: string, modelId: string): string {
  return hashedUuid(`${modelId}:${baseUuid}`);
}

/** Several datasets served side by side (e.g. the shipped sample plus the full ESCO model). */
export function combineDatasets(...datasets: TaxonomyDataset[]): TaxonomyDataset {
  const ids = new Set<string>();
  for (const m of datasets.flatMap((d) => d.models)) {
    if (ids.has(m.info.id)) throw new TaxonomyDataError(`model id ${m.info.id} appears twice`);
    ids.add(m.info.id);
  }
  return {
    models: datasets.flatMap((d) => d.models),
    attribution: [...new Set(datasets.flatMap((d) => d.attribution))],
  };
}

/** Gunzips when the bytes are gzip (a server may already have undone a Content-Encoding), then parses JSON. */
export async function decodeCompactBytes(bytes: Uint8Array): Promise<unknown> {
  let data = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    data = new Uint8Array(await new Response(stream).arrayBuffer());
  }
  try {
    return JSON.parse(new TextDecoder().decode(data));
  } catch (error) {
    throw new TaxonomyDataError(`taxonomy file is not valid JSON: ${(error as Error).message}`);
  }
}

/** Browser loader: fetches a `.json.gz` taxonomy file (e.g. for Storybook) and parses it. */
export async function loadDatasetFromUrl(url: string | URL, fetchImpl: typeof fetch = fetch): Promise<TaxonomyDataset> {
  const response = await fetchImpl(url);
  if (!response.ok) throw new TaxonomyDataError(`could not load taxonomy data from ${String(url)}: HTTP ${response.status}`);
  return parseDataset(await decodeCompactBytes(new Uint8Array(await response.arrayBuffer())));
}
