/** Per-pane layer switches: county colouring, partnership arcs and place names. */
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/use-t';
import { updatePane } from '../../store/view-updaters';
import { PLACE_NAME_MODES, type PaneLayers, type PlaceNameMode } from '../../model/view/view-state';

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
  const lang = useAppStore((s) => s.view.lang);
  const placeNames = useAppStore((s) => s.view.placeNames);
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
      {/* How English shows place names (one setting for every pane); Chinese always shows the Chinese names. */}
      {lang === 'en' && layers.labels && (
        <select
          className="pane-layers__names"
          aria-label={t('placeNames.label')}
          data-testid={`place-names-${pane}`}
          value={placeNames}
          onChange={(e) => apply((v) => ({ ...v, placeNames: e.target.value as PlaceNameMode }))}
        >
          {PLACE_NAME_MODES.map((mode) => (
            <option key={mode} value={mode}>{t(`placeNames.${mode}`)}</option>
          ))}
        </select>
      )}
    </fieldset>
  );
}
