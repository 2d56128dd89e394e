/** Per-pane layer switches: county colouring, partnership arcs and place names. */
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/use-t';
import { updatePane } from '../../store/view-updaters';
import type { PaneLayers } from '../../model/view/view-state';

const LAYERS: (keyof PaneLayers)[] = ['choropleth', 'arcs', 'labels'];

/** Props: the pane. */
export interface PaneLayersControlProps {
  pane: number;
}

/** The layer checkboxes of one pane. */
export function PaneLayersControl({ pane }: PaneLayersControlProps) {
  const t = useT();
  const layers = useAppStore((s) => s.view.panes[pane]?.layers);
  const apply = useAppStore((s) => s.viewActions.apply);
  if (!layers) return null;
  return (
    <fieldset className="pane-layers" data-testid={`pane-layers-${pane}`}>
      <legend className="visually-hidden">{t('layers.label')}</legend>
      {LAYERS.map((layer) => (
        <label key={layer} className="pane-layers__item">
          <input
            type="checkbox"
            checked={layers[layer]}
            onChange={(e) => apply((v) => updatePane(v, pane, { layers: { ...layers, [layer]: e.target.checked } }))}
          />
          {t(`layers.${layer}`)}
        </label>
      ))}
    </fieldset>
  );
}
