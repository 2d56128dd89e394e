/**
 * The county brief: one printable A4 page for the focused county — a map of the county in its prefecture, the
 * county profile (every indicator for the year with national and provincial ranks, trend lines, the exit check,
 * designation and exit year), the sources and the sample label. The browser's "Print to PDF" makes the PDF; the
 * print stylesheet shows only the brief. The map comes from the app's renderer (the panel knows no map).
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAppStore } from '../../store/app-store';
import { datasetKind } from '../../model/indicators/dataset';
import { splitIndicatorId } from '../../model/indicators/dataset';
import { translate } from '../../i18n/translate';
import { ProfilePanel } from '../profile/profile-panel';
import { pickText } from '../indicator/indicator-strings';
import { profileSections } from '../profile/profile-sections';
import { exportText } from './export-strings';
import { isoDate } from './export-spec-model';
import { usePartnershipBundle } from '../../selectors/use-partnership-bundle';
import { countyPartners } from '../../model/partnership/county-partners';
import { formatMeasureValue } from '../partnership/partnership-panel-model';
import { effectivePlaceNames, placeName } from '../../model/geo/place-name';
import './county-brief.css';

/** Props: the renderer of the county's map (a data URL, or null). */
export interface CountyBriefProps {
  renderInset: (adcode: string) => Promise<string | null>;
}

type Inset = { kind: 'pending' } | { kind: 'ready'; src: string } | { kind: 'failed' };

