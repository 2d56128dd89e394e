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

/** The app. */
export function App() {
  const t = useT();
  const lang = useAppStore((s) => s.view.lang);
  const setLang = useAppStore((s) => s.viewActions.setLang);
  const status = useAppStore((s) => s.geo.status);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);

  return (
    <div className="app" data-geo-status={status}>
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
      </header>
      <main className="app__main">
        <div className="app__maps">
          <PaneGrid slots={PANE_SLOTS} />
          {status === 'loading' && <div className="app__loading">{t('app.loading')}</div>}
          <div className="app__disclaimer" data-testid="map-disclaimer">
            {t('app.nonStandardMap')} · {t('app.boundaryVintage')}
          </div>
        </div>
        <aside className="app__side">
          <SideTabs />
        </aside>
      </main>
      <NoticePanel />
    </div>
  );
}
