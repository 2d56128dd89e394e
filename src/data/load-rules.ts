/**
 * Loads rules files (public/data/rules/*.json) through the one fetch helper and the rules schema. Pure of the
 * store: the hook that shares the rules with React calls it.
 */
import type { Rule } from '../model/rules/rule';
import { parseRuleFile } from '../model/rules/exit-check-rules';
import { fetchJson, type FetchJsonOptions } from './fetch-json';

/** Fetches and validates one rules file; rejects with a message naming the file (HTTP, JSON or schema). */
export function loadRuleFile(url: string, options?: FetchJsonOptions): Promise<Rule[]> {
  return fetchJson(url, parseRuleFile, options);
}
