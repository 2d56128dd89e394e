/**
 * The part of the view a briefing needs that used to be panel-local state: whether the timeline is playing and at
 * what speed, the ranking table's choices and the development-paths chart's choices. Held in the view so a scene,
 * a link or a saved view replays them. URL: play=1, speed=2, rk=mode:order:province:poverty:indicator,
 * paths=tab:indicator (defaults left out).
 */
import * as v from 'valibot';
import type { FieldNotice, ViewFieldCodec } from '../view/view-field';

/** Speeds the timeline offers (years per second). */
export const BRIEFING_SPEEDS = [0.5, 1, 2] as const;

/** Ranking table choices. */
export interface RankingChoice {
  /** Indicator id within the ranked dataset; null = follow pane 1. */
  indicator: string | null;
  mode: 'value' | 'change';
  order: 'asc' | 'desc';
  /** Province adcode, '' = all China. */
  province: string;
  /** Poverty-county filter value ('all', 'designated', 'not_designated', '2016'…'2020'). */
  poverty: string;
}

/** Development-paths chart choices. */
export interface PathsChoice {
  tab: 'lines' | 'slope' | 'scatter';
  /** Indicator id; null = follow pane 1. */
  indicator: string | null;
}

/** The briefing field of the view. */
export interface BriefingView {
  /** The header timeline is playing. */
  playing: boolean;
  /** Timeline speed, years per second. */
  speed: number;
  ranking: RankingChoice;
  paths: PathsChoice;
}

/** Fresh defaults. */
export function createBriefingView(): BriefingView {
  return {
    playing: false,
    speed: 1,
    ranking: { indicator: null, mode: 'value', order: 'desc', province: '', poverty: 'all' },
    paths: { tab: 'lines', indicator: null },
  };
}

const INDICATOR_ID = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.-]{1,80}$/));
const POVERTY = v.union([v.picklist(['all', 'designated', 'not_designated']), v.pipe(v.string(), v.regex(/^20(1[6-9]|20)$/))]);

/** Schema of the field. */
export const briefingViewSchema = v.object({
  playing: v.boolean(),
  speed: v.picklist(BRIEFING_SPEEDS),
  ranking: v.object({
    indicator: v.nullable(INDICATOR_ID),
    mode: v.picklist(['value', 'change']),
    order: v.picklist(['asc', 'desc']),
    province: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^\d{6}$/))]),
    poverty: POVERTY,
  }),
  paths: v.object({ tab: v.picklist(['lines', 'slope', 'scatter']), indicator: v.nullable(INDICATOR_ID) }),
});

function encode(b: BriefingView, p: URLSearchParams): void {
  const d = createBriefingView();
  if (b.playing) p.set('play', '1');
  if (b.speed !== d.speed) p.set('speed', String(b.speed));
  const r = b.ranking;
  if (r.indicator !== null || r.mode !== 'value' || r.order !== 'desc' || r.province || r.poverty !== 'all') {
    p.set('rk', [r.mode, r.order, r.province, r.poverty, r.indicator ?? ''].join(':'));
  }
  if (b.paths.tab !== 'lines' || b.paths.indicator !== null) p.set('paths', `${b.paths.tab}:${b.paths.indicator ?? ''}`);
}

function decode(p: URLSearchParams, notices: FieldNotice[]): BriefingView {
  const b = createBriefingView();
  const play = p.get('play');
  if (play !== null) {
    if (play === '1' || play === '0') b.playing = play === '1';
    else notices.push({ key: 'play', value: play.slice(0, 40) });
  }
  const speed = p.get('speed');
  if (speed !== null) {
    const n = Number(speed);
    if ((BRIEFING_SPEEDS as readonly number[]).includes(n) && /^[\d.]+$/.test(speed)) b.speed = n;
    else notices.push({ key: 'speed', value: speed.slice(0, 40) });
  }
  const rk = p.get('rk');
  if (rk !== null) {
    const [mode, order, province, poverty, indicator] = rk.split(':');
    const candidate = { mode, order, province, poverty, indicator: indicator ? indicator : null };
    const parsed = v.safeParse(briefingViewSchema.entries.ranking, candidate);
    if (parsed.success) b.ranking = parsed.output;
    else notices.push({ key: 'rk', value: rk.slice(0, 120) });
  }
  const paths = p.get('paths');
  if (paths !== null) {
    const [tab, indicator] = paths.split(':');
    const parsed = v.safeParse(briefingViewSchema.entries.paths, { tab, indicator: indicator ? indicator : null });
    if (parsed.success) b.paths = parsed.output;
    else notices.push({ key: 'paths', value: paths.slice(0, 120) });
  }
  return b;
}

/** The field's codec (registered in model/view/view-fields.ts). */
export const BRIEFING_FIELD: ViewFieldCodec<BriefingView> = {
  create: createBriefingView,
  schema: briefingViewSchema as v.GenericSchema<unknown, BriefingView>,
  encode,
  decode,
};
