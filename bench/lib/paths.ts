import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH_DIR = fileURLToPath(new URL('../', import.meta.url));
export const CDN_DIR = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
export const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));
/** The full ESCO CSVs beside the repo (`../shared/...`; ESCO_DIR overrides); absent on some machines. */
export const ESCO_DIR = process.env.ESCO_DIR ?? fileURLToPath(new URL('../../../shared/data/taxonomy/esco-full/', import.meta.url));
