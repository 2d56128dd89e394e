import { describe, expect, it } from 'vitest';
import { paneTitleParts } from '../../../../src/panels/pane-title/pane-title-model';

const INCIDENCE = { zh: '贫困发生率', en: 'Poverty incidence' };
const SAMPLE = { zh: '示例数据集', en: 'Sample dataset' };

describe('pane title', () => {
  it('names pane, indicator, year and dataset in the interface language', () => {
    const zh = paneTitleParts({ lang: 'zh-CN', pane: 1, indicator: INCIDENCE, year: 2016, dataset: SAMPLE, followsTimeline: true });
    expect(zh).toEqual({ pane: '窗格 2', indicator: '贫困发生率', year: '2016 年', dataset: '示例数据集', follows: '随时间轴', text: '窗格 2 · 贫困发生率 · 2016 年 · 示例数据集' });
    const en = paneTitleParts({ lang: 'en', pane: 0, indicator: INCIDENCE, year: 2020, dataset: SAMPLE, followsTimeline: false });
    expect(en.text).toBe('Pane 1 · Poverty incidence · 2020 · Sample dataset');
    expect(en.follows).toBe('');
  });

  it('never formats a year as a quantity', () => {
    const t = paneTitleParts({ lang: 'en', pane: 0, indicator: INCIDENCE, year: 2016, dataset: null, followsTimeline: false });
    expect(t.year).toBe('2016');
    expect(t.text).toBe('Pane 1 · Poverty incidence · 2016');
  });

  it('says a pane without an indicator is coloured by province, with no year or dataset', () => {
    const t = paneTitleParts({ lang: 'zh-CN', pane: 3, indicator: null, year: 2016, dataset: SAMPLE, followsTimeline: true });
    expect(t.text).toBe('窗格 4 · 按省份着色');
    expect(t.year).toBe('');
    expect(t.dataset).toBe('');
  });
});
