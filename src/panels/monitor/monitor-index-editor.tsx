/** The risk index's settings: each dimension's cutoff and weight (with its normalised share), and k. */
import type { MonitorView } from '../../model/monitoring/monitor-view';
import { DIMENSION_NAMES, createDefaultMonitorView, setDimension } from '../../model/monitoring/monitor-view';
import type { Lang } from '../../model/view/view-state';
import { formatNumber } from '../../i18n/translate';
import { pickText } from '../indicator/indicator-strings';
import { monitorText } from './monitor-strings';

/** Props of the index editor. */
export interface MonitorIndexEditorProps {
  lang: Lang;
  view: MonitorView;
  onChange: (view: MonitorView) => void;
}

/** A finite number typed in an input, or null (then nothing changes: what the user had stays). */
function typed(raw: string): number | null {
  if (raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/** The editor table. */
export function MonitorIndexEditor({ lang, view, onChange }: MonitorIndexEditorProps) {
  const total = view.dims.reduce((s, d) => s + d.weight, 0);
  const t = (key: Parameters<typeof monitorText>[1], params?: Record<string, string | number>) => monitorText(lang, key, params);
  const dimensionName = (id: string): string => (DIMENSION_NAMES[id] ? pickText(lang, DIMENSION_NAMES[id]!) : id);
  return (
    <div className="monitor-index">
      <table className="monitor-table">
        <thead>
          <tr><th>{t('dimension')}</th><th>{t('cutoff')}</th><th>{t('weight')}</th><th>{t('share')}</th></tr>
        </thead>
        <tbody>
          {view.dims.map((d) => (
            <tr key={d.id} data-dimension={d.id}>
              <th scope="row">{dimensionName(d.id)}</th>
              <td>
                <span className="monitor-op">{d.op}</span>
                <input
                  type="number" step="any" value={d.cutoff} aria-label={`${t('cutoff')} ${dimensionName(d.id)}`} data-testid={`monitor-cutoff-${d.id}`}
                  onChange={(e) => {
                    const n = typed(e.target.value);
                    if (n !== null) onChange(setDimension(view, d.id, { cutoff: n }));
                  }}
                />
              </td>
              <td>
                <input
                  type="number" min={0} max={100} step="any" value={d.weight} aria-label={`${t('weight')} ${dimensionName(d.id)}`} data-testid={`monitor-weight-${d.id}`}
                  onChange={(e) => {
                    const n = typed(e.target.value);
                    // At least one weight stays above 0: the index needs a dimension.
                    if (n !== null && n >= 0 && n <= 100 && total - d.weight + n > 0) onChange(setDimension(view, d.id, { weight: n }));
                  }}
                />
              </td>
              <td className="monitor-num">{total > 0 ? `${formatNumber(lang, (100 * d.weight) / total, 0)}%` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="monitor-k">
        {t('k')}
        <input
          type="number" min={0.01} max={1} step={0.01} value={Math.round(view.k * 1000) / 1000} data-testid="monitor-k"
          onChange={(e) => {
            const n = typed(e.target.value);
            if (n !== null && n > 0 && n <= 1) onChange({ ...view, k: n });
          }}
        />
      </label>
      <button type="button" onClick={() => onChange(createDefaultMonitorView())}>{t('reset')}</button>
    </div>
  );
}
