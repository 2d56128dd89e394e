/**
 * The midpoint of a diverging scheme (0 for a change since a year, the line for a distance to it): a switch and
 * the value. The classification then keeps the midpoint as a break and colours each side in its own hue.
 */
import { useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { setPaneClassification } from '../../store/view-updaters';
import type { Classification } from '../../model/view/view-state';

/** Props: the pane, its classification and the two labels (the caller's strings table). */
export interface MidpointControlProps {
  pane: number;
  classification: Classification;
  label: string;
  valueLabel: string;
}

/** The midpoint switch and value of one pane. */
export function MidpointControl({ pane, classification, label, valueLabel }: MidpointControlProps) {
  const apply = useAppStore((s) => s.viewActions.apply);
  const [text, setText] = useState<string | null>(null);
  const on = classification.midpoint !== undefined;
  const set = (midpoint: number | null): void =>
    apply((v) => {
      const { midpoint: _old, ...rest } = classification;
      return setPaneClassification(v, pane, midpoint === null ? rest : { ...rest, midpoint });
    });
  const commit = (): void => {
    const value = text === null ? null : Number(text.replace(',', '.'));
    if (value !== null && text?.trim() !== '' && Number.isFinite(value)) set(value);
    setText(null);
  };
  return (
    <>
      <label className="indicator-panel__check">
        <input type="checkbox" data-testid={`midpoint-${pane}`} checked={on} onChange={(e) => set(e.target.checked ? 0 : null)} />
        {label}
      </label>
      {on && (
        <label className="indicator-panel__check">
          {valueLabel}{' '}
          <input
            type="text"
            inputMode="decimal"
            size={6}
            data-testid={`midpoint-value-${pane}`}
            value={text ?? String(classification.midpoint)}
            onChange={(e) => setText(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => e.key === 'Enter' && commit()}
          />
        </label>
      )}
    </>
  );
}
