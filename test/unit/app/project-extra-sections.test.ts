/**
 * The project file's storyboards and risk-register sections: what they write, that a bad value is refused whole
 * (nothing applied), and that applying puts the storyboards and entries where the app keeps them.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRisksSection, createStoryboardsSection } from '../../../src/app/project-extra-sections';
import { createDemoStoryboard, DEMO_STORYBOARD_ID } from '../../../src/model/present/demo-storyboard';
import { riskEntryFromWarning } from '../../../src/model/risks/risk-entry';
import { useAppStore } from '../../../src/store/app-store';

const applyContext = { datasetRenames: new Map<string, string>() } as never;

describe('storyboards section', () => {
  it('writes the user storyboards but never the demo, and reads them back', async () => {
    const section = createStoryboardsSection();
    const mine = { ...createDemoStoryboard(), id: 'story-1', title: { zh: '我的简报', en: 'My briefing' } };
    useAppStore.getState().presentActions.setStoryboards([createDemoStoryboard(), mine]);
    const data = section.export() as { storyboards: { storyboard: { id: string } }[] };
    expect(data.storyboards.map((b) => b.storyboard.id)).toEqual(['story-1']);
    const parsed = await section.parse(JSON.parse(JSON.stringify(data)));
    expect(parsed.map((b) => b.id)).toEqual(['story-1']);
    expect(parsed[0]!.scenes.length).toBe(mine.scenes.length);
    expect(section.conflicts?.(parsed)).toEqual(['story-1']);
  });

  it('refuses a file with one bad storyboard, naming it', async () => {
    const section = createStoryboardsSection();
    const good = JSON.parse(JSON.stringify(section.export())) as { storyboards: unknown[] };
    const bad = { storyboards: [...good.storyboards, { kind: 'tandem-storyboard', v: 1, storyboard: { id: 'x', title: 'x', scenes: [] } }] };
    await expect(async () => section.parse(bad)).rejects.toThrow(/storyboards\[\d+\]/);
    await expect(async () => section.parse({ storyboards: 'no' })).rejects.toThrow(/storyboards/);
  });

  it('applies the storyboards into the store, leaving the demo as shipped', async () => {
    const section = createStoryboardsSection();
    useAppStore.getState().presentActions.setStoryboards([createDemoStoryboard()]);
    const board = { ...createDemoStoryboard(), id: 'story-9', title: 'Imported' };
    await section.apply([board], applyContext);
    const ids = useAppStore.getState().present.storyboards.map((b) => b.id);
    expect(ids).toContain('story-9');
    expect(ids.filter((id) => id === DEMO_STORYBOARD_ID)).toHaveLength(1);
  });
});

describe('risks section', () => {
  it('round-trips the register, merges into the one here and lists the entries it replaces', async () => {
    const section = createRisksSection();
    const entry = riskEntryFromWarning(
      { adcodes: ['522731'], title: '惠水县 风险得分 越线', indicatorId: 'monitor:risk_score', description: '2023–2024', year: 2024 },
      { id: 'r-1', now: '2026-12-01T00:00:00.000Z' },
    );
    const register = await section.parse({ v: 1, categories: [], entries: [entry] });
    expect(register.entries).toHaveLength(1);
    expect(await section.apply(register, applyContext)).toEqual([]);
    expect(useAppStore.getState().risks.register.entries.map((e) => e.id)).toEqual(['r-1']);
    expect(section.conflicts?.(register)).toEqual(['r-1 (惠水县 风险得分 越线)']);
    const again = await section.parse(JSON.parse(JSON.stringify(section.export())));
    expect(again.entries[0]!.title).toBe('惠水县 风险得分 越线');
  });

  it('refuses a damaged register whole', async () => {
    const section = createRisksSection();
    await expect(async () => section.parse({ v: 1, categories: [], entries: [{ id: 'r-2', level: 9 }] })).rejects.toThrow(/risks/);
  });
});
