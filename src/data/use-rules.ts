/**
 * The official rules (thresholds as data, public/data/rules/*.json) the shipped datasets link from their
 * manifests' `extras`, loaded once and shared by the threshold classification and the county exit check.
 */
import { useEffect, useState } from 'react';
import { useAppStore } from '../store/app-store';
import { translate } from '../i18n/translate';
import type { Rule } from '../model/rule';
import type { DatasetEntry } from '../store/data-slice';
import { resolveDataUrl } from './dataset-loader';
import { loadRuleFile } from './load-rules';
import { publicUrl } from './load-geometry';

const files = new Map<string, Promise<Rule[]>>();
let loaded: Rule[] | null = null;

/** URLs of the rules files linked by shipped datasets (resolved against their manifest's folder). */
export function ruleFileUrls(datasets: readonly DatasetEntry[], manifestUrlOf: (id: string) => string): string[] {
  const urls = new Set<string>();
  for (const d of datasets) {
    if (d.origin !== 'shipped') continue;
    for (const e of d.manifest.extras ?? []) if (e.kind === 'rules') urls.add(resolveDataUrl(manifestUrlOf(d.id), e.file));
  }
  return [...urls];
}

/** Every rule the shipped datasets link (empty until loaded; a failed file is skipped). */
export function useRules(): readonly Rule[] {
  const datasets = useAppStore((s) => s.data.datasets);
  const [rules, setRules] = useState<readonly Rule[]>(loaded ?? []);
  useEffect(() => {
    const urls = ruleFileUrls(datasets, (id) => publicUrl(`data/${id}/manifest.json`));
    if (urls.length === 0) return;
    let live = true;
    const all = urls.map((url) => {
      let p = files.get(url);
      if (!p) {
        p = loadRuleFile(url);
        p.catch((error: unknown) => {
          files.delete(url);
          // The rules already loaded stay; the bad file is named in a notice (once per attempt).
          const { noticeActions, view } = useAppStore.getState();
          noticeActions.push('warning', translate(view.lang, 'app.loadError', { detail: error instanceof Error ? error.message : String(error) }));
        });
        files.set(url, p);
      }
      return p.catch(() => [] as Rule[]);
    });
    void Promise.all(all).then((lists) => {
      const merged = lists.flat();
      loaded = merged;
      if (live) setRules((prev) => (prev.length === merged.length && prev.every((r, i) => r === merged[i]) ? prev : merged));
    });
    return () => {
      live = false;
    };
  }, [datasets]);
  return rules;
}
