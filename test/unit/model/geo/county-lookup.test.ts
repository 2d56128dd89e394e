import { describe, expect, it } from 'vitest';
import { createCountyLookup, normalizeAdcode, type CountyLookup } from '../../../../src/model/geo/county-lookup';
import { lookupFixtureIndex, shippedChanges } from '../../../fixtures/county-lookup-fixture';

function lookup(): CountyLookup {
  return createCountyLookup(lookupFixtureIndex(), shippedChanges());
}

describe('normalizeAdcode', () => {
  it('strips the ".0" of codes read as floats', () => {
    expect(normalizeAdcode('130631.0')).toBe('130631');
  });
  it('accepts numbers, spaces and full-width digits', () => {
    expect([normalizeAdcode(130631), normalizeAdcode(' 130631 '), normalizeAdcode('１３０６３１')]).toEqual(['130631', '130631', '130631']);
  });
  it('cuts 12-digit statistical codes to 6 digits', () => {
    expect(normalizeAdcode('130631000000')).toBe('130631');
  });
  it('rejects what is not a code', () => {
    expect([normalizeAdcode('13063'), normalizeAdcode('abc')]).toEqual([null, null]);
  });
});

describe('resolveCode', () => {
  it('resolves a boundary code exactly', () => {
    expect(lookup().resolveCode('130631.0')).toMatchObject({ status: 'exact', adcodes: ['130631'], approximate: false });
  });
  it('walks an upgrade back to the 2016 polygon (平泉市 130881 → 平泉县 130823)', () => {
    expect(lookup().resolveCode('130881')).toMatchObject({ status: 'changed', adcodes: ['130823'], approximate: false });
  });
  it('walks two changes back (黔西市 2021 → 黔西县)', () => {
    expect(lookup().resolveCode('520581').adcodes).toEqual(['520522']);
  });
  it('walks a pre-2016 code forward (毕节地区 黔西县 522423 → 520522)', () => {
    expect(lookup().resolveCode('522423')).toMatchObject({ status: 'changed', adcodes: ['520522'] });
  });
  it('walks a renamed prefecture recode back (那曲 索县 540626 → 542427)', () => {
    expect(lookup().resolveCode('540626').adcodes).toEqual(['542427']);
  });
  it('lands a merged unit on the group of old polygons (平城区 → 城区 + 南郊区)', () => {
    expect(lookup().resolveCode('140213')).toMatchObject({ status: 'merged', adcodes: ['140202', '140211'], approximate: true });
  });
  it('keeps a whole-unit merge exact in extent (崇川区 2020 → 崇川区 + 港闸区)', () => {
    expect(lookup().resolveCode('320613')).toMatchObject({ status: 'merged', adcodes: ['320602', '320611'], approximate: false });
  });
  it('lands a split-off unit on its parent, approximate (临平区 → 余杭区)', () => {
    expect(lookup().resolveCode('330113')).toMatchObject({ status: 'split', adcodes: ['330110'], approximate: true });
  });
  it('lands a unit carved from two parents on both (钱塘区 → 江干区 + 萧山区)', () => {
    expect(lookup().resolveCode('330114')).toMatchObject({ status: 'split', adcodes: ['330104', '330109'] });
  });
  it('lands an old unit split among several polygons on all of them (邯郸县)', () => {
    expect(lookup().resolveCode('130421')).toMatchObject({ status: 'merged', adcodes: ['130402', '130403', '130404'], approximate: true });
  });
  it('lands an old unit merged into a boundary polygon as a part of it (清浦区 → 清江浦区)', () => {
    expect(lookup().resolveCode('320811')).toMatchObject({ status: 'split', adcodes: ['320802'], approximate: true });
  });
  it('resolves the Laiwu recode into Jinan (莱芜区 370116 → 莱城区)', () => {
    expect(lookup().resolveCode('370116')).toMatchObject({ status: 'changed', adcodes: ['371202'] });
  });
  it('flags a kept code whose territory shrank when the data year is after the split', () => {
    expect(lookup().resolveCode('330110', 2022)).toMatchObject({ status: 'split', adcodes: ['330110'], approximate: true });
  });
  it('groups a kept code that absorbed a neighbour when the data year is after the merge', () => {
    expect(lookup().resolveCode('330105', 2022)).toMatchObject({ status: 'merged', adcodes: ['330103', '330105'] });
  });
  it('treats a kept code as exact without a data year', () => {
    expect(lookup().resolveCode('330110')).toMatchObject({ status: 'exact', approximate: false });
  });
  it('follows a reused code by data year (232701: 漠河市 from 2018)', () => {
    const l = lookup();
    expect(l.resolveCode('232701', 2020).adcodes).toEqual(['232723']);
    expect(l.resolveCode('232701').adcodes).toEqual(['232701']);
  });
  it('maps the 大柴旦 statistical code onto the 海西直辖 polygon, approximate', () => {
    expect(lookup().resolveCode('632857')).toMatchObject({ status: 'split', adcodes: ['632825'], approximate: true });
  });
  it('reports a development zone as unknown', () => {
    expect(lookup().resolveCode('130171')).toMatchObject({ status: 'unknown', reason: 'development zone, not a county' });
    expect(lookup().resolveCode('130171').why).toEqual({ code: 'development_zone' });
  });
  it('names the level of a prefecture code (532600 used for 文山市)', () => {
    const r = lookup().resolveCode('532600');
    expect(r.status).toBe('unknown');
    expect(r.reason).toContain('prefecture-level code (文山壮族苗族自治州)');
    expect(r.why).toEqual({ code: 'prefecture_code', params: { name: '文山壮族苗族自治州' } });
  });
  it('names the level of a province code', () => {
    expect(lookup().resolveCode('130000').reason).toContain('province-level');
  });
  it('gives the listed reason for a known unresolved code', () => {
    expect(lookup().resolveCode('659010').reason).toContain('胡杨河市');
    expect(lookup().resolveCode('659010').why).toEqual({ code: 'code_unresolved', params: { name: '胡杨河市' } });
  });
  it('reports non-codes with a null code', () => {
    expect(lookup().resolveCode('n/a')).toMatchObject({ status: 'unknown', code: null });
  });
});

