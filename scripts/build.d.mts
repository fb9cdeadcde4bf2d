export declare const CDN_ENTRIES: Record<string, string>;
export declare function buildCdn(options?: { outdir?: string; minify?: boolean }): Promise<void>;
export declare function buildServer(): Promise<void>;
