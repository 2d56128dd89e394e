/** The application shell: header with search and controls, the pane grid, side panels and notices. */
import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { useT } from '../i18n/use-t';
import { PaneGrid } from '../map/pane-grid';
import { SearchPanel } from '../panels/search/search-panel';
import { ProvinceZoomPanel } from '../panels/province-zoom/province-zoom-panel';
import { NoticePanel } from '../panels/notices/notice-panel';
import { HeaderExtras, PANE_SLOTS } from './feature-slots';
import { SideTabs } from './side-tabs';
import { CommandPalette } from '../panels/present/command-palette';
import { presentText } from '../panels/present/present-strings';
import { commandRegistry } from '../store/command-registry';
import { PresentationOverlay } from './present/presentation-overlay';
import { PRESENTED_SIDE_TABS, useWallLayout } from './present/use-wall-layout';
import { useReframeOnPlacement, useRefitOnCovers, useWallMaps } from './present/use-wall-maps';

/** The app. */
export function App() {
  const t = useT();
  const lang = useAppStore((s) => s.view.lang);
  const setLang = useAppStore((s) => s.viewActions.setLang);
  const status = useAppStore((s) => s.geo.status);
  // Presentation mode (src/app/present/): the same tree with the chrome hidden and the panes placed by the wall
  // layout, so entering or leaving it and every scene change keep the maps mounted.
  const presenting = useAppStore((s) => s.present.active);
  const sceneIndex = useAppStore((s) => s.present.scene);
  const sideShown = useAppStore((s) => PRESENTED_SIDE_TABS.has(s.view.sideTab));
  const { wall, keepMounted } = useWallLayout();
  useWallMaps(wall ? wall.pixelRatio : null);
  useReframeOnPlacement(wall);
  useRefitOnCovers(presenting);
  const side = wall?.side;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);

  return (
    <div
      className={presenting ? 'app app--present' : 'app'}
      data-geo-status={status}
      data-present={presenting ? 'true' : undefined}
      data-scene-index={presenting ? sceneIndex : undefined}
      data-theme={presenting ? 'dark' : 'light'}
      // Type sizes of the wall layout, from the screen height (present.css reads them).
      style={wall ? { ['--present-body' as string]: `${wall.type.bodyPx}px`, ['--present-title' as string]: `${wall.type.titlePx}px` } : undefined}
    >
      {!presenting && (
      <header className="app__header">
        <h1 className="app__title" title={t('app.title')}>{t('app.headerTitle')}</h1>
        <SearchPanel />
        <ProvinceZoomPanel />
        <HeaderExtras />
        <button
          type="button"
          className="app__lang"
          data-testid="lang-toggle"
          aria-label={t('app.languageLabel')}
          onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
        >
          {/* The switch names the other language in that language, and says so for screen readers and checks. */}
          <span lang={lang === 'en' ? 'zh-CN' : 'en'}>{t('app.language')}</span>
        </button>
        <button type="button" className="app__present" data-testid="present-enter" title={presentText(lang, 'presentTitle')} onClick={() => commandRegistry.run('present.enter')}>
          {presentText(lang, 'present')}
        </button>
      </header>
      )}
      <main className="app__main">
        <div className="app__maps">
          <PaneGrid slots={PANE_SLOTS} {...(wall ? { rects: wall.panes, keepMounted } : {})} />
          {status === 'loading' && <div className="app__loading">{t('app.loading')}</div>}
          <div className="app__disclaimer" data-testid="map-disclaimer">
            {t('app.nonStandardMap')} · {t('app.boundaryVintage')}
          </div>
        </div>
        <aside
          className="app__side"
          data-presented={presenting ? String(sideShown) : undefined}
          style={side ? { left: side.x, top: side.y, width: side.width, height: side.height } : undefined}
        >
          <SideTabs />
        </aside>
      </main>
      {wall && <PresentationOverlay wall={wall} />}
      <NoticePanel />
      <CommandPalette />
    </div>
  );
}
