/**
 * What the data-provenance badge says for a dataset: its kind (sample / real / facts) in one of three forms, and a
 * tooltip naming the source. Pure, so panels, exports and tests share one wording (strings in src/i18n/messages.ts).
 */
import { datasetKind, type DatasetKind, type DatasetManifest, type LocalText } from '../../model/indicators/dataset';
import type { Lang } from '../../model/view/view-state';
import { localText, translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/messages';

/**
 * short: the kind in the interface language (示例数据); bilingual: both languages (示例数据 / Sample data), kept for
 * exported files only; full: the kind with its source in the interface language (真实数据 · 2020 年第七次全国人口普查),
 * the bare kind for the sample (its source says nothing more than "synthetic"). The interface shows one language at a
 * time, so only exports use the bilingual form.
 */
export type BadgeForm = 'short' | 'bilingual' | 'full';

/** The badge's text and tooltip; null for the user's own data (no badge). */
export interface BadgeText {
  kind: DatasetKind;
  text: string;
  title: string;
}

const SHORT: Record<DatasetKind, MessageKey> = { sample: 'data.sample', real: 'data.real', facts: 'data.facts' };
const BILINGUAL: Record<DatasetKind, MessageKey> = { sample: 'data.sampleBilingual', real: 'data.realBilingual', facts: 'data.factsBilingual' };

/** The part of a dataset the badge reads. */
export type BadgeSource = Pick<DatasetManifest, 'sample' | 'kind'> & { provenance: { label?: LocalText; source: string } };

/** Badge text for a dataset (or a bare kind with an optional source label). */
export function badgeText(lang: Lang, source: BadgeSource | { kind: DatasetKind; label?: LocalText }, form: BadgeForm = 'short'): BadgeText | null {
  const kind = 'provenance' in source ? datasetKind(source) : source.kind;
  if (!kind) return null;
  const label = 'provenance' in source ? source.provenance.label : source.label;
  const sourceText = label ? localText(lang, label) : 'provenance' in source ? source.provenance.source : '';
  const short = translate(lang, SHORT[kind]);
  const text =
    form === 'bilingual' ? translate(lang, BILINGUAL[kind])
    : form === 'full' && label && kind !== 'sample' ? translate(lang, 'data.withSource', { kind: short, source: localText(lang, label) })
    : short;
  const title = kind === 'sample' ? translate(lang, 'data.sampleTitle') : translate(lang, kind === 'real' ? 'data.realTitle' : 'data.factsTitle', { source: sourceText });
  return { kind, text, title };
}

/** The note an export of this dataset carries in both languages (示例数据 / Sample data, 真实数据 · … / Real data · …); '' for own data. */
export function exportLabel(source: BadgeSource): string {
  const zh = badgeText('zh-CN', source, 'full');
  const en = badgeText('en', source, 'full');
  if (!zh || !en) return '';
  return `${zh.text} / ${en.text}`;
}

/** The suffix an indicator name carries in lists (e.g. the picker's options) for sample data; '' otherwise. */
export function sampleSuffix(lang: Lang, source: Pick<DatasetManifest, 'sample' | 'kind'>): string {
  return datasetKind(source) === 'sample' ? translate(lang, 'data.sampleSuffix') : '';
}
