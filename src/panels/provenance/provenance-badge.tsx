/** The one data-provenance badge (示例数据 / 真实数据 / 公开事实) every panel showing dataset values carries. */
import { useAppStore } from '../../store/app-store';
import type { DatasetKind, LocalText } from '../../model/indicators/dataset';
import { badgeText, type BadgeForm, type BadgeSource } from './provenance-badge-model';
import './provenance-badge.css';

/** Props: the dataset (manifest) or a bare kind, the form, and an optional test id / tooltip override. */
export interface ProvenanceBadgeProps {
  source: BadgeSource | { kind: DatasetKind; label?: LocalText } | null | undefined;
  form?: BadgeForm;
  /** A test id, or one per kind (so existing `map-sample-badge-0` ids stay and real data gets `map-real-badge-0`). */
  testId?: string | ((kind: DatasetKind) => string);
  /** A more specific tooltip (e.g. "flows are sample, pairings are real policy"). */
  title?: string;
}

/** A small badge; renders nothing for the user's own data or while the dataset is unknown. */
export function ProvenanceBadge({ source, form = 'short', testId, title }: ProvenanceBadgeProps) {
  const lang = useAppStore((s) => s.view.lang);
  const badge = source ? badgeText(lang, source, form) : null;
  if (!badge) return null;
  return (
    <span className={`provenance-badge provenance-badge--${badge.kind}`} title={title ?? badge.title} data-kind={badge.kind} data-testid={typeof testId === 'function' ? testId(badge.kind) : (testId ?? `provenance-badge-${badge.kind}`)}>
      {badge.text}
    </span>
  );
}
