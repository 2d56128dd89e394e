/**
 * Presentation parameters of the URL hash: `#present=1&story=ID&scene=N&autoplay=1`. They sit beside (not inside)
 * the view state: while presenting, the view comes from the scene, so the hash holds only these. Scene numbers in
 * the URL count from 1, as the wall shows them.
 */

/** Presentation parameters. */
export interface PresentParams {
  story: string | null;
  /** Zero-based scene index. */
  scene: number;
  autoplay: boolean;
}

const STORY_RE = /^[A-Za-z0-9_-]{1,40}$/;

/** The presentation parameters of a hash, or null when it does not ask for presentation mode. */
export function decodePresentParams(hash: string): PresentParams | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  if (p.get('present') !== '1') return null;
  const story = p.get('story');
  const sceneRaw = p.get('scene');
  const scene = sceneRaw !== null && /^\d{1,4}$/.test(sceneRaw) ? Math.max(0, Number(sceneRaw) - 1) : 0;
  return { story: story && STORY_RE.test(story) ? story : null, scene, autoplay: p.get('autoplay') === '1' };
}

/** The hash of a presentation (without '#'). */
export function encodePresentParams(params: PresentParams): string {
  const p = new URLSearchParams();
  p.set('present', '1');
  if (params.story) p.set('story', params.story);
  p.set('scene', String(params.scene + 1));
  if (params.autoplay) p.set('autoplay', '1');
  return p.toString();
}
