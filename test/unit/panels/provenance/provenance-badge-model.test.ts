import { describe, expect, it } from 'vitest';
import { badgeText, exportLabel, sampleSuffix } from '../../../../src/panels/provenance/provenance-badge-model';

const census = { sample: false, kind: 'real' as const, provenance: { source: 'NBS', label: { zh: '2020 年第七次全国人口普查', en: '2020 census' } } };
const sample = { sample: true, provenance: { source: 'seeded' } };
const own = { sample: false, provenance: { source: 'my.xlsx' } };

describe('provenance badge text', () => {
  it('marks real data with its source as plainly as the sample', () => {
    expect(badgeText('zh-CN', census, 'full')!.text).toBe('真实数据 · 2020 年第七次全国人口普查');
    expect(badgeText('en', census, 'full')!.text).toBe('Real data · 2020 census');
    expect(badgeText('zh-CN', census)!.text).toBe('真实数据');
  });
  it('labels sample data 示例数据 (a manifest without kind but sample = true is a sample)', () => {
    expect(badgeText('zh-CN', sample)!.text).toBe('示例数据');
    expect(badgeText('en', sample, 'full')!.text).toBe('Sample data');
    expect(badgeText('zh-CN', sample, 'full')!.text).toBe('示例数据');
    expect(badgeText('zh-CN', sample, 'full')!.title).not.toMatch(/[A-Za-z]/);
    expect(badgeText('en', sample, 'bilingual')!.text).toBe('示例数据 / Sample data');
    expect(badgeText('en', sample)!.title).toContain('synthetic');
    expect(sampleSuffix('zh-CN', sample)).toBe('（示例数据）');
    expect(sampleSuffix('zh-CN', census)).toBe('');
  });
  it('gives facts their own badge and the user’s data none', () => {
    expect(badgeText('zh-CN', { kind: 'facts' })!.text).toBe('公开事实');
    expect(badgeText('zh-CN', own)).toBeNull();
  });
  it('writes a bilingual export note', () => {
    expect(exportLabel(census)).toBe('真实数据 · 2020 年第七次全国人口普查 / Real data · 2020 census');
    expect(exportLabel(sample)).toBe('示例数据 / Sample data');
    expect(exportLabel(own)).toBe('');
  });
});
