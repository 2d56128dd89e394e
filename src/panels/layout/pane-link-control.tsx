/** Per-pane camera link mode: linked, same zoom, or independent. Shown only when there is more than one pane. */
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/use-t';
import { setPaneLink } from '../../store/view-updaters';
import type { LinkMode } from '../../model/view/view-state';

const MODES: LinkMode[] = ['linked', 'zoom', 'independent'];

/** Props: the pane. */
export interface PaneLinkControlProps {
  pane: number;
}

/** The link-mode select of one pane. */
export function PaneLinkControl({ pane }: PaneLinkControlProps) {
  const t = useT();
  const link = useAppStore((s) => s.view.panes[pane]?.link ?? 'linked');
  const count = useAppStore((s) => s.view.panes.length);
  const swipe = useAppStore((s) => s.view.swipe.enabled);
  const apply = useAppStore((s) => s.viewActions.apply);
  if (count < 2 || swipe) return null;
  return (
    <select
      className="pane-link"
      aria-label={t('link.label')}
      data-testid={`pane-link-${pane}`}
      value={link}
      onChange={(e) => apply((v) => setPaneLink(v, pane, e.target.value as LinkMode))}
    >
      {MODES.map((m) => (
        <option key={m} value={m}>
          {t(`link.${m}`)}
        </option>
      ))}
    </select>
  );
}
