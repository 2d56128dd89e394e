// The one fetch helper: status, JSON and schema failures each name the file; a good file comes back parsed.
import { describe, expect, it } from 'vitest';
import { fetchJson, fileLabel } from '../../../src/data/fetch-json';
import { parseRuleFile } from '../../../src/model/rules/exit-check-rules';

const respond = (body: string, status = 200) => async () => new Response(body, { status });

describe('fetchJson', () => {
  const rules = JSON.stringify({
    schema: 1,
    rules: [{ id: 'r', version: '1', name: { zh: '规则', en: 'Rule' }, inForce: { from: '2016-01-01' }, source: { zh: '', en: '' }, conditions: [{ indicator: 'x', op: '<', value: 2 }] }],
  });

  it('returns the parsed, validated file', async () => {
    const out = await fetchJson('http://app.test/data/rules/a.json', parseRuleFile, { fetch: respond(rules) });
    expect(out.map((r) => r.id)).toEqual(['r']);
    expect(await fetchJson('x.json', { fetch: respond('[1,2]') })).toEqual([1, 2]);
  });

  it('names the file and the HTTP status', async () => {
    await expect(fetchJson('http://app.test/geo/counties.json', { fetch: respond('nope', 404) })).rejects.toThrow('geo/counties.json: HTTP 404');
  });

  it('names the file when the body is not JSON', async () => {
    await expect(fetchJson('http://app.test/geo/changes.json', { fetch: respond('{oops') })).rejects.toThrow(/^geo\/changes\.json: not valid JSON \(/);
  });

  it('names the file and path when the schema rejects it', async () => {
    const bad = rules.replace('"op":"<"', '"op":"=="');
    await expect(fetchJson('http://app.test/data/rules/a.json', parseRuleFile, { fetch: respond(bad) })).rejects.toThrow(
      /^data\/rules\/a\.json: rules\[0\]\.conditions\[0\]\.op: expected one of "<"/,
    );
  });

  it('names the file when the request itself fails, and uses a label when given', async () => {
    const offline = async (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch'));
    await expect(fetchJson('http://app.test/a.json', { fetch: offline, file: 'the file' })).rejects.toThrow('the file: could not be fetched (Failed to fetch)');
  });

  it('labels URLs by their path', () => {
    expect(fileLabel('http://127.0.0.1:5173/sub/geo/counties.json')).toBe('sub/geo/counties.json');
    expect(fileLabel('data/sample/manifest.json')).toBe('data/sample/manifest.json');
  });
});
