/** The partnership arc under the pointer (transient, like the county hover, so hovering never re-renders panels). */
import type { PartnershipArc } from '../model/partnership/arcs';
import { createHoverStore } from './hover-store';

/** The arc hover store: the arc, its pane and the pointer position in that pane. */
export const useArcHoverStore = createHoverStore<PartnershipArc, 'arc'>('arc');
