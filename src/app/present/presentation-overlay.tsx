/**
 * What presentation mode draws over the wall: the scene title and note (large, from the screen height), the scene
 * number, the data stamp (the datasets shown with their kind — 示例数据 for the sample — the boundary vintage and
 * 非标准地图，仅供内部分析, always visible), the dwell progress bar, callouts, the blank screen and a Leave button.
 */
import { useAppStore } from '../../store/app-store';
import { openStoryboard } from '../../store/present-slice';
import { commandRegistry } from '../../store/command-registry';
import { sceneText } from '../../model/present/scene';
import { splitIndicatorId } from '../../model/indicators/dataset';
import type { WallLayout } from '../../model/present/wall-layout';
import { localText, translate } from '../../i18n/translate';
import { badgeText } from '../../panels/provenance/provenance-badge-model';
import { presentText } from '../../panels/present/present-strings';
import { SceneCallouts } from './scene-callouts';
import './present.css';

/** The data stamp's text: every dataset a pane shows, with its kind, then the boundary vintage and the map notice. */
function useDataStamp(): string {
  return useAppStore((s) => {
    const lang = s.view.lang;
    const ids = [...new Set(s.view.panes.slice(0, 4).flatMap((p) => (p.indicator ? [splitIndicatorId(p.indicator).datasetId] : [])))];
    const parts = ids.flatMap((id) => {
      const manifest = s.data.datasets.find((d) => d.id === id)?.manifest;
      if (!manifest) return [];
      const badge = badgeText(lang, manifest, 'short');
      const name = localText(lang, manifest.name);
      // The sample's name already says it is a sample; other kinds get theirs beside the name.
      return [badge && !name.includes(badge.text) ? `${name}（${badge.text}）` : name];
    });
    return [...parts, translate(lang, 'app.boundaryVintage'), translate(lang, 'app.nonStandardMap')].join(' · ');
  });
}

/** Props: the wall layout. */
export interface PresentationOverlayProps {
  wall: WallLayout;
}

/** The overlay. */
export function PresentationOverlay({ wall }: PresentationOverlayProps) {
  const lang = useAppStore((s) => s.view.lang);
  const present = useAppStore((s) => s.present);
  const board = openStoryboard(present);
  const scene = board.scenes[present.scene];
  const stamp = useDataStamp();
  const running = present.autoplay && !present.paused;
  const { header, footer, type } = wall;
  return (
    <div className="present-overlay">
      <header className="present-header" style={{ left: header.x, top: header.y, width: header.width, height: header.height }}>
        <div className="present-header__line">
          <h1 className="present-header__title" data-testid="scene-title">
            {scene ? sceneText(scene.title, lang) : ''}
          </h1>
          <span className="present-header__count" data-testid="scene-count">
            {presentText(lang, 'sceneOf', { n: present.scene + 1, total: board.scenes.length })}
            {present.paused && ` · ${presentText(lang, 'paused')}`}
          </span>
          <button type="button" className="present-header__leave" onClick={() => commandRegistry.run('present.leave')}>
            {presentText(lang, 'leave')}
          </button>
        </div>
        {scene && sceneText(scene.note, lang) && <p className="present-header__note">{sceneText(scene.note, lang)}</p>}
      </header>
      {scene && scene.callouts.length > 0 && <SceneCallouts callouts={scene.callouts} panes={wall.panes} fontPx={type.calloutPx} />}
      <footer className="present-footer" style={{ left: footer.x, top: footer.y, width: footer.width, height: footer.height }}>
        <span className="present-footer__stamp" data-testid="present-stamp">
          {board.sample && <strong className="present-footer__sample">{presentText(lang, 'sample')}</strong>}
          {stamp}
        </span>
        {scene && present.autoplay && (
          <span
            key={`${present.sceneSerial}-${running}`}
            className="present-footer__progress"
            data-testid="present-progress"
            style={{ animationDuration: `${scene.dwellMs}ms`, animationPlayState: running ? 'running' : 'paused' }}
          />
        )}
      </footer>
      {present.blank && <div className="present-blank" data-testid="present-blank" />}
    </div>
  );
}
