/** The table view of the Sankey: every link with its amount, and every node's inflow and outflow to the fen. */
import type { CountyIndexJson } from '../../model/geo/county';
import type { Lang } from '../../model/view/view-state';
import { formatFenAsYuan } from '../../model/funds/fund-table';
import { fenToWanText, nodeName, type FundsFlow } from './funds-panel-model';
import { fundsText } from './funds-strings';

/** Props: the flow and names. */
export interface FlowTableProps {
  flow: FundsFlow;
  lang: Lang;
  index: CountyIndexJson | null;
}

/** Node balances, then links. */
export function FlowTable({ flow, lang, index }: FlowTableProps) {
  const { graph, imbalances } = flow;
  const t = (k: Parameters<typeof fundsText>[1]) => fundsText(lang, k);
  const bad = new Set(imbalances.map((i) => i.nodeId));
  const inFen = new Map<string, number>();
  const outFen = new Map<string, number>();
  for (const l of graph.links) {
    outFen.set(l.source, (outFen.get(l.source) ?? 0) + l.valueFen);
    inFen.set(l.target, (inFen.get(l.target) ?? 0) + l.valueFen);
  }
  const name = (id: string) => {
    const n = graph.nodes.find((x) => x.id === id);
    return n ? nodeName(n, graph.year, lang, index) : id;
  };
  return (
    <div className="funds-table" data-testid="funds-table">
      <table>
        <caption>{t('colBalance')}</caption>
        <thead>
          <tr><th>{t('colNode')}</th><th>{t('colIn')}</th><th>{t('colOut')}</th><th>{t('colBalance')}</th></tr>
        </thead>
        <tbody>
          {graph.nodes.map((n) => (
            <tr key={n.id} data-node={n.id}>
              <td>{name(n.id)}</td>
              <td>{n.kind === 'source' ? t('sourceEnd') : formatFenAsYuan(inFen.get(n.id) ?? 0)}</td>
              <td>{n.kind === 'place' ? t('placeEnd') : formatFenAsYuan(outFen.get(n.id) ?? 0)}</td>
              <td>{bad.has(n.id) ? t('notOk') : t('ok')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr><th>{t('colFrom')}</th><th>{t('colTo')}</th><th>{t('colAmount')}</th></tr>
        </thead>
        <tbody>
          {graph.links.map((l) => (
            <tr key={`${l.source}>${l.target}`}>
              <td>{name(l.source)}</td>
              <td>{name(l.target)}</td>
              <td>{fenToWanText(l.valueFen, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
