/** Layout switch (1, 2 side by side, 2 stacked, 4 panes in a grid or in one row), the swipe and inset toggles. */
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/use-t';
import { setInset, setLayout, setSwipe } from '../../store/view-updaters';
import type { PaneLayout } from '../../model/view/view-state';

const LAYOUTS: PaneLayout[] = ['1', '2h', '2v', '4', '4r'];

/** The layout controls. */
export function LayoutPanel() {
  const t = useT();
  const layout = useAppStore((s) => s.view.layout);
  const swipe = useAppStore((s) => s.view.swipe.enabled);
  const inset = useAppStore((s) => s.view.inset);
  const apply = useAppStore((s) => s.viewActions.apply);
  return (
    <div className="layout-panel" role="group" aria-label={t('layout.label')}>
      {LAYOUTS.map((l) => (
        <button
          key={l}
          type="button"
          aria-pressed={layout === l && !swipe}
          data-testid={`layout-${l}`}
          onClick={() => apply((v) => setLayout(setSwipe(v, false), l))}
        >
          {t(`layout.${l}`)}
        </button>
      ))}
      <button type="button" aria-pressed={swipe} data-testid="layout-swipe" onClick={() => apply((v) => setSwipe(v, !swipe))}>
        {t('layout.swipe')}
      </button>
      <button type="button" aria-pressed={inset} data-testid="layout-inset" onClick={() => apply((v) => setInset(v, !inset))}>
        {t('layout.inset')}
      </button>
    </div>
  );
}
