/**
 * Every interface string table speaks one language at a time: each entry has both a zh and an en side, the zh side
 * has no Latin words beyond an allow-list (file formats, codes, units, product names), and the en side has no Chinese
 * beyond the entries meant to show it (the language switch's own name, the bilingual export notes).
 */
import { MATCHING_STRINGS } from '../../../src/panels/matching/matching-strings';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/i18n/messages';
import { COMPARE_STRINGS } from '../../../src/panels/compare/compare-strings';
import { EXPORT_STRINGS } from '../../../src/panels/export/export-strings';
import { IMPORT_STRINGS } from '../../../src/panels/import/import-strings';
import { MATCH_REASON_STRINGS, MATCH_STATUS_STRINGS } from '../../../src/data/import/match-reason-text';
import { INDICATOR_STRINGS, LEVEL_NAMES, METHOD_NAMES, THEME_NAMES } from '../../../src/panels/indicator/indicator-strings';
import { LEGEND_STRINGS, REGION_NAMES } from '../../../src/panels/legend/legend-strings';
import { MONITOR_STRINGS } from '../../../src/panels/monitor/monitor-strings';
import { DIMENSION_NAMES } from '../../../src/model/monitoring/monitor-view';
import { PARTNERSHIP_STRINGS } from '../../../src/panels/partnership/partnership-strings';
import { PROFILE_STRINGS } from '../../../src/panels/profile/profile-strings';
import { NATIONAL_SUMMARY_STRINGS } from '../../../src/panels/national-summary/national-summary-strings';
import { RANKING_STRINGS } from '../../../src/panels/ranking/ranking-strings';
import { TIMELINE_STRINGS } from '../../../src/panels/timeline/timeline-strings';
import { FUNDS_STRINGS } from '../../../src/panels/funds/funds-strings';
import { RISKS_STRINGS, RISK_NAMES } from '../../../src/panels/risks/risks-strings';
import { FUND_PROGRAMMES, FUND_PURPOSES, FUND_SOURCES } from '../../../src/model/funds/fund-catalogue';
import { COMMAND_LABELS, PRESENT_STRINGS } from '../../../src/panels/present/present-strings';
import { COLOR_SCHEMES } from '../../../src/model/indicators/color-scheme';
import { INDICATOR_REGISTRY } from '../../../src/model/indicators/registry';
import { MAPLIBRE_STRINGS } from '../../../src/map/maplibre-locale';
import { latinWordsOutsideAllowList } from '../../../src/i18n/latin-allow-list';

const TABLES: Record<string, unknown> = {
  messages,
  COMPARE_STRINGS,
  EXPORT_STRINGS,
  IMPORT_STRINGS,
  MATCH_REASON_STRINGS,
  MATCH_STATUS_STRINGS,
  INDICATOR_STRINGS,
  LEVEL_NAMES,
  METHOD_NAMES,
  THEME_NAMES,
  LEGEND_STRINGS,
  REGION_NAMES,
  MONITOR_STRINGS,
  DIMENSION_NAMES,
  PARTNERSHIP_STRINGS,
  MATCHING_STRINGS,
  PROFILE_STRINGS,
  NATIONAL_SUMMARY_STRINGS,
  RANKING_STRINGS,
  TIMELINE_STRINGS,
  FUNDS_STRINGS,
  RISKS_STRINGS,
  RISK_NAMES,
  FUND_CATALOGUE: { FUND_SOURCES, FUND_PURPOSES, FUND_PROGRAMMES },
  COMMAND_LABELS,
  PRESENT_STRINGS,
  COLOR_SCHEMES: COLOR_SCHEMES.map((s) => ({ name: s.name })),
  INDICATOR_REGISTRY,
  MAPLIBRE_STRINGS,
};

/** Keys whose English side shows Chinese on purpose. */
const EN_MAY_SHOW_CHINESE = new Set(['messages.app.language', 'messages.data.sampleBilingual', 'messages.data.realBilingual', 'messages.data.factsBilingual']);
/** Keys whose Chinese side shows English on purpose. */
const ZH_MAY_SHOW_LATIN = new Set(['messages.data.sampleBilingual', 'messages.data.realBilingual', 'messages.data.factsBilingual', 'messages.app.language']);

interface Entry { path: string; zh: unknown; en: unknown }

/** Every {zh, en} text anywhere inside a table (nested objects and arrays included). */
function entries(path: string, value: unknown, out: Entry[] = []): Entry[] {
  if (!value || typeof value !== 'object') return out;
  const record = value as Record<string, unknown>;
  if ('zh' in record || 'en' in record) {
    out.push({ path, zh: record.zh, en: record.en });
    return out;
  }
  for (const [key, child] of Object.entries(record)) entries(`${path}.${key}`, child, out);
  return out;
}

const ALL = Object.entries(TABLES).flatMap(([name, table]) => entries(name, table));
const CJK = /[\u3400-\u9fff]/;

describe('interface string tables', () => {
  it('finds the tables it checks', () => {
    expect(ALL.length).toBeGreaterThan(300);
    expect(ALL.some((e) => e.path === 'messages.map.zoomIn')).toBe(true);
  });

  it('gives every key a zh and an en side (both text, both filled or both empty)', () => {
    const bad = ALL.filter((e) => typeof e.zh !== 'string' || typeof e.en !== 'string' || (e.zh === '') !== (e.en === ''));
    expect(bad.map((e) => e.path)).toEqual([]);
  });

  it('keeps Latin words out of the zh side beyond the allow-list', () => {
    const bad = ALL.filter((e) => !ZH_MAY_SHOW_LATIN.has(e.path))
      .map((e) => ({ path: e.path, words: latinWordsOutsideAllowList(String(e.zh)) }))
      .filter((e) => e.words.length > 0);
    expect(bad).toEqual([]);
  });

  it('keeps Chinese out of the en side', () => {
    const bad = ALL.filter((e) => !EN_MAY_SHOW_CHINESE.has(e.path) && CJK.test(String(e.en))).map((e) => `${e.path}: ${String(e.en)}`);
    expect(bad).toEqual([]);
  });

  it('names every colour scheme in Chinese', () => {
    for (const s of COLOR_SCHEMES) expect(s.name.zh, s.id).toMatch(CJK);
  });
});

describe('Latin allow-list', () => {
  it('passes codes, units and file formats and catches English words', () => {
    expect(latinWordsOutsideAllowList('请上传 CSV、XLSX 或 JSON，距离 12 km，占 3%')).toEqual([]);
    expect(latinWordsOutsideAllowList('放大 Zoom in')).toEqual(['Zoom', 'in']);
    expect(latinWordsOutsideAllowList('{n} 个县，4G 覆盖')).toEqual([]);
    expect(latinWordsOutsideAllowList('示例数据 / Sample data')).toEqual(['Sample', 'data']);
  });
});
