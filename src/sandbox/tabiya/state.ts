/** The Tabiya simulator's state, shared by its route modules: issued tokens and the lazily loaded catalog. */
import { FaultSwitch, seededRandom } from '../faults.js';
import type { SimulatorOptions } from '../simulator.js';
import type { TaxonomyDataset } from '../taxonomy-data.js';
import { Catalog } from './catalog.js';

export interface TabiyaSandboxOptions extends SimulatorOptions {
  apiKey: string;
  m2m: { clientId: string; clientSecret: string };
  /** The models' data, or a loader for it. Node default: the sample shipped in data/. */
  dataset?: TaxonomyDataset | (() => Promise<TaxonomyDataset>);
}

export interface IssuedToken {
  clientId: string;
  expiresAt: number;
}

export type TabiyaState = ReturnType<typeof createTabiyaState>;

export function createTabiyaState(options: TabiyaSandboxOptions) {
  const baseUrl = (options.baseUrl ?? 'http://localhost').replace(/\/$/, '');
  const now = options.now ?? Date.now;
  const faults = new FaultSwitch(seededRandom(options.seed ?? 1));
  const tokens = new Map<string, IssuedToken>();

  let catalogLoading: Promise<Catalog> | undefined;
  const catalog = (): Promise<Catalog> => {
    if (!catalogLoading) {
      const source = options.dataset ?? (() => import('../taxonomy-data.node.js').then((m) => m.loadSampleDataset()));
      catalogLoading = Promise.resolve(typeof source === 'function' ? source() : source).then((dataset) => new Catalog(dataset, `${baseUrl}/api`));
      // A failed load is retried by the next request rather than remembered.
      catalogLoading.catch(() => (catalogLoading = undefined));
    }
    return catalogLoading;
  };

  const reset = () => {
    faults.reset();
    tokens.clear();
  };

  return { options, baseUrl, now, faults, tokens, catalog, reset };
}
