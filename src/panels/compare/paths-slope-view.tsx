/** The slope tab: the set between two years; the years default to the first and latest common years of the set. */
import { useMemo, useState } from 'react';
import { localText } from '../../i18n/translate';
import { slopeData } from '../../model/compare/slope';
import { commonYears } from '../../model/compare/year';
import { compareText } from './compare-strings';
import { YearSelect } from './indicator-select';
import { SlopeChart } from './slope-chart';
import { formatterFor } from './paths-panel-model';
import type { PathsContext } from './paths-context';
import { useIndicatorValues } from '../../selectors/use-indicator-values';

/** Props: the shared context and the chosen indicator. */
export interface PathsSlopeViewProps {
  ctx: PathsContext;
  indicatorId: string;
}

/** Year pickers, the latest-common-year note and the slope chart. */
export function PathsSlopeView({ ctx, indicatorId }: PathsSlopeViewProps) {
  const { source, positions, set, lang } = ctx;
  const meta = source.manifest.indicators.find((m) => m.id === indicatorId);
  const values = useIndicatorValues(source, [indicatorId]).values.get(indicatorId);
  const years = meta?.years ?? source.manifest.years;
  // null = follow the set's default; a user's choice sticks until they change it.
  const [fromChoice, setFrom] = useState<number | null>(null);
  const [toChoice, setTo] = useState<number | null>(null);
  const common = useMemo(() => (values ? commonYears([values], positions, set, years) : []), [values, positions, set, years]);
  const fromYear = fromChoice ?? common[0] ?? years[0] ?? 0;
  const toYear = toChoice ?? common.at(-1) ?? years.at(-1) ?? 0;
  const rows = useMemo(() => (values ? slopeData(values, positions, set, fromYear, toYear) : []), [values, positions, set, fromYear, toYear]);
  const format = useMemo(() => (meta ? formatterFor(lang, meta) : String), [lang, meta]);
  if (!meta) return null;
  if (!values) return <p className="compare__hint">{compareText(lang, 'loading')}</p>;
  return (
    <>
      <div className="compare-controls">
        <YearSelect label={compareText(lang, 'fromYear')} years={years} value={fromYear} onChange={setFrom} />
        <YearSelect label={compareText(lang, 'toYear')} years={years} value={toYear} onChange={setTo} />
      </div>
      {toChoice === null && (
        <p className="compare__hint" data-testid="compare-common-year">
          {common.length ? compareText(lang, 'commonYear', { year: toYear }) : compareText(lang, 'noCommonYear')}
        </p>
      )}
      <SlopeChart
        rows={rows}
        fromYear={fromYear}
        toYear={toYear}
        colorOf={ctx.colorOf}
        nameOf={ctx.nameOf}
        format={format}
        label={compareText(lang, 'chartLabel', { indicator: localText(lang, meta.name), kind: compareText(lang, 'tabSlope') })}
        noDataLabel={compareText(lang, 'noData')}
      />
    </>
  );
}
