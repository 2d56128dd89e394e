/**
 * Start-up of the fund results and the risk register: once the sample dataset is registered, the small fund
 * manifest and rules are fetched and the derived `funds:*` dataset is registered (its columns, and the fund
 * table behind them, load only when first shown); the stored risk register is read from IndexedDB.
 */
import { useAppStore } from '../store/app-store';
import { publicUrl } from '../data/load-geometry';
import { fetchJson } from '../data/fetch-json';
import { parseFundManifest } from '../model/funds/fund-manifest';
import { loadFundShareRules } from '../data/load-funds';
import { findDataset } from '../model/indicators/dataset-entry';
import { FUND_RULES_PATH, FUNDS_MANIFEST_PATH, registerFundsDataset } from '../selectors/use-funds';
import { ensureRiskRegister } from '../selectors/risk-register-actions';
import { translate } from '../i18n/translate';

function whenSampleRegistered(): Promise<boolean> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const { data } = useAppStore.getState();
      if (findDataset(data.datasets, 'sample')) return (resolve(true), true);
      if (data.sampleStatus === 'error') return (resolve(false), true);
      return false;
    };
    if (check()) return;
    const stop = useAppStore.subscribe(() => {
      if (check()) stop();
    });
  });
}

/** Registers the derived fund dataset and loads the risk register; failures become notices, never a blank map. */
export async function bootFundsAndRisks(): Promise<void> {
  void ensureRiskRegister();
  // The two small files are fetched at once, beside the sample, so the derived dataset is registered as soon as the
  // sample is: well before the first map, when links naming a `funds:*` indicator are checked (dataset-boot.ts).
  const files = Promise.all([
    fetchJson(publicUrl(FUNDS_MANIFEST_PATH), parseFundManifest, { file: FUNDS_MANIFEST_PATH }),
    loadFundShareRules(publicUrl(FUND_RULES_PATH)),
  ]);
  files.catch(() => undefined);
  if (!(await whenSampleRegistered())) return;
  try {
    const [manifest, rules] = await files;
    // A table the user loaded meanwhile keeps its own manifest.
    const current = useAppStore.getState().fundsData.bundle;
    registerFundsDataset(current ?? { funds: { manifest }, rules });
  } catch (error) {
    const { noticeActions, view } = useAppStore.getState();
    noticeActions.push('warning', translate(view.lang, 'app.loadError', { detail: error instanceof Error ? error.message : String(error) }));
  }
}
