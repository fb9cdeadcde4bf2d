export type Engine = 'chromium' | 'firefox' | 'webkit';
export declare const FIREFOX: string;
export declare const WEBKIT_DRIVER: string;
export declare const WEBKIT_MINIBROWSER: string;
export declare const ENGINES: Engine[];
export declare function whyNotAvailable(engine: Engine): string | undefined;
export declare function selectedEngine(): Engine;
