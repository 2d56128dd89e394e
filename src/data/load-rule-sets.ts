/** Loads rule-set files (public/data/rules/*.json, format tandem-rule-set) through the one fetch helper and schema. */
import { parseRuleSet, type RuleSet } from '../model/rules/rule-set';
import { fetchJson, type FetchJsonOptions } from './fetch-json';

/** Fetches and validates one rule-set file; rejects with a message naming the file (HTTP, JSON or schema). */
export function loadRuleSetFile(url: string, options?: FetchJsonOptions): Promise<RuleSet> {
  return fetchJson(url, parseRuleSet, options);
}
