/**
 * The simulator's read model: indexes over a TaxonomyDataset and the upstream's response shapes
 * (contracts/tabiya.md §5). Full objects embed their complete relation arrays, so they are built once and cached.
 */
import type {
  HierarchyEdge,
  OccupationGroupRecord,
  OccupationNodeType,
  OccupationRecord,
  OccupationToSkillRelation,
  SkillGroupRecord,
  SkillNodeType,
  SkillRecord,
  SkillToSkillRelation,
  TaxonomyDataset,
  TaxonomyModel,
} from '../taxonomy-data.js';
import { hashedObjectId } from './ids.js';
import { newestFirst } from './search.js';

type Json = Record<string, unknown>;

/** Full objects kept built (see Catalog.#cached). */
const MAX_CACHED_OBJECTS = 2000;

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
const descendingId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));

const originUUID = (history: string[]) => history[history.length - 1] ?? '';
const orNull = <T>(value: T | '' | undefined): T | null => (value === '' || value === undefined ? null : value);

/** One model's lookups. */
export class ModelCatalog {
  readonly id: string;
  readonly skills: Map<string, SkillRecord>;
  readonly skillGroups: Map<string, SkillGroupRecord>;
  readonly occupations: Map<string, OccupationRecord>;
  readonly occupationGroups: Map<string, OccupationGroupRecord>;
  /** List orders: skills and groups newest first; occupations by id descending (contracts/tabiya.md §2). */
  readonly skillList: SkillRecord[];
  readonly skillGroupList: SkillGroupRecord[];
  readonly occupationList: OccupationRecord[];
  readonly occupationGroupList: OccupationGroupRecord[];
  readonly skillParents: Map<string, HierarchyEdge<SkillNodeType>[]>;
  readonly skillChildren: Map<string, HierarchyEdge<SkillNodeType>[]>;
  readonly requires: Map<string, SkillToSkillRelation[]>;
  readonly requiredBy: Map<string, SkillToSkillRelation[]>;
  /** Every skill-to-skill relation touching a skill, with its own id (the `/related` cursor runs on it). */
  readonly related: Map<string, Array<SkillToSkillRelation & { relationId: string }>>;
  readonly occupationsOfSkill: Map<string, OccupationToSkillRelation[]>;
  readonly skillsOfOccupation: Map<string, OccupationToSkillRelation[]>;
  readonly occupationParent: Map<string, HierarchyEdge<OccupationNodeType>>;
  readonly occupationChildren: Map<string, HierarchyEdge<OccupationNodeType>[]>;

  constructor(readonly model: TaxonomyModel) {
    this.id = model.info.id;
    this.skills = byId(model.skills);
    this.skillGroups = byId(model.skillGroups);
    this.occupations = byId(model.occupations);
    this.occupationGroups = byId(model.occupationGroups);
    this.skillList = newestFirst(model.skills);
    this.skillGroupList = newestFirst(model.skillGroups);
    this.occupationList = descendingId(model.occupations);
    this.occupationGroupList = newestFirst(model.occupationGroups);
    this.skillParents = group(model.skillHierarchy, (e) => e.childId);
    this.skillChildren = group(model.skillHierarchy, (e) => e.parentId);
    this.requires = group(model.skillRelations, (r) => r.requiringId);
    this.requiredBy = group(model.skillRelations, (r) => r.requiredId);
    const withIds = model.skillRelations.map((r, i) => ({ ...r, relationId: hashedObjectId(`${this.id}:skill-relation:${i}`) }));
    this.related = new Map();
    for (const r of withIds) {
      for (const skillId of new Set([r.requiringId, r.requiredId])) {
        const list = this.related.get(skillId) ?? [];
        list.push(r);
        this.related.set(skillId, list);
      }
    }
    this.occupationsOfSkill = group(model.occupationSkills, (r) => r.skillId);
    this.skillsOfOccupation = group(model.occupationSkills, (r) => r.occupationId);
    this.occupationParent = new Map(model.occupationHierarchy.map((e) => [e.childId, e]));
    this.occupationChildren = group(model.occupationHierarchy, (e) => e.parentId);
  }

