/** Detects WebGL2, which maplibre-gl 6 and deck.gl 9 need, so the app can say so instead of showing a blank page. */

/** True when a WebGL2 context can be created. */
export function hasWebgl2(): boolean {
  try {
    // A 1×1 canvas without multisampling, depth or stencil: the probe allocates next to nothing (software WebGL
    // pays for every buffer of a context), and answers the same question.
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const gl = canvas.getContext('webgl2', { antialias: false, depth: false, stencil: false, alpha: false });
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
