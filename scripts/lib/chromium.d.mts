/** Paths tried in order after $CHROMIUM_PATH. */
export declare const CHROMIUM_CANDIDATES: string[];
/** The flags the browser tests and the benchmark start Chromium with. */
export declare const CHROMIUM_ARGS: string[];
/** How to get a browser, printed when none is found. */
export declare const CHROMIUM_HINT: string;
/** The first executable Chromium: $CHROMIUM_PATH, then the usual system paths; null when there is none. */
export declare function findChromium(env?: NodeJS.ProcessEnv): string | null;
