/**
 * The demo storyboard shipped with the app: a briefing built from the shipped data alone (the seeded sample series,
 * labelled 示例数据 wherever shown, the real poverty-county exit years and the real partnership pairings).
 * `#present=1` with no storyboard named plays it, so a newcomer sees a briefing in one click.
 */
import { createDefaultPane, createDefaultViewState, NATIONAL_CAMERA, type PaneConfig, type ViewState } from '../view/view-state';
import type { Scene } from './scene';
import type { Storyboard } from './storyboard';

/** Id of the shipped demo storyboard. */
export const DEMO_STORYBOARD_ID = 'demo';

/** Suzhou (苏州) counties and the Tongren (铜仁) counties Suzhou is paired with in the east–west partnership. */
const PAIRED_COUNTIES = ['320582', '320583', '520621', '520623', '520627'] as const;

function view(panes: Partial<PaneConfig>[], patch: Partial<ViewState> = {}): ViewState {
  const base = createDefaultViewState();
  const full = panes.map((p) => createDefaultPane({ ...p, camera: { ...(p.camera ?? NATIONAL_CAMERA) } }));
  return { ...base, ...patch, panes: full, legendHighlight: full.map(() => null) };
}

function scene(id: string, title: Scene['title'], note: Scene['note'], dwellMs: number, v: ViewState, callouts: Scene['callouts'] = []): Scene {
  return { id, title, note, dwellMs, callouts, view: v };
}

/** Builds the demo storyboard (a fresh copy each time: callers may edit it). */
export function createDemoStoryboard(): Storyboard {
  const incidence = 'sample:poverty_incidence';
  return {
    id: DEMO_STORYBOARD_ID,
    title: { zh: '示例简报：从脱贫攻坚到乡村振兴', en: 'Demo briefing: from poverty alleviation to rural revitalisation' },
    sample: true,
    scenes: [
      scene(
        'national-2014',
        { zh: '2014 年全国贫困发生率', en: 'Poverty incidence across China, 2014' },
        { zh: '固定分级：颜色在各年份间可比', en: 'Fixed classes: colours compare across years' },
        14000,
        view([{ indicator: incidence, year: 2014 }]),
        [{ adcode: '520627', text: '', pane: 0 }],
      ),
      scene(
        'national-2020',
        { zh: '2020 年全国贫困发生率', en: 'Poverty incidence across China, 2020' },
        { zh: '与 2014 年同一分级：深色消退', en: 'Same classes as 2014: the dark shades are gone' },
        14000,
        view([{ indicator: incidence, year: 2020 }]),
        [{ adcode: '520627', text: '', pane: 0 }],
      ),
      scene(
        'west-exit-years',
        { zh: '西部：国家级贫困县摘帽年份', en: 'The west: exit years of the poverty counties' },
        { zh: '832 个国家级贫困县，2016—2020 年分批摘帽', en: '832 designated counties, exiting in batches 2016–2020' },
        16000,
        view([{ indicator: 'poverty_counties:exit_year', year: 2020, camera: { lng: 100.5, lat: 31.5, zoom: 4.1 } }]),
      ),
      scene(
        'partnership-2021',
        { zh: '2021 年东西部协作结对', en: 'East–west partnership pairings, 2021' },
        { zh: '8 个东部省市结对帮扶西部 10 省区市', en: '8 eastern provinces and cities paired with 10 western provinces' },
        16000,
        view([{ indicator: 'sample:rural_income', year: 2021, layers: { choropleth: true, arcs: true, labels: true } }], {
          sideTab: 'partnership',
        }),
      ),
      scene(
        'infrastructure-2020',
        { zh: '2020 年基础设施：道路、饮水、宽带、4G', en: 'Infrastructure in 2020: roads, water, broadband, 4G' },
        { zh: '四个窗格，同一年份', en: 'Four panes, one year' },
        18000,
        view(
          [
            { indicator: 'sample:road_hardened_villages', year: 2020 },
            { indicator: 'sample:tap_water', year: 2020 },
            { indicator: 'sample:broadband_villages', year: 2020 },
            { indicator: 'sample:mobile_4g', year: 2020 },
          ],
          { layout: '4', timelineAll: true },
        ),
      ),
      scene(
        'paired-paths',
        { zh: '结对县的发展路径：苏州—铜仁', en: 'Development paths of paired counties: Suzhou – Tongren' },
        { zh: '农村居民人均可支配收入，2013—2025 年', en: 'Rural per-capita disposable income, 2013–2025' },
        18000,
        (() => {
          const v = view([{ indicator: 'sample:rural_income', year: 2020, camera: { lng: 113.8, lat: 29.6, zoom: 4.9 } }], {
            compare: [...PAIRED_COUNTIES],
            sideTab: 'compare',
          });
          v.briefing = { ...v.briefing, paths: { tab: 'lines', indicator: 'rural_income' } };
          return v;
        })(),
        [
          { adcode: '320583', text: '', pane: 0 },
          { adcode: '520627', text: '', pane: 0 },
        ],
      ),
      scene(
        'monitoring-2025',
        { zh: '2025 年防返贫监测户占比', en: 'Households under relapse monitoring, 2025' },
        { zh: '乡村振兴阶段：守住不发生规模性返贫的底线', en: 'Rural revitalisation: no large-scale return to poverty' },
        14000,
        view([{ indicator: 'sample:monitored_households', year: 2025 }]),
      ),
    ],
  };
}
