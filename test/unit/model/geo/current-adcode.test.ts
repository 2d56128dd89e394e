import { describe, expect, it } from 'vitest';
import { parseAdcodeChangeList } from '../../../../src/model/geo/adcode-change';
import { createCurrentCodeOf } from '../../../../src/model/geo/current-adcode';

const changes = parseAdcodeChangeList({
  schema: 1,
  boundaryVintage: '2016',
  changes: [
    { date: '2019-01', kind: 'recode', from: [{ code: '200002', name: '乙县' }], to: [{ code: '200003', name: '乙县' }] },
    { date: '2017-04', kind: 'upgrade', from: [{ code: '130823', name: '平泉县' }], to: [{ code: '130881', name: '平泉市' }] },
    { date: '2018-01', kind: 'rename', from: [{ code: '100001', name: '甲县' }], to: [{ code: '200002', name: '乙县' }] },
    { date: '2019-01', kind: 'merge', from: [{ code: '371201', name: '莱城区' }, { code: '371202', name: '钢城区' }], to: [{ code: '370116', name: '莱芜区' }] },
    { date: '2021-03', kind: 'split', from: [{ code: '330110', name: '余杭区' }], to: [{ code: '330110', name: '余杭区' }, { code: '330113', name: '临平区' }], partial: true },
  ],
  unresolved: [],
});

describe('createCurrentCodeOf', () => {
  const currentCodeOf = createCurrentCodeOf(changes);
  it('follows upgrades and chains of renames and recodes in date order', () => {
    expect(currentCodeOf('130823')).toBe('130881');
    expect(currentCodeOf('100001')).toBe('200003');
  });
  it('gives merged units the code of their group and leaves split parents and unchanged counties alone', () => {
    expect(currentCodeOf('371202')).toBe('370116');
    expect(currentCodeOf('330110')).toBe('330110');
    expect(currentCodeOf('130631')).toBe('130631');
  });
});