function BriefPage({ adcode, renderInset, onClose }: { adcode: string; renderInset: CountyBriefProps['renderInset']; onClose: () => void }) {
  const lang = useAppStore((s) => s.view.lang);
  const year = useAppStore((s) => s.view.panes[0]?.year ?? 2020);
  const indicator = useAppStore((s) => s.view.panes[0]?.indicator ?? null);
  const geoView = useAppStore((s) => s.geo.view);
  const datasets = useAppStore((s) => s.data.datasets);
  const [inset, setInset] = useState<Inset>({ kind: 'pending' });
  useEffect(() => {
    let live = true;
    renderInset(adcode).then(
      (src) => live && setInset(src ? { kind: 'ready', src } : { kind: 'failed' }),
      () => live && setInset({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [adcode, renderInset]);
  const county = geoView?.county(adcode);
  const prefecture = county ? (geoView?.prefecture.get(county.prefecture)?.name ?? '') : '';
  const province = county ? (geoView?.province.get(county.province)?.name ?? '') : '';
  const shown = profileSections(indicator ? splitIndicatorId(indicator).datasetId : 'sample', datasets)
    .map((id) => datasets.find((d) => d.id === id))
    .filter((d) => d !== undefined);
  const sample = shown.some((d) => datasetKind(d.manifest) === 'sample');
  const name = county?.name ?? adcode;
  return (
    <div className="county-brief-root" role="dialog" aria-modal="true" aria-label={exportText(lang, 'briefTitle', { county: name })} data-testid="county-brief">
      <div className="county-brief__toolbar">
        <button type="button" onClick={() => window.print()} data-testid="county-brief-print">
          {exportText(lang, 'briefPrint')}
        </button>
        <button type="button" onClick={onClose} data-testid="county-brief-close">
          {exportText(lang, 'close')}
        </button>
      </div>
      <article className="county-brief" lang={lang}>
        <header className="county-brief__head">
          <h1>{exportText(lang, 'briefTitle', { county: name })}</h1>
          {sample && <span className="county-brief__stamp">{translate(lang, 'data.sampleBilingual')}</span>}
          <p>{exportText(lang, 'briefMeta', { province, prefecture, year: String(year), date: isoDate(new Date()) })}</p>
        </header>
        <figure className="county-brief__map">
          {inset.kind === 'ready' ? (
            <img src={inset.src} alt={exportText(lang, 'briefInset', { county: name, prefecture })} data-testid="county-brief-map" />
          ) : (
            <div className="county-brief__map-status" role="status">
              {exportText(lang, inset.kind === 'pending' ? 'briefInsetPending' : 'briefInsetFailed')}
            </div>
          )}
          <figcaption>
            {exportText(lang, 'briefInset', { county: name, prefecture })} · {translate(lang, 'app.nonStandardMap')}
          </figcaption>
        </figure>
        <div className="county-brief__profile">
          <ProfilePanel />
        </div>
        <BriefPartners adcode={adcode} year={year} />
        <footer className="county-brief__sources">
          <h2>{exportText(lang, 'briefSources')}</h2>
          <ul>
            {shown.map((d) => (
              <li key={d.id}>
                {pickText(lang, d.manifest.name)}
                {datasetKind(d.manifest) === 'sample' ? ` · ${translate(lang, 'data.sample')}` : ''} · {d.manifest.provenance.source}
              </li>
            ))}
            <li>{exportText(lang, 'boundaryLine')}</li>
          </ul>
        </footer>
      </article>
    </div>
  );
}

/** The county's east–west partners and the pairing's flows in the year (the pairing structure of the view). */
function BriefPartners({ adcode, year }: { adcode: string; year: number }) {
  const lang = useAppStore((s) => s.view.lang);
  const structure = useAppStore((s) => s.view.partnership.structure);
  const names = useAppStore((s) => effectivePlaceNames(s.view.lang, s.view.placeNames));
  const geoView = useAppStore((s) => s.geo.view);
  const bundle = usePartnershipBundle(true);
  const county = geoView?.county(adcode);
  if (!bundle || !county) {
    return <section className="county-brief__partners"><p>{exportText(lang, 'briefPartnersLoading')}</p></section>;
  }
  const rows = countyPartners(bundle.pairings.pairs, bundle.flows, bundle.registry.measures, { adcode, prefecture: county.prefecture, province: county.province }, structure, year);
  const nameOf = (a: string): string => {
    const c = geoView?.county(a);
    return c ? placeName(c, names) : a;
  };
  return (
    <section className="county-brief__partners" data-testid="county-brief-partners">
      <h2>{exportText(lang, 'briefPartners', { structure: String(structure) })}</h2>
      {rows.length === 0 && <p>{exportText(lang, 'briefPartnersNone')}</p>}
      {rows.map((r) => (
        <div key={r.pair.id} className="county-brief__partner">
          <h3>
            {r.pair.east.name} → {r.pair.west.name}
          </h3>
          <p className="county-brief__source">{r.pair.source}</p>
          {r.eastCounties.length > 0 && <p>{exportText(lang, 'briefEastCounties', { list: r.eastCounties.map(nameOf).join('、') })}</p>}
          <table>
            <caption>
              {r.year === null ? exportText(lang, 'briefNoFlows') : exportText(lang, 'briefFlowsYear', { year: String(r.year) })}
              {bundle.flows.sample ? ` · ${translate(lang, 'data.sample')}` : ''}
            </caption>
            <tbody>
              {r.flows
                .filter((f) => f.value !== null)
                .map((f) => (
                  <tr key={f.measure.id}>
                    <th scope="row">{pickText(lang, f.measure.name)}</th>
                    <td>{formatMeasureValue(lang, f.value, f.measure)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

/** The button under the profile, and the brief page while it is open. */
export function CountyBrief({ renderInset }: CountyBriefProps) {
  const lang = useAppStore((s) => s.view.lang);
  const focus = useAppStore((s) => s.view.focus);
  const [open, setOpen] = useState<string | null>(null);
  if (!focus) return null;
  return (
    <>
      <button type="button" className="county-brief__open" onClick={() => setOpen(focus)} data-testid="county-brief-open">
        {exportText(lang, 'briefOpen')}
      </button>
      {open && createPortal(<BriefPage adcode={open} renderInset={renderInset} onClose={() => setOpen(null)} />, document.body)}
    </>
  );
}
