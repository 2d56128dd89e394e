/**
 * The fund-flow data for React and for the derived dataset: the first ask (the fund tab opened, a `funds:*`
 * indicator shown) starts the one load of the shipped sample table and the industry-share rules; everyone shares
 * its promise. A user's own table replaces the bundle through `useFundsTable`'s companion `replaceFundTable`.
 */
import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import type { FundsBundle } from '../store/funds-slice';
import { translate } from '../i18n/translate';
import { publicUrl } from '../data/load-geometry';
import { loadFundShareRules, loadShippedFunds, manifestForImport, parseFundCsv } from '../data/load-funds';
import { createFundsDatasetEntry, FUNDS_DATASET_ID } from '../data/funds-dataset';
import { findDataset } from '../model/indicators/dataset-entry';

/** Where the shipped files are. */
export const FUNDS_MANIFEST_PATH = 'data/funds/manifest.json';
export const FUND_RULES_PATH = 'data/rules/fund-industry-share.json';

let pending: Promise<FundsBundle> | null = null;

/** Loads the sample fund table and rules once; a failed load may be retried by asking again. */
export function ensureFundsData(): Promise<FundsBundle> {
  const { fundsData } = useAppStore.getState();
  if (fundsData.bundle) return Promise.resolve(fundsData.bundle);
  if (pending) return pending;
  useAppStore.getState().fundsActions.setLoading();
  pending = Promise.all([loadShippedFunds(publicUrl(FUNDS_MANIFEST_PATH)), loadFundShareRules(publicUrl(FUND_RULES_PATH))]).then(
    ([funds, rules]) => {
      const bundle = { funds, rules };
      // A user's table loaded meanwhile wins.
      const current = useAppStore.getState().fundsData.bundle;
      if (current) return current;
      useAppStore.getState().fundsActions.setBundle(bundle);
      return bundle;
    },
    (error: unknown) => {
      pending = null;
      const message = error instanceof Error ? error.message : String(error);
      const { fundsActions, noticeActions, view } = useAppStore.getState();
      fundsActions.setError(message);
      noticeActions.push('error', translate(view.lang, 'app.loadError', { detail: message }));
      throw error;
    },
  );
  return pending;
}

/** Registers the derived `funds` dataset for the bundle's table over the sample dataset (no-op without the sample). */
export function registerFundsDataset(bundle: Pick<FundsBundle, 'rules'> & { funds: Pick<FundsBundle['funds'], 'manifest'> }): void {
  const { data, dataActions } = useAppStore.getState();
  const base = findDataset(data.datasets, 'sample');
  if (!base) return;
  dataActions.addDataset(
    createFundsDatasetEntry({
      fundManifest: bundle.funds.manifest,
      rules: bundle.rules,
      base,
      loadFunds: async () => (await ensureFundsData()).funds,
    }),
  );
}

/**
 * Puts a user's own long-table CSV on screen in place of the sample (validated whole first: a bad file throws and
 * the table on screen stays). The derived dataset is rebuilt over it, without the sample label.
 */
export async function replaceFundTable(text: string, fileName: string): Promise<{ rows: number }> {
  const table = parseFundCsv(text, fileName);
  if (table.rows.length === 0) throw new Error(`${fileName}: no rows`);
  const rules = useAppStore.getState().fundsData.bundle?.rules ?? (await ensureFundsData()).rules;
  const bundle: FundsBundle = { funds: { manifest: manifestForImport(fileName, table, new Date().toISOString()), table }, rules };
  useAppStore.getState().fundsActions.setBundle(bundle);
  if (findDataset(useAppStore.getState().data.datasets, FUNDS_DATASET_ID)) registerFundsDataset(bundle);
  return { rows: table.rows.length };
}

/** The fund bundle (null until loaded); `wanted` starts the load. */
export function useFundsBundle(wanted: boolean): FundsBundle | null {
  const bundle = useAppStore((s) => s.fundsData.bundle);
  useEffect(() => {
    if (wanted) ensureFundsData().catch(() => undefined);
  }, [wanted]);
  return bundle;
}
