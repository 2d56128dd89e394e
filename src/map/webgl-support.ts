/** Detects WebGL2, which maplibre-gl 6 and deck.gl 9 need, so the app can say so instead of showing a blank page. */

/** True when a WebGL2 context can be created. */
export function hasWebgl2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
