export declare const BROWSER_LOCALE: string;
export declare const BROWSER_ENV: { LANG: string };
export declare const CHROMIUM_FLAGS: string[];
export declare let chromiumSource: 'CHROME_PATH' | 'system' | 'npm';
export declare function findSystemChromium(): string | undefined;
export declare function findChromium(): Promise<string | undefined>;
export declare function requireChromium(): Promise<string>;
