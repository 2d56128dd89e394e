/**
 * The county-exit and relapse rule sets evaluated for one county by the one engine: exit in the pane's year held to
 * 2016–2020 (the years the rule was in force), relapse watch from 2021.
 */
import { useMemo } from 'react';
import type { RuleSet } from '../../model/rules/rule-set';
import { evaluateRuleSet } from '../../model/rules/rule-engine';
import { regionOfAdcode } from '../../model/geo/region';
import { ruleInputs } from '../../model/monitoring/monitor-columns';
import type { Lang } from '../../model/view/view-state';
import { useRuleInputs } from '../../selectors/use-rule-inputs';
import { MonitorRuleDetail } from './monitor-rule-detail';

/** Props of the county's rule blocks. */
export interface MonitorCountyRulesProps {
  lang: Lang;
  sets: readonly RuleSet[];
  adcode: string;
  /** The county's position in the map's county order. */
  position: number;
  year: number;
  margin: number;
}

const SHOWN: readonly { id: string; years: [number, number] }[] = [
  { id: 'county-exit', years: [2016, 2020] },
  { id: 'relapse-monitoring', years: [2021, 2100] },
];

/** Inputs that exist only in a county's exit-assessment year. */
const ASSESSMENT_IDS = ['wrong_exit_rate', 'missed_identification_rate', 'approval_rate'];

/** The blocks. */
export function MonitorCountyRules({ lang, sets, adcode, position, year, margin }: MonitorCountyRulesProps) {
  const shown = useMemo(() => SHOWN.map((s) => ({ ...s, set: sets.find((x) => x.id === s.id) })).filter((s) => s.set), [sets]);
  const ids = useMemo(() => [...new Set(shown.flatMap((s) => ruleInputs(s.set!)))], [shown]);
  const inputs = useRuleInputs(ids);
  return (
    <>
      {shown.map(({ id, set, years }) => {
        let y = Math.min(Math.max(year, years[0]), years[1]);
        // County exit outside 2016–2020: the county's assessment year (the latest with exit-assessment inputs).
        if (id === 'county-exit' && y !== year) {
          const assessed = [2020, 2019, 2018, 2017, 2016].find((yy) => ASSESSMENT_IDS.some((a) => !Number.isNaN(inputs.get(a)?.byYear.get(yy)?.[position] ?? Number.NaN)));
          if (assessed) y = assessed;
        }
        const result = evaluateRuleSet(set!, {
          region: regionOfAdcode(adcode),
          province: adcode,
          year: y,
          margin,
          valueFor: (indicator) => inputs.get(indicator)?.byYear.get(y)?.[position],
        });
        return <MonitorRuleDetail key={id} lang={lang} set={set!} result={result} />;
      })}
    </>
  );
}
