export declare const CDN_ENTRIES: Record<string, string>;
export declare const META_DIR: string;
export declare function buildCdn(options?: { outdir?: string; minify?: boolean; metadir?: string }): Promise<void>;
export declare function buildServer(): Promise<void>;
