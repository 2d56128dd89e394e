/**
 * Every command of the app, registered once in the one registry (store/command-registry.ts): presentation, the
 * timeline, the selection, layouts, camera linking, zoom to a province, side tabs, the language, storyboards and
 * the palette. Buttons, keys, the palette, the scene player and the tests all run these by id.
 */
import type { Command } from '../../model/commands/command-registry';
import { SIDE_TABS, type PaneLayout, type ViewState } from '../../model/view/view-state';
import { SAMPLE_YEARS } from '../../model/indicators/registry';
import { useAppStore } from '../../store/app-store';
import { commandRegistry } from '../../store/command-registry';
import { usePaletteStore } from '../../store/palette-store';
import { clearSelection, setInset, setLayout, setPaneLink, setSideTab, setSwipe } from '../../store/view-updaters';
import { fitTargetPane, getPane } from '../../selectors/pane-registry';
import { setTimelinePlaying, setTimelineYear, stepYear, timelineYears } from '../../panels/timeline/timeline-model';
import { COMMAND_LABELS, type CommandLabelKey } from '../../panels/present/present-strings';
import { translate } from '../../i18n/translate';
import { addCurrentViewAsScene, exportOpenStoryboard, importStoryboardFile } from '../present/storyboard-actions';

const LAYOUTS: PaneLayout[] = ['1', '2h', '2v', '4', '4r'];
const state = () => useAppStore.getState();
const presenting = (): boolean => state().present.active;
const apply = (updater: (view: ViewState) => ViewState): void => state().viewActions.apply(updater);

function label(key: CommandLabelKey, params?: Record<string, string>): Pick<Command, 'label' | 'pinyin'> {
  const t = COMMAND_LABELS[key];
  const fill = (s: string): string => (params ? s.replace(/\{(\w+)\}/g, (w, n: string) => params[n] ?? w) : s);
  return { label: { zh: fill(t.zh), en: fill(t.en) }, pinyin: t.pinyin };
}

function years(): readonly number[] {
  const s = state();
  return timelineYears(s.view, s.data.datasets, SAMPLE_YEARS);
}

function stepTimeline(delta: number): void {
  const year = state().view.panes[0]?.year;
  if (year !== undefined) apply((v) => setTimelineYear(v, stepYear(years(), year, delta)));
}

