/**
 * A small picture of the maps as they are on screen, for the saved-view list: each live pane is asked for one
 * repaint and its canvas copied inside maplibre's own render event (while the drawing buffer still holds the
 * frame), at its place in the pane grid (swipe: the left pane clipped at the divider). A JPEG data URL, or null.
 */
import { getPane } from '../../selectors/pane-registry';
import { useAppStore } from '../../store/app-store';

/** Thumbnail width in pixels (height follows the grid's aspect). */
const THUMBNAIL_WIDTH_PX = 320;
/** A pane that does not repaint within this time is left out of the picture. */
const FRAME_TIMEOUT_MS = 4000;

function copyNextFrame(index: number, draw: (canvas: HTMLCanvasElement) => void): Promise<void> {
  const pane = getPane(index);
  if (!pane) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_TIMEOUT_MS);
    pane.map.once('render', () => {
      clearTimeout(timer);
      draw(pane.map.getCanvas());
      resolve();
    });
    pane.map.triggerRepaint();
  });
}

/** The thumbnail of the current maps, or null (no grid, no 2D canvas). */
export async function captureThumbnail(): Promise<string | null> {
  const grid = document.querySelector('.pane-grid');
  const box = grid?.getBoundingClientRect();
  if (!box || box.width <= 0 || box.height <= 0) return null;
  const k = THUMBNAIL_WIDTH_PX / box.width;
  const canvas = document.createElement('canvas');
  canvas.width = THUMBNAIL_WIDTH_PX;
  canvas.height = Math.max(1, Math.round(box.height * k));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#dfe8ee';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const { view } = useAppStore.getState();
  const swipe = view.swipe.enabled && view.panes.length === 2;
  // Swipe: pane 1 first (underneath), then pane 0 clipped at the divider.
  const order = swipe ? [1, 0] : view.panes.map((_, i) => i);
  for (const index of order) {
    await copyNextFrame(index, (source) => {
      const r = source.getBoundingClientRect();
      ctx.save();
      if (swipe && index === 0) {
        ctx.beginPath();
        ctx.rect(0, 0, canvas.width * view.swipe.position, canvas.height);
        ctx.clip();
      }
      ctx.drawImage(source, (r.x - box.x) * k, (r.y - box.y) * k, r.width * k, r.height * k);
      ctx.restore();
    });
  }
  try {
    return canvas.toDataURL('image/jpeg', 0.8);
  } catch {
    return null;
  }
}
