/**
 * Where a callout's label stands beside its county: up and to the side of the pane with more room, and at most as
 * wide as that room, so a label never runs off its pane (a portrait wall's pane is narrower than a long county
 * name with its value). Pure: positions in the pane's own pixels.
 */

/** The side of the point the label goes to, and the widest it may be (px). */
export interface CalloutPlacement {
  side: 'left' | 'right';
  maxWidth: number;
}

/** Space kept between a label and the pane's edge (px). */
const EDGE_PX = 8;

/**
 * The label's placement for a county at `x` (px from the pane's left) in a pane `width` wide, with a leader line
 * `leader` px long (drawn diagonally up towards the label).
 */
export function calloutPlacement(x: number, width: number, leader: number): CalloutPlacement {
  const right = width - (x + leader) - EDGE_PX;
  const left = x - leader - EDGE_PX;
  return right >= left ? { side: 'right', maxWidth: Math.max(0, right) } : { side: 'left', maxWidth: Math.max(0, left) };
}
