// @vitest-environment happy-dom
/**
 * The app's commands through the one registry, as the key handler, the palette and the scene player use them: the
 * same key means a year on the desk and a scene on the wall; presentation commands move through the demo
 * storyboard (looping) and replay each scene's view; the palette finds commands in Chinese, pinyin and English.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registerAppCommands } from '../../../src/app/commands/app-commands';
import { installKeyHandler } from '../../../src/app/commands/key-handler';
import { startScenePlayer } from '../../../src/app/present/scene-player';
import { commandRegistry } from '../../../src/store/command-registry';
import { useAppStore } from '../../../src/store/app-store';
import { createDefaultViewState } from '../../../src/model/view/view-state';
import { createDemoStoryboard } from '../../../src/model/present/demo-storyboard';
import { searchCommands } from '../../../src/model/commands/command-search';
import type { KeyEventLike } from '../../../src/model/commands/key-binding';

const key = (k: string, mods: Partial<KeyEventLike> = {}): KeyEventLike => ({ key: k, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...mods });
const stops: (() => void)[] = [];

beforeAll(() => {
  stops.push(registerAppCommands(), startScenePlayer(), installKeyHandler());
});
afterAll(() => stops.forEach((s) => s()));
beforeEach(() => {
  useAppStore.getState().presentActions.leave();
  useAppStore.getState().viewActions.replaceView(createDefaultViewState());
});

describe('app commands', () => {
  it('ArrowRight steps the year on the desk and the scene while presenting; Escape leaves', () => {
    expect(commandRegistry.commandForKey(key('ArrowRight'), false)?.id).toBe('timeline.next');
    const year = useAppStore.getState().view.panes[0]!.year;
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    expect(useAppStore.getState().view.panes[0]!.year).toBe(year + 1);

    expect(commandRegistry.run('present.enter')).toBe(true);
    const demo = createDemoStoryboard();
    expect(useAppStore.getState().present).toMatchObject({ active: true, scene: 0 });
    // The scene's view is in the store: its indicator and year.
    expect(useAppStore.getState().view.panes[0]).toMatchObject({ indicator: demo.scenes[0]!.view.panes[0]!.indicator, year: 2014 });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    expect(useAppStore.getState().present.scene).toBe(1);
    expect(useAppStore.getState().view.panes[0]!.year).toBe(2020);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'End' }));
    expect(useAppStore.getState().present.scene).toBe(demo.scenes.length - 1);
    // The wall loops.
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown' }));
    expect(useAppStore.getState().present.scene).toBe(0);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '5' }));
    expect(useAppStore.getState().present.scene).toBe(4);
    expect(useAppStore.getState().view.layout).toBe('4');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'b' }));
    expect(useAppStore.getState().present.blank).toBe(true);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(useAppStore.getState().present.active).toBe(false);
    // Leaving restores the desk view the user had.
    expect(useAppStore.getState().view.panes[0]!.year).toBe(year + 1);
    expect(useAppStore.getState().view.layout).toBe('1');
  });

  it('keys typed into a text field stay there, except the palette key', () => {
    const input = document.createElement('input');
    document.body.append(input);
    const year = useAppStore.getState().view.panes[0]!.year;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(useAppStore.getState().view.panes[0]!.year).toBe(year);
    expect(commandRegistry.commandForKey(key('k', { ctrlKey: true }), true)?.id).toBe('palette.open');
    input.remove();
  });

  it('enabled follows the state: nothing to clear, nothing to present from', () => {
    expect(commandRegistry.isEnabled('selection.clear')).toBe(false);
    useAppStore.getState().viewActions.selectCounty('110101', 'replace');
    expect(commandRegistry.isEnabled('selection.clear')).toBe(true);
    expect(commandRegistry.run('selection.clear')).toBe(true);
    expect(useAppStore.getState().view.selection).toEqual([]);
    expect(commandRegistry.isEnabled('present.next')).toBe(false);
    expect(commandRegistry.run('layout.4r')).toBe(true);
    expect(useAppStore.getState().view.layout).toBe('4r');
    expect(commandRegistry.run('tab.ranking')).toBe(true);
    expect(useAppStore.getState().view.sideTab).toBe('ranking');
  });

  it('the palette finds commands in Chinese, pinyin, initials and English', () => {
    const ids = (q: string) => searchCommands(commandRegistry.list(), q).map((c) => c.id);
    expect(ids('演示')).toContain('present.enter');
    expect(ids('kaishi')[0]).toBe('present.enter');
    expect(ids('ksys')[0]).toBe('present.enter');
    expect(ids('start pres')[0]).toBe('present.enter');
    expect(ids('situ')).toEqual(expect.arrayContaining(['layout.4', 'layout.4r']));
    // Hidden jump commands stay out of the palette.
    expect(ids('跳到')).toEqual([]);
  });
});
