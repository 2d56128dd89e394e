/**
 * Why a code or a name landed where it did (or nowhere), as a code with parameters rather than text: the lookup runs
 * in workers and the CLI, and the interface renders the reasons in its own language (src/data/import/match-reason-text.ts).
 */
import type { AdcodeChange } from './adcode-change';
import type { LocalText } from '../indicators/dataset';

/** Every reason the county lookup and the row matcher give. */
export type MatchReasonCode =
  // codes (adcode-resolver)
  | 'not_a_code'
  | 'code_unresolved'
  | 'province_code'
  | 'prefecture_code'
  | 'development_zone'
  | 'city_districts_code'
  | 'code_not_listed'
  | 'territory_changed'
  // names (county-lookup)
  | 'matched_by_name'
  | 'matched_by_alias'
  | 'name_shared'
  | 'name_unknown'
  | 'name_unknown_in_province'
  | 'province_ignored'
  | 'prefecture_ignored'
  | 'outside_prefecture'
  // rows (match-row, table-processor)
  | 'matched_by_code'
  | 'code_changed'
  | 'code_unknown'
  | 'bad_code'
  | 'bad_code_no_name'
  | 'no_code_no_name'
  | 'aggregate_row'
  | 'code_name_conflict'
  | 'chosen_by_user'
  | 'header_row'
  | 'title_row'
  | 'repeated_header_row'
  | 'total_row'
  | 'note_row'
  | 'table_error';

/** One reason: its code, the values its text names, and for code changes the dated changes walked. */
export interface MatchReason {
  code: MatchReasonCode;
  params?: Record<string, string | number>;
  /** The changes a code was walked through (code_changed). */
  changes?: AdcodeChange[];
  /** A message that is already bilingual (table_error carries the table's ImportError message). */
  text?: LocalText;
}

/** Shorthand for a reason. */
export function reason(code: MatchReasonCode, params?: MatchReason['params']): MatchReason {
  return params ? { code, params } : { code };
}
