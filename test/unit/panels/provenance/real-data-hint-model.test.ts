import { describe, expect, it } from 'vitest';
import { hintDismissed, REAL_DATA_HINT_KEY, rememberHintDismissed } from '../../../../src/panels/provenance/real-data-hint-model';

describe('first-run hint memory', () => {
  it('remembers a dismissal', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    expect(hintDismissed(storage)).toBe(false);
    rememberHintDismissed(storage);
    expect(map.get(REAL_DATA_HINT_KEY)).toBe('1');
    expect(hintDismissed(storage)).toBe(true);
  });
  it('treats a storage that throws as not dismissed, and never throws itself', () => {
    const broken = { getItem: () => { throw new Error('private'); }, setItem: () => { throw new Error('quota'); } };
    expect(hintDismissed(broken)).toBe(false);
    expect(() => rememberHintDismissed(broken)).not.toThrow();
  });
});
