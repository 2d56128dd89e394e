/**
 * Pure camera linking between panes: given the pane the user moved and its new camera, decide every pane's camera.
 * Linked panes copy the camera; zoom-locked panes copy only the zoom; independent panes never follow or lead.
 * Returning the same camera objects for unchanged panes lets panes skip redundant jumps (no feedback loops).
 */
import type { Camera, LinkMode } from '../model/view/view-state';

/** Tolerance under which two cameras count as the same (avoids drift from float round-trips). */
const EPSILON = 1e-9;

/** True when two cameras are the same within float noise. */
export function sameCamera(a: Camera | undefined, b: Camera | undefined): boolean {
  if (!a || !b) return false;
  return Math.abs(a.lng - b.lng) < EPSILON && Math.abs(a.lat - b.lat) < EPSILON && Math.abs(a.zoom - b.zoom) < EPSILON;
}

/** How pane `follower` follows a move of pane `driver`. */
export function followMode(driverLink: LinkMode, followerLink: LinkMode): 'camera' | 'zoom' | 'none' {
  if (driverLink === 'independent' || followerLink === 'independent') return 'none';
  if (driverLink === 'zoom' || followerLink === 'zoom') return 'zoom';
  return 'camera';
}

/** Computes all panes' cameras after pane `driver` moved to `camera`. */
export function linkCameras(driver: number, camera: Camera, links: readonly LinkMode[], current: readonly Camera[]): Camera[] {
  const driverLink = links[driver] ?? 'independent';
  return links.map((link, i) => {
    const before = current[i] ?? camera;
    if (i === driver) return sameCamera(before, camera) ? before : { ...camera };
    const mode = followMode(driverLink, link);
    if (mode === 'camera') return sameCamera(before, camera) ? before : { ...camera };
    if (mode === 'zoom') return Math.abs(before.zoom - camera.zoom) < EPSILON ? before : { ...before, zoom: camera.zoom };
    return before;
  });
}
