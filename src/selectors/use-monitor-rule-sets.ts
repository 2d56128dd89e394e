/**
 * The rule sets monitoring evaluates (county exit, relapse watch; the village-exit examples for the rules list),
 * loaded once and shared by the derived dataset and the monitor tab. A failed file is a notice; the others stay.
 */
import { useEffect, useState } from 'react';
import { useAppStore } from '../store/app-store';
import { translate } from '../i18n/translate';
import type { RuleSet } from '../model/rules/rule-set';
import { loadRuleSetFile } from '../data/load-rule-sets';
import { publicUrl } from '../data/load-geometry';

/** The rule sets the derived dataset evaluates. */
export interface MonitorRuleSets {
  countyExit: RuleSet;
  relapse: RuleSet;
}

/** Rule-set files shipped in public/data/rules/, in the order the rules list shows them. */
export const RULE_SET_FILES = {
  countyExit: 'data/rules/county-exit.json',
  relapse: 'data/rules/relapse-monitoring.json',
  villageGuizhou: 'data/rules/village-exit-guizhou.json',
  villageGansu: 'data/rules/village-exit-gansu.json',
} as const;

const files = new Map<string, Promise<RuleSet>>();

function load(file: string): Promise<RuleSet> {
  let p = files.get(file);
  if (!p) {
    p = loadRuleSetFile(publicUrl(file), { file });
    p.catch((error: unknown) => {
      files.delete(file);
      const { noticeActions, view } = useAppStore.getState();
      noticeActions.push('warning', translate(view.lang, 'app.loadError', { detail: error instanceof Error ? error.message : String(error) }));
    });
    files.set(file, p);
  }
  return p;
}

/** Loads (once; again after a failure) the county-exit and relapse rule sets. */
export function loadMonitorRuleSets(): Promise<MonitorRuleSets> {
  return Promise.all([load(RULE_SET_FILES.countyExit), load(RULE_SET_FILES.relapse)]).then(([countyExit, relapse]) => ({ countyExit, relapse }));
}

/** Every shipped rule set that loaded (empty until then). */
export function useRuleSets(): readonly RuleSet[] {
  const [sets, setSets] = useState<readonly RuleSet[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all(Object.values(RULE_SET_FILES).map((f) => load(f).catch(() => null))).then((all) => {
      if (live) setSets(all.filter((s): s is RuleSet => s !== null));
    });
    return () => {
      live = false;
    };
  }, []);
  return sets;
}
