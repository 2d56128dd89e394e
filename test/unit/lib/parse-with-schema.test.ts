// The shared parse step: paths as code would write them, plain "expected" wording, the file named first.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { duplicateId, parseWithSchema, SchemaError } from '../../../src/lib/parse-with-schema';
import { checkDecodedView, viewStateSchema } from '../../../src/model/view/view-state-schema';
import { createDefaultViewState } from '../../../src/model/view/view-state';
import { decodeViewState, encodeViewState } from '../../../src/model/view/view-url';

const schema = v.object({
  rows: v.array(v.object({ id: v.pipe(v.string(), v.regex(/^\d{6}$/, 'expected 6 digits')) })),
  byKey: v.record(v.string(), v.number()),
});

function errorOf(input: unknown): SchemaError {
  try {
    parseWithSchema(schema, input, 'f.json');
  } catch (error) {
    if (error instanceof SchemaError) return error;
  }
  throw new Error('expected a SchemaError');
}

describe('parseWithSchema', () => {
  it('returns the typed value of a good input', () => {
    expect(parseWithSchema(schema, { rows: [{ id: '110101' }], byKey: { a: 1 } }, 'f.json')).toEqual({ rows: [{ id: '110101' }], byKey: { a: 1 } });
  });

  it('writes array indexes in brackets and keys with dots, or quoted when they are not identifiers', () => {
    const bad = errorOf({ rows: [{ id: '110101' }, { id: '12' }], byKey: {} });
    expect(bad.message).toBe('f.json: rows[1].id: expected 6 digits');
    expect([bad.file, bad.path, bad.expected]).toEqual(['f.json', 'rows[1].id', 'expected 6 digits']);
    expect(errorOf({ rows: [], byKey: { 'a-b': 'x' } }).message).toBe('f.json: byKey["a-b"]: expected a number, got "x"');
  });

  it('says what is missing and what the whole file should have been', () => {
    expect(errorOf({ rows: [] }).message).toBe('f.json: byKey: missing');
    expect(errorOf('x').message).toBe('f.json: expected an object, got "x"');
  });

  it('finds the duplicate id of a list', () => {
    expect(duplicateId([{ id: 'a' }, { id: 'b' }, { id: 'a' }])).toBe('a');
    expect(duplicateId([{ id: 'a' }])).toBeUndefined();
  });
});

describe('the view-state schema', () => {
  it('accepts the default view and every decoded link', () => {
    expect(v.is(viewStateSchema, createDefaultViewState())).toBe(true);
    const hash = 'v=2&panes=4&p0.ind=sample:tap_water&p0.y=2019&p1.cls=manual:4:Blues&p1.brk=1,2,5&sel=110101&focus=110101&swipe=0.3&tab=compare';
    const decoded = decodeViewState(hash);
    expect(decoded.notices).toEqual([]);
    expect(v.is(viewStateSchema, decoded.state)).toBe(true);
    expect(encodeViewState(decodeViewState(encodeViewState(decoded.state)).state)).toBe(encodeViewState(decoded.state));
  });

  it('replaces a malformed decoded view by the default, with a notice naming the bad path', () => {
    const bad = createDefaultViewState();
    bad.panes[0]!.camera.zoom = 99;
    const checked = checkDecodedView(bad, [{ key: 'lang', value: 'fr' }], createDefaultViewState);
    expect(checked.state).toEqual(createDefaultViewState());
    expect(checked.notices).toEqual([
      { key: 'lang', value: 'fr' },
      { key: 'panes[0].camera.zoom', value: 'expected <=22, got 99' },
    ]);
  });
});
