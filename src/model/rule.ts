/**
 * Rules as data: official thresholds with the dates they were in force and their sources, so exit checks and
 * later relapse-monitoring rules are versioned data, not code.
 */
import type { LocalText } from './dataset';

/** Macro-region of a county: the west is the 12 western provinces. */
export type Region = 'east' | 'central' | 'west';

/** One condition of a rule: indicator compared with a value, optionally limited to some regions. */
export interface RuleCondition {
  /** Indicator id (unqualified: rules apply to whichever dataset supplies that indicator). */
  indicator: string;
  op: '<' | '<=' | '>' | '>=';
  value: number;
  /** Regions the condition applies to; absent = all. */
  regions?: Region[];
}

/** A versioned rule, e.g. the county exit line for poverty incidence. */
export interface Rule {
  id: string;
  version: string;
  name: LocalText;
  /** ISO dates; `to` absent = still in force. */
  inForce: { from: string; to?: string };
  source: LocalText;
  /** All conditions that apply to a county must hold for it to pass. */
  conditions: RuleCondition[];
}
