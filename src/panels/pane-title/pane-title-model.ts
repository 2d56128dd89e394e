/**
 * What a pane's compact title says: its number, the indicator, the year it shows, the dataset, and whether the
 * header timeline moves it. Pure, so the title text is tested without a browser.
 */
import type { LocalText } from '../../model/indicators/dataset';
import type { Lang } from '../../model/view/view-state';
import { pickText } from '../indicator/indicator-strings';
import { PANE_TITLE_STRINGS as S } from './pane-title-strings';

/** The parts of a pane title, each in the interface language. */
export interface PaneTitleParts {
  /** "窗格 2" / "Pane 2". */
  pane: string;
  /** The indicator's name, or "按省份着色" without an indicator. */
  indicator: string;
  /** "2016 年" / "2016" — a year is a label, never a formatted quantity; '' without an indicator. */
  year: string;
  /** The dataset's name; '' when unknown. */
  dataset: string;
  /** "随时间轴" when the header timeline moves this pane (several panes shown); '' otherwise. */
  follows: string;
  /** The whole title as one line (for the accessible name and tests). */
  text: string;
}

/** Input of `paneTitleParts`. */
export interface PaneTitleInput {
  lang: Lang;
  /** 0-based pane index. */
  pane: number;
  /** Indicator name; null = the pane colours by province. */
  indicator: LocalText | null;
  /** The year the pane shows (a single-year indicator's own year, whatever the pane's year). */
  year: number;
  dataset: LocalText | null;
  /** The header timeline moves this pane. */
  followsTimeline: boolean;
}

/** The title of a pane. */
export function paneTitleParts(input: PaneTitleInput): PaneTitleParts {
  const { lang } = input;
  const pane = pickText(lang, S.pane, { n: String(input.pane + 1) });
  const indicator = input.indicator ? pickText(lang, input.indicator) : pickText(lang, S.noIndicator);
  const year = input.indicator ? pickText(lang, S.yearOf, { year: String(input.year) }) : '';
  const dataset = input.indicator && input.dataset ? pickText(lang, input.dataset) : '';
  const follows = input.followsTimeline ? pickText(lang, S.follows) : '';
  const text = [pane, indicator, year, dataset].filter(Boolean).join(' · ');
  return { pane, indicator, year, dataset, follows, text };
}

/** Input of `paneYearChoices`. */
export interface PaneYearInput {
  /** 0-based pane index. */
  pane: number;
  /** Panes shown (1, 2 or 4). */
  paneCount: number;
  /** Every pane follows the header timeline. */
  timelineAll: boolean;
  /** The pane shows an indicator (not the province colours). */
  hasIndicator: boolean;
  /** The years of the pane's indicator, ascending. */
  years: readonly number[];
}

/**
 * The years a pane's own year control offers, or null when the pane has none: with several panes, every pane but
 * the timeline's lead (pane 1) gets one while the panes do not all follow the timeline, so a pane can keep its own
 * year (picking pane 1's year puts it back under the timeline); a single-year indicator has nothing to choose.
 */
export function paneYearChoices(input: PaneYearInput): readonly number[] | null {
  if (input.paneCount < 2 || input.pane === 0 || input.timelineAll || !input.hasIndicator) return null;
  return input.years.length > 1 ? input.years : null;
}