/** The fixed commands (province zooms are added once the county index is loaded: `provinceCommands`). */
export function appCommands(): Command[] {
  const pa = () => state().presentActions;
  const commands: Command[] = [
    { id: 'present.enter', ...label('present.enter'), keys: ['F5', 'P'], enabled: () => !presenting(), run: () => pa().enter({}) },
    { id: 'present.leave', ...label('present.leave'), keys: ['Escape'], enabled: presenting, run: () => pa().leave() },
    { id: 'present.next', ...label('present.next'), keys: ['ArrowRight', 'PageDown', 'Space', 'ArrowDown'], enabled: presenting, run: () => pa().step(1) },
    { id: 'present.prev', ...label('present.prev'), keys: ['ArrowLeft', 'PageUp', 'ArrowUp'], enabled: presenting, run: () => pa().step(-1) },
    { id: 'present.first', ...label('present.first'), keys: ['Home'], enabled: presenting, run: () => pa().goTo(0) },
    { id: 'present.last', ...label('present.last'), keys: ['End'], enabled: presenting, run: () => pa().goTo(Number.MAX_SAFE_INTEGER) },
    { id: 'present.pause', ...label('present.pause'), keys: ['P'], enabled: presenting, run: () => pa().togglePause() },
    { id: 'present.blank', ...label('present.blank'), keys: ['B'], enabled: presenting, run: () => pa().toggleBlank() },
    ...Array.from({ length: 9 }, (_, i): Command => ({
      id: `present.jump.${i + 1}`,
      ...label('present.jump', { n: String(i + 1) }),
      keys: [String(i + 1)],
      hidden: true,
      enabled: presenting,
      run: () => pa().goTo(i),
    })),
    { id: 'timeline.prev', ...label('timeline.prev'), keys: ['ArrowLeft'], enabled: () => !presenting(), run: () => stepTimeline(-1) },
    { id: 'timeline.next', ...label('timeline.next'), keys: ['ArrowRight'], enabled: () => !presenting(), run: () => stepTimeline(1) },
    {
      id: 'timeline.play',
      ...label('timeline.play'),
      keys: ['Space'],
      enabled: () => !presenting() && years().length > 1,
      run: () => apply((v) => setTimelinePlaying(v, !v.briefing.playing, years())),
    },
    {
      id: 'selection.clear',
      ...label('selection.clear'),
      keys: ['Escape'],
      enabled: () => !presenting() && state().view.selection.length > 0,
      run: () => apply(clearSelection),
    },
    ...LAYOUTS.map((l): Command => ({ id: `layout.${l}`, ...label(`layout.${l}`), run: () => apply((v) => setLayout(setSwipe(v, false), l)) })),
    { id: 'layout.swipe', ...label('layout.swipe'), run: () => apply((v) => setSwipe(v, !v.swipe.enabled)) },
    { id: 'layout.inset', ...label('layout.inset'), run: () => apply((v) => setInset(v, !v.inset)) },
    {
      id: 'panes.linkAll',
      ...label('panes.linkAll'),
      enabled: () => state().view.panes.length > 1,
      run: () => apply((v) => v.panes.reduce((acc, _p, i) => (i === 0 ? acc : setPaneLink(acc, i, 'linked')), v)),
    },
    ...SIDE_TABS.map((tab): Command => {
      const name = { zh: translate('zh-CN', `tab.${tab}`), en: translate('en', `tab.${tab}`) };
      const base = label('tab.open');
      return {
        id: `tab.${tab}`,
        label: { zh: base.label.zh.replace('{tab}', name.zh), en: base.label.en.replace('{tab}', name.en) },
        pinyin: `${base.pinyin} ${TAB_PINYIN[tab] ?? ''}`,
        enabled: () => !presenting(),
        run: () => apply((v) => setSideTab(v, tab)),
      };
    }),
    {
      id: 'zoom.china',
      ...label('zoom.china'),
      run: () => {
        const target = getPane(0) ? 0 : null;
        if (target !== null) getPane(target)?.frameChina(600);
      },
    },
    { id: 'lang.toggle', ...label('lang.toggle'), run: () => state().viewActions.setLang(state().view.lang === 'en' ? 'zh-CN' : 'en') },
    { id: 'story.addScene', ...label('story.addScene'), enabled: () => !presenting(), run: () => addCurrentViewAsScene() },
    { id: 'story.export', ...label('story.export'), run: () => exportOpenStoryboard() },
    { id: 'story.import', ...label('story.import'), enabled: () => !presenting(), run: () => importStoryboardFile() },
    { id: 'story.open', ...label('story.open'), enabled: () => !presenting(), run: () => apply((v) => setSideTab(v, 'story')) },
    { id: 'palette.open', ...label('palette.open'), keys: ['Mod+K'], whileTyping: true, run: () => usePaletteStore.getState().toggle() },
  ];
  return commands;
}

/** Pinyin of the side tabs' Chinese names (messages.ts tab.*), for the palette. */
const TAB_PINYIN: Partial<Record<string, string>> = {
  county: 'xian qing',
  compare: 'dui bi',
  ranking: 'pai ming',
  partnership: 'dong xi bu xie zuo',
  data: 'shu ju',
  story: 'jian bao',
};

/** One "zoom to province" command per province of the boundary set (searchable by name and pinyin). */
export function provinceCommands(): Command[] {
  const index = state().geo.index;
  if (!index) return [];
  return index.provinces.map((p): Command => {
    const base = label('zoom.province');
    const en = p.pinyin ? p.pinyin.charAt(0).toUpperCase() + p.pinyin.slice(1) : p.name;
    return {
      id: `zoom.province.${p.adcode}`,
      label: { zh: base.label.zh.replace('{name}', p.name), en: base.label.en.replace('{name}', en) },
      pinyin: `${base.pinyin} ${p.pinyin ?? ''}`,
      run: () => fitTargetPane(p.bbox as [number, number, number, number], 7),
    };
  });
}

/** Registers the app's commands (and the province zooms once the county index is in); returns the undo. */
export function registerAppCommands(): () => void {
  const undo = commandRegistry.register(appCommands());
  let undoProvinces: (() => void) | null = null;
  const addProvinces = (): void => {
    if (undoProvinces || !state().geo.index) return;
    undoProvinces = commandRegistry.register(provinceCommands());
  };
  addProvinces();
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.geo.index !== prev.geo.index) addProvinces();
  });
  return () => {
    undo();
    undoProvinces?.();
    unsubscribe();
  };
}