  /** Skill groups without a skill-group parent (`?root=true`). */
  rootSkillGroups(): SkillGroupRecord[] {
    return this.skillGroupList.filter((g) => !(this.skillParents.get(g.id) ?? []).some((e) => e.parentType === 'skillgroup'));
  }

  rootOccupationGroups(): OccupationGroupRecord[] {
    return this.occupationGroupList.filter((g) => !this.occupationParent.has(g.id));
  }

  occupationNode(id: string): OccupationRecord | OccupationGroupRecord | undefined {
    return this.occupations.get(id) ?? this.occupationGroups.get(id);
  }
}

export type EntityKind = 'skill' | 'skillGroup' | 'occupation' | 'occupationGroup';
type AnyRecord = SkillRecord | SkillGroupRecord | OccupationRecord | OccupationGroupRecord;

/** All models, plus the global by-id and by-UUID lookups (the upstream's by-id routes ignore the model). */
export class Catalog {
  readonly models: ModelCatalog[];
  readonly #byModelId: Map<string, ModelCatalog>;
  readonly #entities = new Map<string, { kind: EntityKind; catalog: ModelCatalog; record: AnyRecord }>();
  readonly #byUuid = new Map<string, { kind: EntityKind; catalog: ModelCatalog; record: AnyRecord }>();
  readonly #cache = new Map<string, Json>();

  constructor(
    readonly dataset: TaxonomyDataset,
    /** `https://<host>/api`: upstream paths carry neither `/app` nor `/partner`. */
    readonly resourcesBaseUrl: string,
  ) {
    this.models = dataset.models.map((m) => new ModelCatalog(m));
    this.#byModelId = new Map(this.models.map((m) => [m.id, m]));
    for (const catalog of this.models) {
      const add = (kind: EntityKind, records: readonly AnyRecord[]) => {
        for (const record of records) {
          const entry = { kind, catalog, record };
          this.#entities.set(record.id, entry);
          this.#byUuid.set(record.UUID, entry);
        }
      };
      add('skill', catalog.model.skills);
      add('skillGroup', catalog.model.skillGroups);
      add('occupation', catalog.model.occupations);
      add('occupationGroup', catalog.model.occupationGroups);
    }
  }

  model(id: string): ModelCatalog | undefined {
    return this.#byModelId.get(id);
  }

  /** Any model's entity of this kind (the upstream looks up by `_id` only). */
  find<K extends EntityKind>(kind: K, id: string): { catalog: ModelCatalog; record: RecordOf<K> } | undefined {
    const entry = this.#entities.get(id);
    return entry && entry.kind === kind ? { catalog: entry.catalog, record: entry.record as RecordOf<K> } : undefined;
  }

  findByUuid(uuid: string) {
    return this.#byUuid.get(uuid);
  }

