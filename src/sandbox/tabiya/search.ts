/**
 * The upstream's text search as it runs when a model has no finished embeddings (its "regex" mode, see
 * docs/contracts/tabiya.md §7): the query is regex-escaped and matched case-insensitively as a substring of any chosen
 * field; for `altLabels`, any element may match. No ranking: results keep the input order (the API pages them
 * newest first). Exported so benchmarks can compare it with the partner endpoint's own index.
 */
import type { SkillRecord, TaxonomyModel } from '../taxonomy-data.js';

export type SearchField = 'preferredLabel' | 'description' | 'altLabels' | 'scopeNote';

export interface Searchable {
  preferredLabel: string;
  altLabels: string[];
  description: string;
  scopeNote?: string;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The items whose chosen fields contain `query` (case-insensitive), in input order. */
export function upstreamRegexSearch<T extends Searchable>(
  items: readonly T[],
  query: string,
  fields: readonly SearchField[] = ['preferredLabel'],
): T[] {
  const pattern = new RegExp(escapeRegExp(query), 'i');
  return items.filter((item) =>
    fields.some((field) => (field === 'altLabels' ? item.altLabels.some((label) => pattern.test(label)) : pattern.test(item[field] ?? ''))),
  );
}

/** Newest first, as the upstream sorts lists and regex results: createdAt, then id, descending. */
export function newestFirst<T extends { createdAt: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.createdAt === b.createdAt ? compare(b.id, a.id) : compare(b.createdAt, a.createdAt)));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What `GET /models/{id}/skills?query=…&searchFields=…` matches, in the order it returns them (all pages). */
export function searchSkillsUpstreamStyle(
  model: TaxonomyModel,
  query: string,
  fields: readonly SearchField[] = ['preferredLabel'],
): SkillRecord[] {
  return upstreamRegexSearch(newestFirst(model.skills), query, fields);
}
