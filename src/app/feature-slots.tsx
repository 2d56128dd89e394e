/**
 * Where features mount their controls and panels in the shell. Each feature adds one line in the slot it belongs
 * to, so App.tsx stays a layout and features stay independent of each other. Side tabs other than "county" live
 * in src/app/tabs/ and load when first opened (they are not needed for the first map).
 */
import { LayoutPanel } from '../panels/layout/layout-panel';
import { SelectionPanel } from '../panels/selection/selection-panel';
import { ArcTooltip } from '../panels/partnership/arc-tooltip';
import { ArcLegend } from '../panels/partnership/arc-legend';
import { TimelinePanel } from '../panels/timeline/timeline-panel';
import { ProfilePanel } from '../panels/profile/profile-panel';
import { NationalSummaryPanel } from '../panels/national-summary/national-summary-panel';
import { RealDataHint } from '../panels/provenance/real-data-hint';
import { PaneIndicatorControls } from '../panels/indicator/pane-indicator-controls';
import { PaneLayersControl } from '../panels/layout/pane-layers-control';
import { PaneLinkControl } from '../panels/layout/pane-link-control';
import { PaneTitle } from '../panels/pane-title/pane-title';
import { CountyTooltip } from '../panels/tooltip/county-tooltip';
import type { PaneSlots } from '../map/map-pane';
import { requestDetailedGeometry } from './boot';
import { ensureCjkFont } from './cjk-font';
import { useWallBaseTheme, useWallLabelScale } from './present/use-wall-maps';
import { ShareDialog } from '../panels/export/share-dialog';
import type { RenderMapImage } from '../panels/export/export-image-section';
import { SavedViewsSection } from '../panels/export/saved-views-section';
import { appSavedViewDeps } from './saved-views-boot';
import { ProjectFileSection } from '../panels/export/project-file-section';
import { appProjectRegistry } from './project-registry';
import { CountyBrief } from '../panels/export/county-brief';

/** The map image renderer, loaded when the first image is made (it is not needed for the first map). */
const renderMapImage: RenderMapImage = (request) => import('../map/export/export-map-image').then((m) => m.exportMapImage(request));
const renderCountyInset = (adcode: string): Promise<string | null> => import('../map/export/county-inset').then((m) => m.renderCountyInset(adcode));
const captureThumbnail = (): Promise<string | null> => import('../map/export/thumbnail').then((m) => m.captureThumbnail());

/** The share dialog's sections after the map image. */
function shareSections(close: () => void) {
  return (
    <>
      <SavedViewsSection deps={appSavedViewDeps} captureThumbnail={captureThumbnail} onOpened={close} />
      <ProjectFileSection registry={appProjectRegistry} />
    </>
  );
}

/** Controls in the header bar (layout switch, timeline, …). */
export function HeaderExtras() {
  return (
    <>
      <LayoutPanel />
      <TimelinePanel />
      <ShareDialog renderImage={renderMapImage} sections={shareSections} />
    </>
  );
}

/** Side tab "county": the selection and the focused county's profile. */
export function CountyTab() {
  return (
    <>
      <RealDataHint />
      <SelectionPanel />
      <ProfilePanel />
      <NationalSummaryPanel />
      <CountyBrief renderInset={renderCountyInset} />
    </>
  );
}

/** Props of per-pane feature controls. */
export interface PaneSlotProps {
  pane: number;
}

/** Controls drawn on each map pane (indicator, year, legend, …). */
export function PaneControls({ pane }: PaneSlotProps) {
  return (
    <>
      <PaneIndicatorControls pane={pane} />
      <PaneLayersControl pane={pane} />
      <ArcLegend pane={pane} />
    </>
  );
}

/**
 * A pane's toolbar: a head row (the pane's title and camera link) that always stays in view, then the feature
 * controls, which scroll inside the pane when expanded rather than overflow it.
 */
export function PaneToolbar({ pane }: PaneSlotProps) {
  return (
    <>
      <div className="pane-toolbar__head">
        <PaneTitle pane={pane} />
        <PaneLinkControl pane={pane} />
      </div>
      <div className="pane-toolbar__body">
        <PaneControls pane={pane} />
      </div>
    </>
  );
}

/**
 * What floats over a pane's map under the pointer. The arc tooltip lives here, not in the toolbar: inside the narrow,
 * scrolling toolbar column its box shrank to one character per line.
 */
export function PaneOverlay({ pane }: PaneSlotProps) {
  return (
    <>
      <CountyTooltip pane={pane} />
      <ArcTooltip pane={pane} />
    </>
  );
}

/** What every map pane gets from the shell (the map itself imports no panel and no loader). */
export const PANE_SLOTS: PaneSlots = {
  Toolbar: PaneToolbar,
  Overlay: PaneOverlay,
  requestDetailedGeometry,
  prepareLabelFont: ensureCjkFont,
  useLabelScale: useWallLabelScale,
  useBaseTheme: useWallBaseTheme,
};
