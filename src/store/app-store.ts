/**
 * The one application store, made of slices: `view` (the serialisable view state and its actions), `geo` (the
 * county index and geometry status), `data` (the datasets) and `notices`. The live camera and hover change many times a second and live
 * in their own transient stores (camera-store.ts, hover-store.ts) so panning never re-renders panels.
 */
import { create } from 'zustand';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createGeoSlice, type GeoSlice } from './geo-slice';
import { createNoticeSlice, type NoticeSlice } from './notice-slice';
import { createDataSlice, type DataSlice } from './data-slice';
import { createPartnershipSlice, type PartnershipSlice } from './partnership-slice';
import { createFundsSlice, type FundsSlice } from './funds-slice';
import { createRiskSlice, type RiskSlice } from './risk-slice';
import { createPresentSlice, type PresentSlice } from './present-slice';

import { createSavedViewsSlice, type SavedViewsSlice } from './saved-views-slice';

/** The whole store. */
export type AppState = ViewSlice & GeoSlice & DataSlice & NoticeSlice & PartnershipSlice & FundsSlice & RiskSlice & PresentSlice & SavedViewsSlice;

/** The React hook and vanilla API of the store. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createViewSlice(...args),
  ...createGeoSlice(...args),
  ...createDataSlice(...args),
  ...createNoticeSlice(...args),
  ...createPartnershipSlice(...args),
  ...createFundsSlice(...args),
  ...createRiskSlice(...args),
  ...createPresentSlice(...args),
  ...createSavedViewsSlice(...args),
}));
