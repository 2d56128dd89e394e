/** Zoom-to-province control: a select listing every province; "All China" returns to the national view. */
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/use-t';
import { fitTargetPane } from '../../selectors/pane-registry';
import { cameraStore } from '../../store/camera-store';
import { NATIONAL_CAMERA } from '../../model/view/view-state';

/** The province picker. */
export function ProvinceZoomPanel() {
  const t = useT();
  const lang = useAppStore((s) => s.view.lang);
  const provinces = useAppStore((s) => s.geo.index?.provinces ?? null);
  // Before the index arrives the same control stands there disabled, so the header keeps its final layout and the
  // map pane below it is not resized (a resize reallocates the map's drawing buffers) when the provinces come.
  if (!provinces) {
    return (
      <label className="province-zoom">
        <span className="visually-hidden">{t('province.label')}</span>
        <select aria-label={t('province.label')} disabled defaultValue="">
          <option value="">{t('province.label')}…</option>
        </select>
      </label>
    );
  }
  return (
    <label className="province-zoom">
      <span className="visually-hidden">{t('province.label')}</span>
      <select
        aria-label={t('province.label')}
        data-testid="province-zoom"
        defaultValue=""
        onChange={(e) => {
          const code = e.target.value;
          const province = provinces.find((p) => p.adcode === code);
          if (province) fitTargetPane(province.bbox, 8);
          else cameraStore.setState((s) => ({ cameras: s.cameras.map(() => ({ ...NATIONAL_CAMERA })), driver: null }));
          e.target.value = '';
        }}
      >
        <option value="">{t('province.label')}…</option>
        <option value="national">{t('province.all')}</option>
        {provinces.map((p) => (
          <option key={p.adcode} value={p.adcode}>
            {lang === 'en' ? `${p.short} ${p.pinyin}` : p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
