/**
 * The wall layout of the current screen and scene while presenting (null on the desk): recomputed when the window
 * is resized, the scene's layout changes, or its side panel comes or goes.
 */
import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { openStoryboard } from '../../store/present-slice';
import { paneCountOf } from '../../model/view/view-state';
import { computeWallLayout, type WallLayout } from '../../model/present/wall-layout';

/** Side tabs a presented scene shows beside its maps (the county tab is desk work). */
export const PRESENTED_SIDE_TABS: ReadonlySet<string> = new Set(['compare', 'ranking', 'partnership']);

function windowSize(): { width: number; height: number } {
  return { width: window.innerWidth, height: window.innerHeight };
}

/** The layout, and how many panes to keep mounted (the most any scene of the open storyboard shows). */
export function useWallLayout(): { wall: WallLayout | null; keepMounted: number } {
  const active = useAppStore((s) => s.present.active);
  const layout = useAppStore((s) => s.view.layout);
  const side = useAppStore((s) => PRESENTED_SIDE_TABS.has(s.view.sideTab));
  const keepMounted = useAppStore((s) => Math.max(1, ...openStoryboard(s.present).scenes.map((sc) => paneCountOf(sc.view.layout))));
  const [size, setSize] = useState(windowSize);
  useEffect(() => {
    if (!active) return;
    const onResize = (): void => setSize(windowSize());
    onResize();
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [active]);
  const wall = useMemo(
    () =>
      active
        ? computeWallLayout({
            widthPx: size.width,
            heightPx: size.height,
            devicePixelRatio: window.devicePixelRatio || 1,
            paneCount: paneCountOf(layout),
            side,
            stacked: layout === '2v',
          })
        : null,
    [active, size, layout, side],
  );
  return { wall, keepMounted: active ? keepMounted : 0 };
}