  #path(modelId: string, collection: string, idOrUuid: string) {
    return `${this.resourcesBaseUrl}/models/${modelId}/${collection}/${idOrUuid}`;
  }

  #identity(catalog: ModelCatalog, collection: string, r: AnyRecord): Json {
    return {
      id: r.id,
      UUID: r.UUID,
      UUIDHistory: r.UUIDHistory,
      originUUID: originUUID(r.UUIDHistory),
      path: this.#path(catalog.id, collection, r.id),
      tabiyaPath: this.#path(catalog.id, collection, r.UUID),
    };
  }

  #cached(key: string, build: () => Json): Json {
    let value = this.#cache.get(key);
    if (!value) {
      value = build();
      // Bounded: full ESCO's skill objects embed every relation (~40 MB for all 13,896); oldest built leave first.
      if (this.#cache.size >= MAX_CACHED_OBJECTS) this.#cache.delete(this.#cache.keys().next().value!);
      this.#cache.set(key, value);
    }
    return value;
  }

  modelInfo(catalog: ModelCatalog): Json {
    const info = catalog.model.info;
    return {
      id: info.id,
      UUID: info.UUID,
      path: `${this.resourcesBaseUrl}/models/${info.id}`,
      tabiyaPath: `${this.resourcesBaseUrl}/models/${info.UUID}`,
      name: info.name,
      description: info.description,
      license: info.license,
      version: info.version,
      released: info.released,
      releaseNotes: info.releaseNotes,
      locale: info.locale,
      modelHistory: info.UUIDHistory.map((uuid) => {
        const known = this.models.find((m) => m.model.info.UUID === uuid)?.model.info;
        return known
          ? { id: known.id, UUID: uuid, name: known.name, version: known.version, localeShortCode: known.locale.shortCode }
          : { id: null, UUID: uuid, name: null, version: null, localeShortCode: null };
      }),
      importProcessState: {
        id: hashedObjectId(`${info.id}:import`),
        status: 'completed',
        result: { errored: false, parsingErrors: false, parsingWarnings: false },
        createdAt: info.createdAt,
        updatedAt: info.createdAt,
      },
      exportProcessState: [],
      embeddingProcessState: [],
      createdAt: info.createdAt,
      updatedAt: info.updatedAt,
    };
  }

  skill(catalog: ModelCatalog, s: SkillRecord): Json {
    return this.#cached(s.id, () => ({
      ...this.#identity(catalog, 'skills', s),
      preferredLabel: s.preferredLabel,
      originUri: s.originUri,
      altLabels: s.altLabels,
      definition: s.definition,
      description: s.description,
      scopeNote: s.scopeNote,
      skillType: s.skillType,
      reuseLevel: s.reuseLevel,
      isLocalized: s.isLocalized,
      modelId: catalog.id,
      parents: (catalog.skillParents.get(s.id) ?? []).flatMap((e) => {
        if (e.parentType === 'skillgroup') {
          const g = catalog.skillGroups.get(e.parentId);
          return g ? [{ id: g.id, UUID: g.UUID, preferredLabel: g.preferredLabel, objectType: 'skillgroup', code: g.code }] : [];
        }
        const p = catalog.skills.get(e.parentId);
        return p ? [{ id: p.id, UUID: p.UUID, preferredLabel: p.preferredLabel, objectType: 'skill' }] : [];
      }),
      children: this.#skillNodeChildren(catalog, s.id),
      requiresSkills: (catalog.requires.get(s.id) ?? []).flatMap((r) => this.#skillRelationRef(catalog, r.requiredId, r.relationType)),
      requiredBySkills: (catalog.requiredBy.get(s.id) ?? []).flatMap((r) => this.#skillRelationRef(catalog, r.requiringId, r.relationType)),
      requiredByOccupations: (catalog.occupationsOfSkill.get(s.id) ?? []).flatMap((r) => {
        const o = catalog.occupations.get(r.occupationId);
        return o
          ? [
              {
                id: o.id,
                UUID: o.UUID,
                preferredLabel: o.preferredLabel,
                isLocalized: o.isLocalized,
                objectType: o.occupationType,
                ...relationFields(r),
              },
            ]
          : [];
      }),
      createdAt: s.createdAt,
      updatedAt: s.createdAt,
    }));
  }

  #skillNodeChildren(catalog: ModelCatalog, parentId: string): Json[] {
    return (catalog.skillChildren.get(parentId) ?? []).flatMap((e): Json[] => {
      if (e.childType === 'skill') {
        const c = catalog.skills.get(e.childId);
        return c ? [{ id: c.id, UUID: c.UUID, preferredLabel: c.preferredLabel, objectType: 'skill', isLocalized: c.isLocalized }] : [];
      }
      const g = catalog.skillGroups.get(e.childId);
      return g ? [{ id: g.id, UUID: g.UUID, preferredLabel: g.preferredLabel, objectType: 'skillgroup', code: g.code }] : [];
    });
  }

  #skillRelationRef(catalog: ModelCatalog, id: string, relationType: string): Json[] {
    const s = catalog.skills.get(id);
    return s ? [{ id: s.id, UUID: s.UUID, preferredLabel: s.preferredLabel, isLocalized: s.isLocalized, objectType: 'skill', relationType }] : [];
  }

  skillGroup(catalog: ModelCatalog, g: SkillGroupRecord): Json {
    return this.#cached(g.id, () => ({
      ...this.#identity(catalog, 'skillGroups', g),
      originUri: g.originUri,
      code: g.code,
      preferredLabel: g.preferredLabel,
      altLabels: g.altLabels,
      description: g.description,
      scopeNote: g.scopeNote,
      parents: (catalog.skillParents.get(g.id) ?? []).flatMap((e) => {
        const p = e.parentType === 'skillgroup' ? catalog.skillGroups.get(e.parentId) : undefined;
        return p ? [{ id: p.id, UUID: p.UUID, code: p.code, preferredLabel: p.preferredLabel, objectType: 'skillgroup' }] : [];
      }),
      children: this.#skillNodeChildren(catalog, g.id),
      modelId: catalog.id,
      createdAt: g.createdAt,
      updatedAt: g.createdAt,
    }));
  }

  /** The flattened child shape both group `children` routes share: no relation arrays, plus `parentId`. */
  #flatChild(catalog: ModelCatalog, collection: string, parentId: string, child: AnyRecord, objectType: string, extra: Json): Json {
    return {
      id: child.id,
      parentId,
      UUID: child.UUID,
      originUUID: originUUID(child.UUIDHistory),
      path: this.#path(catalog.id, collection, child.id),
      tabiyaPath: this.#path(catalog.id, collection, child.UUID),
      UUIDHistory: child.UUIDHistory,
      originUri: child.originUri,
      description: child.description,
      preferredLabel: child.preferredLabel,
      altLabels: child.altLabels,
      objectType,
      ...extra,
      modelId: catalog.id,
      createdAt: child.createdAt,
      updatedAt: child.createdAt,
    };
  }

  /** `/skillGroups/{id}/children` items: groups carry `code`, skills `isLocalized` (and no skillType). */
  skillGroupChild(catalog: ModelCatalog, parentId: string, child: SkillRecord | SkillGroupRecord): Json {
    return 'code' in child
      ? this.#flatChild(catalog, 'skillGroups', parentId, child, 'skillgroup', { code: child.code })
      : this.#flatChild(catalog, 'skills', parentId, child, 'skill', { isLocalized: child.isLocalized });
  }

  occupation(catalog: ModelCatalog, o: OccupationRecord): Json {
    return this.#cached(o.id, () => {
      const parentEdge = catalog.occupationParent.get(o.id);
      const parent = parentEdge && catalog.occupationNode(parentEdge.parentId);
      return {
        ...this.#identity(catalog, 'occupations', o),
        code: o.code,
        occupationGroupCode: o.occupationGroupCode,
        preferredLabel: o.preferredLabel,
        originUri: o.originUri,
        altLabels: o.altLabels,
        definition: o.definition,
        description: o.description,
        regulatedProfessionNote: o.regulatedProfessionNote,
        scopeNote: o.scopeNote,
        occupationType: o.occupationType,
        modelId: catalog.id,
        isLocalized: o.isLocalized,
        parent: parent && parentEdge ? occupationNodeRef(parent, parentEdge.parentType) : null,
        children: (catalog.occupationChildren.get(o.id) ?? []).flatMap((e) => {
          const c = catalog.occupations.get(e.childId);
          return c ? [occupationNodeRef(c, e.childType)] : [];
        }),
        requiresSkills: (catalog.skillsOfOccupation.get(o.id) ?? []).flatMap((r) => {
          const s = catalog.skills.get(r.skillId);
          return s
            ? [{ id: s.id, UUID: s.UUID, preferredLabel: s.preferredLabel, isLocalized: s.isLocalized, objectType: 'skill', ...relationFields(r) }]
            : [];
        }),
        createdAt: o.createdAt,
        updatedAt: o.createdAt,
      };
    });
  }

  occupationGroup(catalog: ModelCatalog, g: OccupationGroupRecord): Json {
    return this.#cached(g.id, () => {
      const parentEdge = catalog.occupationParent.get(g.id);
      const parent = parentEdge && catalog.occupationGroups.get(parentEdge.parentId);
      return {
        ...this.#identity(catalog, 'occupationGroups', g),
        originUri: g.originUri,
        code: g.code,
        groupType: g.groupType,
        preferredLabel: g.preferredLabel,
        altLabels: g.altLabels,
        description: g.description,
        parent: parent ? { id: parent.id, UUID: parent.UUID, code: parent.code, preferredLabel: parent.preferredLabel, objectType: parent.groupType } : null,
        children: (catalog.occupationChildren.get(g.id) ?? []).flatMap((e) => {
          const c = catalog.occupationNode(e.childId);
          return c ? [{ id: c.id, UUID: c.UUID, code: c.code, preferredLabel: c.preferredLabel, objectType: e.childType }] : [];
        }),
        modelId: catalog.id,
        createdAt: g.createdAt,
        updatedAt: g.createdAt,
      };
    });
  }

  /** `/occupationGroups/{id}/children` items. */
  occupationGroupChild(catalog: ModelCatalog, parentId: string, child: OccupationRecord | OccupationGroupRecord, objectType: OccupationNodeType): Json {
    const collection = 'groupType' in child ? 'occupationGroups' : 'occupations';
    return this.#flatChild(catalog, collection, parentId, child, objectType, { code: child.code });
  }

  /** A history list: the entity's UUIDHistory resolved to entities and their models, newest first, once per model. */
  history(kind: EntityKind, record: AnyRecord): Json[] {
    const seen = new Set<string>();
    const items: Json[] = [];
    for (const uuid of record.UUIDHistory) {
      const entry = this.findByUuid(uuid);
      if (!entry || entry.kind !== kind || seen.has(entry.catalog.id)) continue;
      seen.add(entry.catalog.id);
      const r = entry.record;
      const info = entry.catalog.model.info;
      items.push({
        ...historyReference(kind, r),
        model: { id: info.id, UUID: info.UUID, name: info.name, version: info.version, localeShortCode: info.locale.shortCode },
      });
    }
    return items;
  }
}

