/**
 * The official rules (thresholds as data, public/data/rules/*.json) the shipped datasets link from their
 * manifests' `extras`, loaded once and shared by the threshold classification and the county exit check.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../store/app-store';
import { translate } from '../i18n/translate';
import type { Rule } from '../model/rules/rule';
import type { DatasetEntry } from '../model/indicators/dataset-entry';
import { resolveDataUrl } from '../data/dataset-loader';
import { loadRuleFile } from '../data/load-rules';
import { publicUrl } from '../data/load-geometry';

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

const listeners = new Set<() => void>();
const EMPTY: readonly Rule[] = [];

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Starts loading (once per file) the rules of these datasets; every caller then sees one shared array. */
function ensureRules(datasets: readonly DatasetEntry[]): void {
  const urls = ruleFileUrls(datasets, (id) => publicUrl(`data/${id}/manifest.json`));
  if (urls.length === 0) return;
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
    const prev = loaded ?? EMPTY;
    if (prev.length === merged.length && prev.every((r, i) => r === merged[i])) return;
    loaded = merged;
    for (const l of listeners) l();
  });
}

/** Every rule the shipped datasets link (empty until loaded; a failed file is skipped); one array for all callers. */
export function useRules(): readonly Rule[] {
  const datasets = useAppStore((s) => s.data.datasets);
  useEffect(() => ensureRules(datasets), [datasets]);
  return useSyncExternalStore(subscribe, () => loaded ?? EMPTY);
}
