/**
 * Layout switch (1, 2 side by side, 2 stacked, 4 panes in a grid or in one row), the swipe and inset toggles. The
 * buttons run the same commands as the palette (layout.*, src/app/commands/app-commands.ts).
 */
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/use-t';
import { commandRegistry } from '../../store/command-registry';
import type { PaneLayout } from '../../model/view/view-state';

const LAYOUTS: PaneLayout[] = ['1', '2h', '2v', '4', '4r'];

/** The layout controls. */
export function LayoutPanel() {
  const t = useT();
  const layout = useAppStore((s) => s.view.layout);
  const swipe = useAppStore((s) => s.view.swipe.enabled);
  const inset = useAppStore((s) => s.view.inset);
  return (
    <div className="layout-panel" role="group" aria-label={t('layout.label')}>
      {LAYOUTS.map((l) => (
        <button
          key={l}
          type="button"
          aria-pressed={layout === l && !swipe}
          data-testid={`layout-${l}`}
          onClick={() => commandRegistry.run(`layout.${l}`)}
        >
          {t(`layout.${l}`)}
        </button>
      ))}
      <button type="button" aria-pressed={swipe} data-testid="layout-swipe" onClick={() => commandRegistry.run('layout.swipe')}>
        {t('layout.swipe')}
      </button>
      <button type="button" aria-pressed={inset} data-testid="layout-inset" onClick={() => commandRegistry.run('layout.inset')}>
        {t('layout.inset')}
      </button>
    </div>
  );
}
