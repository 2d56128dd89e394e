/** A labelled <select> of a dataset's indicators. */
import type { DatasetManifest } from '../../model/indicators/dataset';
import type { Lang } from '../../model/view/view-state';
import { localText } from '../../i18n/translate';

/** Props of the indicator picker. */
export interface IndicatorSelectProps {
  manifest: DatasetManifest;
  lang: Lang;
  label: string;
  value: string;
  onChange: (indicatorId: string) => void;
}

/** The picker, grouped in manifest order. */
export function IndicatorSelect({ manifest, lang, label, value, onChange }: IndicatorSelectProps) {
  return (
    <label className="compare-control">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {manifest.indicators.map((m) => (
          <option key={m.id} value={m.id}>
            {localText(lang, m.name)} ({localText(lang, m.unitLabel)})
          </option>
        ))}
      </select>
    </label>
  );
}

/** Props of the year picker. */
export interface YearSelectProps {
  label: string;
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
}

/** A labelled <select> of years. */
export function YearSelect({ label, years, value, onChange }: YearSelectProps) {
  return (
    <label className="compare-control">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
