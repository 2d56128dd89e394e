/**
 * The fund tab: year and province filters (the map selection narrows it further), the Sankey or its table, the
 * balance check, a node filter that the map follows, and the results per yuan with the spend-vs-outcome scatter.
 * A user's long table can replace the sample (validated whole: a bad file changes nothing).
 */
import { useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { setFunds } from '../../store/funds-view-updaters';
import { useFundsBundle } from '../../selectors/use-funds';
import { fitTargetPane } from '../../selectors/pane-registry';
import { ProvenanceBadge } from '../provenance/provenance-badge';
import { fundCounties, fundsFlow, fundYear, nodeName, placeLookup } from './funds-panel-model';
import { countiesThroughNode } from '../../model/funds/fund-flow-graph';
import { fundsText } from './funds-strings';
import { SankeyChart } from './sankey-chart';
import { FlowTable } from './flow-table';
import { FundsResults } from './funds-results';
import { FundTableImport } from './fund-table-import';
import './funds-panel.css';

/** The fund panel. */
export function FundsPanel() {
  const lang = useAppStore((s) => s.view.lang);
  const fv = useAppStore((s) => s.view.funds);
  const selection = useAppStore((s) => s.view.selection);
  const paneYear = useAppStore((s) => s.view.panes[0]?.year ?? 2023);
  const index = useAppStore((s) => s.geo.index);
  const status = useAppStore((s) => s.fundsData.status);
  const error = useAppStore((s) => s.fundsData.error);
  const apply = useAppStore((s) => s.viewActions.apply);
  const bundle = useFundsBundle(true);
  const [asTable, setAsTable] = useState(false);
  const t = (k: Parameters<typeof fundsText>[1], p?: Record<string, string | number>) => fundsText(lang, k, p);

  const placeOf = useMemo(() => (index ? placeLookup(index) : null), [index]);
  const counties = useMemo(() => (index ? fundCounties(fv, selection, index) : null), [fv, selection, index]);
  const year = bundle ? fundYear(fv, bundle.funds.table.years, paneYear) : null;
  const flow = useMemo(
    () => (bundle && placeOf && year !== null ? fundsFlow(bundle.funds.table.rows, year, counties, placeOf) : null),
    [bundle, placeOf, year, counties],
  );
  const nodeCounties = useMemo(
    () => (flow && placeOf && fv.node ? countiesThroughNode(flow.rows, flow.filter, fv.node, placeOf) : null),
    [flow, placeOf, fv.node],
  );

  if (!bundle || !index || !flow || year === null) {
    return (
      <section className="funds-panel" aria-label={t('title')}>
        <h2>{t('title')}</h2>
        <p className="funds-muted">{status === 'error' && error ? t('loadFailed', { detail: error }) : t('loading')}</p>
      </section>
    );
  }
  const pickedNode = fv.node ? flow.graph.nodes.find((n) => n.id === fv.node) : undefined;
  return (
    <section className="funds-panel" aria-label={t('title')} data-testid="funds-panel">
      <h2>
        {t('title')} {bundle.funds.manifest.kind === 'sample' && <ProvenanceBadge source={{ kind: 'sample' }} testId="funds-sample-badge" />}
      </h2>
      <div className="funds-controls">
        <label>
          {t('year')}{' '}
          <select data-testid="funds-year" value={fv.year ?? ''} onChange={(e) => apply((v) => setFunds(v, { year: e.target.value ? Number(e.target.value) : null }))}>
            <option value="">{t('yearFollow', { year })}</option>
            {bundle.funds.table.years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <label>
          {t('province')}{' '}
          <select
            data-testid="funds-province"
            value={fv.province ?? ''}
            onChange={(e) => {
              const code = e.target.value || null;
              apply((v) => setFunds(v, { province: code }));
              const province = index.provinces.find((p) => p.adcode === code);
              if (province) fitTargetPane(province.bbox, 8);
            }}
          >
            <option value="">{t('allProvinces')}</option>
            {index.provinces.map((p) => <option key={p.adcode} value={p.adcode}>{lang === 'en' ? p.pinyin : p.name}</option>)}
          </select>
        </label>
        <button type="button" data-testid="funds-view-toggle" onClick={() => setAsTable(!asTable)}>{asTable ? t('showChart') : t('showTable')}</button>
      </div>
      {selection.length > 0 && <p className="funds-muted">{t('selectionNote', { n: selection.length })}</p>}
      <p className="funds-muted" data-testid="funds-total">{t('total', { amount: (flow.graph.totalFen / 1_000_000).toFixed(2), rows: flow.graph.rowCount })}</p>
      {flow.graph.nodes.length === 0 ? (
        <p>{t('noRows')}</p>
      ) : asTable ? (
        <FlowTable flow={flow} lang={lang} index={index} />
      ) : (
        <SankeyChart flow={flow} lang={lang} index={index} selectedNode={fv.node} onPick={(id) => apply((v) => setFunds(v, { node: v.funds.node === id ? null : id }))} />
      )}
      {pickedNode && nodeCounties && (
        <p data-testid="funds-node-filter">
          {t('nodeFilter', { name: nodeName(pickedNode, year, lang, index), n: nodeCounties.size })}{' '}
          <button type="button" onClick={() => apply((v) => setFunds(v, { node: null }))}>{t('clearNode')}</button>
        </p>
      )}
      <FundsResults lang={lang} year={year} rows={flow.rows} rules={bundle.rules} outcome={fv.outcome} index={index} />
      <FundTableImport lang={lang} />
    </section>
  );
}
