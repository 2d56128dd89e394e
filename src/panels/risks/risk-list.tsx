/** The register's entries, most severe live ones first; every user text is rendered as text (React escapes it). */
import type { CountyIndexJson } from '../../model/geo/county';
import type { Lang } from '../../model/view/view-state';
import { isRiskOverdue, LIVE_RISK_STATUSES, type RiskCategory, type RiskEntry } from '../../model/risks/risk-entry';
import { pickText, RISK_NAMES, risksText } from './risks-strings';

/** Props: the entries, names, today and the row actions. */
export interface RiskListProps {
  lang: Lang;
  entries: readonly RiskEntry[];
  categories: readonly RiskCategory[];
  index: CountyIndexJson | null;
  today: string;
  onEdit: (id: string) => void;
  onDelete: (entry: RiskEntry) => void;
}

/** Live entries first, then by level (high first), then by due date. */
export function sortRiskEntries(entries: readonly RiskEntry[]): RiskEntry[] {
  const live = (e: RiskEntry) => (LIVE_RISK_STATUSES.includes(e.status) ? 0 : 1);
  return [...entries].sort((a, b) => live(a) - live(b) || b.level - a.level || (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.id.localeCompare(b.id));
}

/** The list. */
export function RiskList({ lang, entries, categories, index, today, onEdit, onDelete }: RiskListProps) {
  const names = new Map(index?.counties.map((c) => [c.adcode, lang === 'en' ? c.pinyin : c.name]) ?? []);
  const categoryName = (id: string) => {
    const builtIn = RISK_NAMES.categories[id as keyof typeof RISK_NAMES.categories];
    const custom = categories.find((c) => c.id === id);
    return builtIn ? pickText(lang, builtIn) : custom ? pickText(lang, custom.name) : id;
  };
  if (entries.length === 0) return <p className="funds-muted" data-testid="risk-list-empty">{risksText(lang, 'empty')}</p>;
  return (
    <ul className="risk-list" data-testid="risk-list">
      {sortRiskEntries(entries).map((e) => {
        const overdue = isRiskOverdue(e, today);
        const counties = e.counties.map((c) => names.get(c) ?? c);
        return (
          <li key={e.id} data-testid={`risk-entry-${e.id}`} data-level={e.level} data-status={e.status} data-overdue={overdue ? 'true' : 'false'} className={`risk-list__item risk-list__item--l${e.level}`}>
            <div className="risk-list__head">
              <strong className="risk-list__title">{e.title}</strong>
              <span className="risk-list__level">{pickText(lang, RISK_NAMES.levels[e.level])}</span>
              <span>{pickText(lang, RISK_NAMES.statuses[e.status])}</span>
              {overdue && <span className="risk-list__overdue">{risksText(lang, 'overdue')}</span>}
            </div>
            <div className="risk-list__meta">
              {categoryName(e.category)}
              {e.owner && ` · ${e.owner}`}
              {e.due && ` · ${risksText(lang, 'due')} ${e.due}`}
              {e.link && ` · ${e.link.id}`}
            </div>
            {counties.length > 0 && <div className="risk-list__counties">{counties.slice(0, 8).join('、')}{counties.length > 8 ? ` … (${counties.length})` : ''}</div>}
            {e.description && <p className="risk-list__description">{e.description}</p>}
            {e.actions.length > 0 && (
              <ol className="risk-list__actions">
                {e.actions.map((a, i) => <li key={i}>{a.date} {a.text}</li>)}
              </ol>
            )}
            <div className="risk-list__buttons">
              <button type="button" onClick={() => onEdit(e.id)}>{risksText(lang, 'edit')}</button>
              <button type="button" onClick={() => onDelete(e)}>{risksText(lang, 'remove')}</button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