describe('matchName', () => {
  it('gives its reasons as codes: the outcome first, then each ignored hint once', () => {
    const shared = lookup().matchName({ name: '新华区', province: '河北省' });
    expect(shared.reasons).toEqual([{ code: 'name_shared', params: { n: 2 } }]);
    const hinted = lookup().matchName({ name: '新华区', province: '火星省' });
    expect(hinted.reasons.map((r) => r.code)).toEqual(['name_shared', 'province_ignored']);
    expect(hinted.reasons[1]?.params).toEqual({ name: '火星省' });
    expect(lookup().matchName({ name: '不存在县', province: '河北' }).reasons).toEqual([
      { code: 'name_unknown_in_province', params: { province: '河北省' } },
    ]);
  });
  it('never guesses between two 新华区 in Hebei', () => {
    const m = lookup().matchName({ name: '新华区', province: '河北省' });
    expect(m.status).toBe('ambiguous');
    expect(m.candidates.map((c) => c.adcode).sort()).toEqual(['130105', '130902']);
  });
  it('settles 新华区 with a prefecture written without 市', () => {
    expect(lookup().matchName({ name: '新华区', province: '河北', prefecture: '沧州' }).adcode).toBe('130902');
  });
  it('reports 朝阳区 nationally as ambiguous', () => {
    expect(lookup().matchName({ name: '朝阳区' }).status).toBe('ambiguous');
  });
  it('accepts province short and full names', () => {
    const l = lookup();
    expect(l.matchName({ name: '朝阳区', province: '北京' }).adcode).toBe('110105');
    expect(l.matchName({ name: '朝阳区', province: '吉林省' }).adcode).toBe('220104');
  });
  it('accepts 州 short forms of autonomous prefectures', () => {
    const l = lookup();
    expect(l.matchName({ name: '恩施市', prefecture: '恩施州' }).adcode).toBe('422801');
    expect(l.matchName({ name: '城区', prefecture: '大同' }).adcode).toBe('140202');
  });
  it('matches an old name from the change list (郧县 → 郧阳区)', () => {
    expect(lookup().matchName({ name: '郧县', province: '湖北省' })).toMatchObject({ status: 'matched', adcode: '420304' });
  });
  it('matches a newer name from the change list (平泉市 → 平泉县)', () => {
    expect(lookup().matchName({ name: '平泉市' }).adcode).toBe('130823');
  });
  it('tries both parts of a parenthetical name', () => {
    const l = lookup();
    expect(l.matchName({ name: '那曲县(色尼区)' }).adcode).toBe('542421');
    expect(l.matchName({ name: '云州区（大同县）' }).adcode).toBe('140227');
  });
  it('matches short forms and abbreviations', () => {
    const l = lookup();
    expect(l.matchName({ name: '积石山自治县' }).adcode).toBe('622927');
    expect(l.matchName({ name: '科右前旗' }).adcode).toBe('152221');
    expect(l.matchName({ name: '望\u3000都' }).adcode).toBe('130631');
  });
  it('lets the data year choose the newer unit of a reused name (崇川区 after 2020)', () => {
    const l = lookup();
    expect(l.matchName({ name: '崇川区' }).adcodes).toEqual(['320602']);
    expect(l.matchName({ name: '崇川区', year: 2021 }).adcodes).toEqual(['320602', '320611']);
  });
  it('matches a 行委 without a code of its own to its polygon, approximate', () => {
    expect(lookup().matchName({ name: '冷湖行委' })).toMatchObject({ status: 'matched', adcode: '632825', approximate: true });
  });
  it('falls back to the province when the prefecture hint is a later one (莱芜区 under 济南市)', () => {
    expect(lookup().matchName({ name: '莱芜区', province: '山东省', prefecture: '济南市' }).adcode).toBe('371202');
  });
  it('suggests close names for an unknown one', () => {
    const m = lookup().matchName({ name: '望部县' });
    expect(m.status).toBe('unmatched');
    expect(m.candidates[0]?.adcode).toBe('130631');
  });
});

describe('search', () => {
  it('ranks exact names before prefixes and prefixes before substrings', () => {
    const names = lookup().search('城区', 10).map((c) => c.name);
    expect(names.slice(0, 2)).toEqual(['城区', '城区']);
    expect(names.slice(2)).toEqual(expect.arrayContaining(['上城区', '下城区']));
  });
  it('finds by full pinyin prefix', () => {
    expect(lookup().search('pingq', 5)[0]?.adcode).toBe('130823');
  });
  it('finds by pinyin initials', () => {
    expect(lookup().search('pqx', 5)[0]?.adcode).toBe('130823');
  });
  it('finds a county by an old name', () => {
    expect(lookup().search('郧县', 5)[0]?.adcode).toBe('420304');
  });
  it('respects the limit', () => {
    expect(lookup().search('区', 3)).toHaveLength(3);
  });
});

describe('provinceByName and prefectureByName', () => {
  it('finds 内蒙古 by its short name and the 內 variant', () => {
    expect(lookup().provinceByName('內蒙古')?.adcode).toBe('150000');
  });
  it('finds a prefecture by 州 short form within a province', () => {
    expect(lookup().prefectureByName('黔东南州', '贵州')?.adcode).toBe('522600');
  });
});
