/** A row of buttons of which one is chosen (ARIA radio group): levels, partnership structures, … */
import type { ReactNode } from 'react';

/** Props of a radio group; the group is named by `label` or by the element `labelledBy` points at. */
export interface RadioGroupProps<T extends string | number> {
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  /** What each option's button shows. */
  render: (option: T) => ReactNode;
  className?: string;
  label?: string;
  labelledBy?: string;
  /** data-testid of each option's button. */
  testId?: (option: T) => string;
}

/** The radio group. */
export function RadioGroup<T extends string | number>(props: RadioGroupProps<T>) {
  const { options, value, onChange, render, className, label, labelledBy, testId } = props;
  return (
    <div className={className} role="radiogroup" aria-label={label} aria-labelledby={labelledBy}>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={option === value}
          data-testid={testId?.(option)}
          onClick={() => onChange(option)}
        >
          {render(option)}
        </button>
      ))}
    </div>
  );
}
