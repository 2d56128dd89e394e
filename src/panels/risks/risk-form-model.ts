/**
 * The risk form's pure parts: reading the counties field (names or adcodes, separated by commas, 、 or spaces)
 * against the county index, turning the form's text fields into a draft for validation, and back.
 */
import type { CountyIndexJson } from '../../model/geo/county';
import type { RiskDraft, RiskLevel, RiskLink, RiskStatus } from '../../model/risks/risk-entry';

/** The counties field read: codes found, and names that matched none or several counties. */
export interface CountyListReading {
  adcodes: string[];
  notFound: string[];
  ambiguous: string[];
}

/** Reads a counties field. A 6-digit token is taken as an adcode; anything else as an exact county name. */
export function readCountyList(text: string, index: CountyIndexJson | null): CountyListReading {
  const out: CountyListReading = { adcodes: [], notFound: [], ambiguous: [] };
  const byName = new Map<string, string[]>();
  for (const c of index?.counties ?? []) byName.set(c.name, [...(byName.get(c.name) ?? []), c.adcode]);
  for (const token of text.split(/[,，、;；\s]+/).filter(Boolean)) {
    if (/^\d{6}$/.test(token)) {
      // Unknown codes are kept so validation names them.
      out.adcodes.push(token);
      continue;
    }
    const codes = byName.get(token) ?? [];
    if (codes.length === 1) out.adcodes.push(codes[0]!);
    else if (codes.length > 1) out.ambiguous.push(token);
    else out.notFound.push(token);
  }
  out.adcodes = [...new Set(out.adcodes)];
  return out;
}

/** The form's fields as the user edits them. */
export interface RiskFormFields {
  category: string;
  title: string;
  description: string;
  counties: string;
  owner: string;
  level: string;
  status: string;
  due: string;
  linkKind: '' | 'indicator' | 'warning';
  linkId: string;
  actions: { date: string; text: string }[];
}

/** The fields of a draft (editing an entry). */
export function fieldsOfDraft(draft: RiskDraft): RiskFormFields {
  return {
    category: draft.category,
    title: draft.title,
    description: draft.description,
    counties: draft.counties.join(', '),
    owner: draft.owner,
    level: String(draft.level),
    status: draft.status,
    due: draft.due ?? '',
    linkKind: draft.link?.kind ?? '',
    linkId: draft.link?.id ?? '',
    actions: draft.actions.map((a) => ({ ...a })),
  };
}

/** The draft the fields describe (unvalidated: `checkRiskDraft` decides). */
export function draftOfFields(fields: RiskFormFields, counties: readonly string[]): Record<keyof RiskDraft, unknown> {
  const link: RiskLink | { kind: string; id: string } | null = fields.linkKind ? { kind: fields.linkKind, id: fields.linkId.trim() } : null;
  return {
    category: fields.category,
    title: fields.title,
    description: fields.description,
    counties: [...counties],
    owner: fields.owner,
    level: Number(fields.level) as RiskLevel,
    status: fields.status as RiskStatus,
    due: fields.due.trim() === '' ? null : fields.due.trim(),
    link,
    actions: fields.actions.filter((a) => a.text.trim() !== '' || a.date.trim() !== ''),
  };
}
