/** The 示例数据 / Sample data label every panel showing sample values carries. */
import { useAppStore } from '../../store/app-store';
import { compareText } from './compare-strings';

/** Props: whether the shown dataset is sample data (manifest.sample). */
export interface SampleBadgeProps {
  sample: boolean;
}

/** A small badge; renders nothing for real data. */
export function SampleBadge({ sample }: SampleBadgeProps) {
  const lang = useAppStore((s) => s.view.lang);
  if (!sample) return null;
  return (
    <span className="sample-badge" title={compareText(lang, 'sampleTitle')} data-testid="sample-badge">
      {compareText(lang, 'sample')}
    </span>
  );
}
