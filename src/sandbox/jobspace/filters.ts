/**
 * The sandbox's list filters (not in the upstream's docs): `filter[country]`, `filter[type]`, `filter[category]`
 * (a parent matches its children) and `q` (words in title, summary or organisation name, accent- and
 * case-insensitive), each a comma-separated list; and `meta.aggregations` (from the NEW docs) over the matches.
 */
import { CATEGORY_BY_ID, COUNTRY_BY_ID, ORGANISATION_BY_ID, TYPE_BY_ID, type JobRecord } from './records.js';
import type { Aggregations } from './shapes.js';

const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const searchText = new WeakMap<JobRecord, string>();
const searchTextOf = (job: JobRecord) => {
  let text = searchText.get(job);
  if (text === undefined) {
    text = fold(`${job.title} ${job.summary} ${ORGANISATION_BY_ID.get(job.organisationId)?.name ?? ''}`);
    searchText.set(job, text);
  }
  return text;
};

export interface JobFilters {
  country?: string;
  type?: string;
  category?: string;
  q?: string;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

export function filterJobs(all: JobRecord[], filters: JobFilters): JobRecord[] {
  const countries = list(filters.country);
  const types = list(filters.type);
  const categories = list(filters.category);
  const terms = fold(filters.q ?? '').split(/\s+/).filter(Boolean);
  const matchesRef = (wanted: string[], id: number, handle: string) => wanted.includes(String(id)) || wanted.includes(handle.toLowerCase());
  return all.filter((job) => {
    const country = COUNTRY_BY_ID.get(job.location.countryId)!;
    if (countries.length && !matchesRef(countries, country.id, country.iso)) return false;
    const type = TYPE_BY_ID.get(job.typeId)!;
    if (types.length && !matchesRef(types, type.id, type.handle)) return false;
    if (categories.length) {
      const category = CATEGORY_BY_ID.get(job.categoryId)!;
      const parent = CATEGORY_BY_ID.get(category.parentId ?? 1)!;
      if (!matchesRef(categories, category.id, category.handle) && !matchesRef(categories, parent.id, parent.handle)) return false;
    }
    if (terms.length) {
      const text = searchTextOf(job);
      if (!terms.every((t) => text.includes(t))) return false;
    }
    return true;
  });
}

/** Elasticsearch-style terms aggregations: lower-case keys, most frequent first. */
export function aggregate(matches: JobRecord[]): Aggregations {
  const count = (keyOf: (job: JobRecord) => string) => {
    const counts = new Map<string, number>();
    for (const job of matches) {
      const key = keyOf(job).toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts]
      .map(([key, doc_count]) => ({ key, doc_count }))
      .sort((a, b) => b.doc_count - a.doc_count || a.key.localeCompare(b.key));
  };
  return {
    'location.country.iso': count((j) => COUNTRY_BY_ID.get(j.location.countryId)!.iso),
    'category.parent.handle': count((j) => CATEGORY_BY_ID.get(CATEGORY_BY_ID.get(j.categoryId)!.parentId ?? 1)!.handle),
    'type.handle': count((j) => TYPE_BY_ID.get(j.typeId)!.handle),
  };
}