type RecordOf<K extends EntityKind> = K extends 'skill'
  ? SkillRecord
  : K extends 'skillGroup'
    ? SkillGroupRecord
    : K extends 'occupation'
      ? OccupationRecord
      : OccupationGroupRecord;

/** An occupation-to-skill link's fields: ESCO occupations fill relationType, local ones the signalling value. */
export function relationFields(r: OccupationToSkillRelation): Json {
  return {
    relationType: orNull(r.relationType),
    signallingValue: r.signallingValue,
    signallingValueLabel: orNull(r.signallingValueLabel),
  };
}

function occupationNodeRef(node: OccupationRecord | OccupationGroupRecord, objectType: OccupationNodeType): Json {
  return {
    id: node.id,
    UUID: node.UUID,
    code: node.code,
    occupationGroupCode: 'occupationGroupCode' in node ? node.occupationGroupCode : node.code,
    preferredLabel: node.preferredLabel,
    objectType,
  };
}

function historyReference(kind: EntityKind, r: AnyRecord): Json {
  const base = { id: r.id, UUID: r.UUID, preferredLabel: r.preferredLabel };
  if (kind === 'skill') return { ...base, isLocalized: (r as SkillRecord).isLocalized, objectType: 'skill' };
  if (kind === 'skillGroup') return { ...base, code: (r as SkillGroupRecord).code, objectType: 'skillgroup' };
  if (kind === 'occupation') {
    const o = r as OccupationRecord;
    return { ...base, code: o.code, occupationGroupCode: o.occupationGroupCode, occupationType: o.occupationType, isLocalized: o.isLocalized, objectType: o.occupationType };
  }
  const g = r as OccupationGroupRecord;
  return { ...base, code: g.code, objectType: g.groupType };
}
