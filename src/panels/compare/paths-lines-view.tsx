/** The line-chart tab: one indicator over the years for the set, medians as references, "no data" listed. */
import { useMemo } from 'react';
import { localText } from '../../i18n/translate';
import { compareText } from './compare-strings';
import { formatYearRanges } from './chart-frame';
import { LineChart } from './line-chart';
import { formatterFor, lineChartInputs } from './paths-panel-model';
import type { PathsContext } from './paths-context';
import { useIndicatorValues } from '../../selectors/use-indicator-values';
import { useHoveredInSet } from './use-compare-hover';
import { referenceDash } from './series-marks';

/** Above this many provinces in the set, only the hovered county's provincial median is drawn (else it is a tangle). */
const MAX_PROVINCE_REFERENCES = 2;

/** Props: the shared context and the chosen indicator. */
export interface PathsLinesViewProps {
  ctx: PathsContext;
  indicatorId: string;
}

/** Line chart, reference legend and "no data" notes. */
export function PathsLinesView({ ctx, indicatorId }: PathsLinesViewProps) {
  const { source, positions, counties, set, lang } = ctx;
  const meta = source.manifest.indicators.find((m) => m.id === indicatorId);
  const loaded = useIndicatorValues(source, [indicatorId]);
  const values = loaded.values.get(indicatorId);
  const years = meta?.years ?? source.manifest.years;
  const inputs = useMemo(() => {
    if (!values) return null;
    const labels = {
      national: compareText(lang, 'nationalMedian'),
      province: (p: string) => compareText(lang, 'provinceMedian', { province: ctx.provinceName(p) }),
    };
    return lineChartInputs(values, positions, counties, set, years, labels);
  }, [values, positions, counties, set, years, lang, ctx]);
  const hovered = useHoveredInSet(set);
  const references = useMemo(() => {
    if (!inputs) return [];
    const provincial = inputs.references.filter((r) => r.id !== 'national');
    if (provincial.length <= MAX_PROVINCE_REFERENCES) return inputs.references;
    const province = hovered ? counties.find((c) => c.adcode === hovered)?.province : undefined;
    return inputs.references.filter((r) => r.id === 'national' || r.id === `province-${province}`);
  }, [inputs, hovered, counties]);
  const format = useMemo(() => (meta ? formatterFor(lang, meta) : String), [lang, meta]);
  const describe = useMemo(
    () => (adcode: string, year: number, v: number | null) => `${ctx.nameOf(adcode)} ${year}: ${v === null ? compareText(lang, 'noData') : format(v)}`,
    [ctx, format, lang],
  );
  if (!meta) return null;
  if (!inputs) return <p className="compare__hint">{compareText(lang, 'loading')}</p>;
  const gaps = inputs.series.filter((s) => s.points.some((p) => p.value === null));
  return (
    <>
      <LineChart
        years={years}
        series={inputs.series}
        references={references}
        format={format}
        currentYear={ctx.year}
        label={compareText(lang, 'chartLabel', { indicator: localText(lang, meta.name), kind: compareText(lang, 'tabLines') })}
        describe={describe}
        nameOf={ctx.nameOf}
      />
      <ul className="compare-references">
        {references.map((r, k) => (
          <li key={r.id} className="compare-ref compare-ref--drawn">
            <svg width="2em" height="0.6em" viewBox="0 0 28 8" aria-hidden="true">
              <line x1={0} x2={28} y1={4} y2={4} stroke={r.id === 'national' ? '#555' : '#888'} strokeWidth={2} strokeDasharray={referenceDash(k, 14)} />
            </svg>
            {r.label}
          </li>
        ))}
        {references.length < inputs.references.length && <li>{compareText(lang, 'hoverForProvince')}</li>}
        <li className="compare-ref__unit">{localText(lang, meta.unitLabel)}</li>
      </ul>
      {gaps.length > 0 && (
        <ul className="compare-gaps" data-testid="compare-no-data">
          {gaps.map((s) => (
            <li key={s.adcode} style={{ borderColor: s.color }}>
              {compareText(lang, 'noDataYears', {
                name: ctx.nameOf(s.adcode),
                years: formatYearRanges(s.points.filter((p) => p.value === null).map((p) => p.year)),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

