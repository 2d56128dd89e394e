/**
 * The fund tab's part of the view state (`view.funds`): the year shown (null = pane 0's year), the province the
 * Sankey is filtered to, the node whose counties the map keeps, and the indicator results are measured by. One URL
 * key, `fd=year:province:node:outcome`, omitted when everything is the default; old links without it parse as the
 * default.
 */
import * as v from 'valibot';

/** Fund-flow view options. */
export interface FundsView {
  /** Year of the Sankey and results; null = follow pane 0's year (nearest year with funds). */
  year: number | null;
  /** Province adcode the Sankey and the map are filtered to; null = all (or the map selection, when there is one). */
  province: string | null;
  /** Node id (`s.central`, `p.industry`, `g.520100`…) whose counties the map keeps; null = none. */
  node: string | null;
  /** Indicator (of the sample dataset) whose change per 10,000 yuan is shown. */
  outcome: string;
}

/** The default outcome indicator. */
export const DEFAULT_FUNDS_OUTCOME = 'rural_income';

/** The default fund view. */
export function createDefaultFundsView(): FundsView {
  return { year: null, province: null, node: null, outcome: DEFAULT_FUNDS_OUTCOME };
}

const NODE_RE = /^[sup]\.[A-Za-z0-9_-]{1,40}$|^g\.\d{6}$/;
const ADCODE_RE = /^\d{6}$/;
const OUTCOME_RE = /^[a-z0-9_]{1,40}$/;

/** The schema of `view.funds`. */
export const fundsViewSchema = v.object({
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100))),
  province: v.nullable(v.pipe(v.string(), v.regex(ADCODE_RE))),
  node: v.nullable(v.pipe(v.string(), v.regex(NODE_RE))),
  outcome: v.pipe(v.string(), v.regex(OUTCOME_RE)),
});

/** The `fd` URL value, or null when the view is the default (then the key is omitted). */
export function encodeFundsView(view: FundsView): string | null {
  const d = createDefaultFundsView();
  if (view.year === d.year && view.province === d.province && view.node === d.node && view.outcome === d.outcome) return null;
  return [view.year ?? '', view.province ?? '', view.node ?? '', view.outcome === d.outcome ? '' : view.outcome].join(':');
}

/** Decodes `fd`; bad parts keep their defaults and are reported (the caller turns `bad` into a URL notice). */
export function decodeFundsView(raw: string | null): { view: FundsView; bad: boolean } {
  const view = createDefaultFundsView();
  if (raw === null) return { view, bad: false };
  const [year = '', province = '', node = '', outcome = ''] = raw.split(':', 4);
  let bad = raw.split(':').length > 4;
  if (year !== '') {
    const y = /^\d{4}$/.test(year) ? Number(year) : NaN;
    if (y >= 1990 && y <= 2100) view.year = y;
    else bad = true;
  }
  if (province !== '') {
    if (ADCODE_RE.test(province)) view.province = province;
    else bad = true;
  }
  if (node !== '') {
    if (NODE_RE.test(node)) view.node = node;
    else bad = true;
  }
  if (outcome !== '') {
    if (OUTCOME_RE.test(outcome)) view.outcome = outcome;
    else bad = true;
  }
  return { view, bad };
}
