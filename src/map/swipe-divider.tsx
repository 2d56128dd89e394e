/**
 * Swipe mode: pane 1 lies exactly under pane 0 (both linked), and pane 0 is clipped at the divider. Clipping also
 * clips hit-testing, so the left side is pane 0 and the right side pane 1. The divider is draggable and
 * keyboard-operable.
 */
import { useRef } from 'react';
import { useAppStore } from '../store/app-store';
import { useT } from '../i18n/use-t';
import { setSwipe } from '../store/view-updaters';

const KEY_STEP = 0.02;

/** The draggable divider. */
export function SwipeDivider() {
  const t = useT();
  const position = useAppStore((s) => s.view.swipe.position);
  const apply = useAppStore((s) => s.viewActions.apply);
  const ref = useRef<HTMLDivElement>(null);
  const move = (clientX: number): void => {
    const parent = ref.current?.parentElement?.getBoundingClientRect();
    if (parent && parent.width > 0) apply((v) => setSwipe(v, true, (clientX - parent.left) / parent.width));
  };
  return (
    <div
      ref={ref}
      className="swipe-divider"
      style={{ left: `${position * 100}%` }}
      role="slider"
      tabIndex={0}
      aria-label={t('layout.swipeHandle')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(position * 100)}
      data-testid="swipe-divider"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        move(e.clientX);
      }}
      onPointerMove={(e) => {
        if (e.currentTarget.hasPointerCapture(e.pointerId)) move(e.clientX);
      }}
      onKeyDown={(e) => {
        const delta = e.key === 'ArrowLeft' ? -KEY_STEP : e.key === 'ArrowRight' ? KEY_STEP : 0;
        if (delta) {
          e.preventDefault();
          apply((v) => setSwipe(v, true, position + delta));
        }
      }}
    />
  );
}
