/** The first-run hint's memory: dismissed once, it stays dismissed in this browser (localStorage, never the URL). */

/** localStorage key of the dismissal. */
export const REAL_DATA_HINT_KEY = 'tandem.realDataHint.dismissed';

/** The indicators the hint offers. */
export const HINT_EXIT_YEAR = 'poverty_counties:exit_year';
export const HINT_CENSUS = 'census2020:tap_water_dwelling';

/** The part of Storage the hint uses (injectable for tests; private mode may throw). */
export type HintStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Was the hint dismissed before? A storage that throws counts as not dismissed. */
export function hintDismissed(storage: HintStorage | undefined): boolean {
  try {
    return storage?.getItem(REAL_DATA_HINT_KEY) === '1';
  } catch {
    return false;
  }
}

/** Remembers the dismissal (silently kept for this session only where storage is unavailable). */
export function rememberHintDismissed(storage: HintStorage | undefined): void {
  try {
    storage?.setItem(REAL_DATA_HINT_KEY, '1');
  } catch {
    // Private mode or quota: the hint stays closed for this page's life.
  }
}
