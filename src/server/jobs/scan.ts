/**
 * The job scan and the filters the endpoint applies itself (the twin of `taxonomy/index-service.ts`): The Job
 * Space's documented list has no filters, so filtered lists are cut from every job, paged through upstream once
 * per TTL and kept in this process's memory, apart from the answer cache (cache churn cannot evict it, and a
 * large scan is never copied into a shared store).
 */
import type { Job } from '../../types.js';
import { normalizeText } from '../taxonomy/text.js';
import type { Trace } from '../upstream/http.js';
import type { JobspaceClient } from '../upstream/jobspace.js';

export interface ScannedJob {
  job: Job;
  categoryParent?: string;
}

export interface JobFilters {
  country?: string;
  type?: string;
  category?: string;
  q?: string;
}

/** Safety stop: at most this many pages of 100 (20,000 jobs). */
const MAX_PAGES = 200;

export class JobScanService {
  readonly #client: () => JobspaceClient;
  readonly #ttlMs: number;
  readonly #now: () => number;
  #jobs?: ScannedJob[];
  #scannedAt = 0;
  #scanning?: Promise<ScannedJob[]>;
  /** Bumped by `invalidate()`, so a scan started before a write cannot install its (older) result. */
  #generation = 0;

  constructor(options: { client: () => JobspaceClient; ttlSeconds: number; now: () => number }) {
    this.#client = options.client;
    this.#ttlMs = options.ttlSeconds * 1000;
    this.#now = options.now;
  }

  /** Every job (fresh within the TTL); one upstream scan however many requests wait for it. */
  jobs(trace: Trace): Promise<ScannedJob[]> {
    if (this.#jobs && this.#now() - this.#scannedAt < this.#ttlMs) return Promise.resolve(this.#jobs);
    if (this.#scanning) return this.#scanning;
    const generation = this.#generation;
    const scanning = this.#scan(trace)
      .then((jobs) => {
        if (generation === this.#generation && this.#ttlMs > 0) {
          this.#jobs = jobs;
          this.#scannedAt = this.#now();
        }
        return jobs;
      })
      .finally(() => {
        if (this.#scanning === scanning) this.#scanning = undefined;
      });
    this.#scanning = scanning;
    return scanning;
  }

  /** Forget the scan (after a job write, on reset). */
  invalidate(): void {
    this.#generation += 1;
    this.#jobs = undefined;
    this.#scanning = undefined;
  }

  async #scan(trace: Trace): Promise<ScannedJob[]> {
    const client = this.#client();
    const first = await client.listJobs(1, 100, trace);
    const rest = await Promise.all(
      Array.from({ length: Math.min(first.totalPages, MAX_PAGES) - 1 }, (_, i) => client.listJobs(i + 2, 100, trace)),
    );
    const seen = new Set<string>();
    const scanned: ScannedJob[] = [];
    for (const page of [first, ...rest]) {
      page.items.forEach((job, i) => {
        if (seen.has(job.id)) return;
        seen.add(job.id);
        const parent = page.categoryParents[i];
        scanned.push(parent ? { job, categoryParent: parent } : { job });
      });
    }
    return scanned;
  }
}

/** The words of a search, normalized (case, diacritics, punctuation): `"Nurse!"`, `"nurse#"`, `" NURSE "` → `["nurse"]`. */
export function searchWords(q: string | undefined): string[] {
  return q ? normalizeText(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean) : [];
}

/** The normalized search as one string (for cache keys and upstream queries), or undefined when it has no words. */
export function normalizedSearch(q: string | undefined): string | undefined {
  const words = searchWords(q);
  return words.length > 0 ? words.join(' ') : undefined;
}

/** The filters the endpoint applies itself: country id or ISO code, type id, category id (a parent matches its children), words. */
export function jobFilter(query: JobFilters): (scanned: ScannedJob) => boolean {
  const eq = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();
  const words = searchWords(query.q);
  return ({ job, categoryParent }: ScannedJob): boolean => {
    if (query.country && !(eq(job.location?.country?.id, query.country) || eq(job.location?.country?.code, query.country))) return false;
    if (query.type && !eq(job.type?.id, query.type)) return false;
    if (query.category && !(eq(job.category?.id, query.category) || eq(categoryParent, query.category))) return false;
    if (words.length) {
      const haystack = normalizeText([job.title, job.summary, job.reference, job.organisation?.name].filter(Boolean).join('\n'));
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  };
}
