import { describe, expect, it } from 'vitest';
import { createCommandRegistry, type Command } from '../../../../src/model/commands/command-registry';
import { formatKeyBinding, matchesKeyBinding, parseKeyBinding, type KeyEventLike } from '../../../../src/model/commands/key-binding';
import { pinyinInitials, searchCommands } from '../../../../src/model/commands/command-search';

const key = (k: string, mods: Partial<KeyEventLike> = {}): KeyEventLike => ({ key: k, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...mods });

describe('key bindings', () => {
  it('matches plain keys, letters in either case and named keys', () => {
    expect(matchesKeyBinding(parseKeyBinding('ArrowRight'), key('ArrowRight'))).toBe(true);
    expect(matchesKeyBinding(parseKeyBinding('ArrowRight'), key('ArrowLeft'))).toBe(false);
    expect(matchesKeyBinding(parseKeyBinding('P'), key('p'))).toBe(true);
    expect(matchesKeyBinding(parseKeyBinding('Space'), key(' '))).toBe(true);
    expect(matchesKeyBinding(parseKeyBinding('Esc'), key('Escape'))).toBe(true);
  });
  it('requires the exact modifiers, with Mod meaning Ctrl or ⌘', () => {
    expect(matchesKeyBinding(parseKeyBinding('P'), key('p', { ctrlKey: true }))).toBe(false);
    expect(matchesKeyBinding(parseKeyBinding('P'), key('P', { shiftKey: true }))).toBe(false);
    expect(matchesKeyBinding(parseKeyBinding('Mod+K'), key('k', { ctrlKey: true }))).toBe(true);
    expect(matchesKeyBinding(parseKeyBinding('Mod+K'), key('k', { metaKey: true }))).toBe(true);
    expect(matchesKeyBinding(parseKeyBinding('Mod+K'), key('k'))).toBe(false);
    expect(matchesKeyBinding(parseKeyBinding('Ctrl+K'), key('k', { ctrlKey: true, altKey: true }))).toBe(false);
    // A symbol typed with Shift needs no Shift in its binding.
    expect(matchesKeyBinding(parseKeyBinding('?'), key('?', { shiftKey: true }))).toBe(true);
    expect(matchesKeyBinding(parseKeyBinding('Ctrl++'), key('+', { ctrlKey: true }))).toBe(true);
  });
  it('formats bindings for menus and rejects an empty key', () => {
    expect(formatKeyBinding('Mod+K')).toBe('Ctrl+K');
    expect(formatKeyBinding('ArrowRight')).toBe('→');
    expect(formatKeyBinding('space')).toBe('Space');
    expect(() => parseKeyBinding('Ctrl+')).toThrow(/names no key/);
  });
});

function sample(log: string[], state: { presenting: boolean }): Command[] {
  return [
    { id: 'present.next', label: { zh: '下一场景', en: 'Next scene' }, pinyin: 'xia yi chang jing', keys: ['ArrowRight', 'Space'], enabled: () => state.presenting, run: () => log.push('next') },
    { id: 'timeline.next', label: { zh: '下一年', en: 'Next year' }, pinyin: 'xia yi nian', keys: ['ArrowRight'], enabled: () => !state.presenting, run: () => log.push('year') },
    { id: 'palette.open', label: { zh: '命令面板', en: 'Command palette' }, pinyin: 'ming ling mian ban', keys: ['Mod+K'], whileTyping: true, run: () => log.push('palette') },
    { id: 'present.jump.3', label: { zh: '第 3 场景', en: 'Scene 3' }, keys: ['3'], hidden: true, run: () => log.push('3') },
  ];
}

describe('command registry', () => {
  it('gives a key to the first enabled command bound to it', () => {
    const log: string[] = [];
    const state = { presenting: false };
    const registry = createCommandRegistry();
    registry.register(sample(log, state));
    expect(registry.commandForKey(key('ArrowRight'), false)?.id).toBe('timeline.next');
    state.presenting = true;
    expect(registry.commandForKey(key('ArrowRight'), false)?.id).toBe('present.next');
    expect(registry.commandForKey(key(' '), false)?.id).toBe('present.next');
    expect(registry.commandForKey(key('x'), false)).toBeUndefined();
  });
  it('ignores keys while typing unless the command takes them there', () => {
    const registry = createCommandRegistry();
    registry.register(sample([], { presenting: true }));
    expect(registry.commandForKey(key('ArrowRight'), true)).toBeUndefined();
    expect(registry.commandForKey(key('k', { ctrlKey: true }), true)?.id).toBe('palette.open');
  });
  it('runs only enabled commands, by id, and tells listeners', () => {
    const log: string[] = [];
    const ran: string[] = [];
    const state = { presenting: false };
    const registry = createCommandRegistry();
    registry.register(sample(log, state));
    const stop = registry.onRun((id) => ran.push(id));
    expect(registry.run('present.next')).toBe(false);
    expect(registry.isEnabled('present.next')).toBe(false);
    expect(registry.run('timeline.next')).toBe(true);
    expect(registry.run('no.such')).toBe(false);
    stop();
    registry.run('palette.open');
    expect(log).toEqual(['year', 'palette']);
    expect(ran).toEqual(['timeline.next']);
  });
  it('unregisters exactly what it registered', () => {
    const registry = createCommandRegistry();
    const first = sample([], { presenting: false });
    const remove = registry.register(first);
    const replacement: Command = { id: 'palette.open', label: { zh: '面板', en: 'Palette' }, run: () => {} };
    registry.register([replacement]);
    remove();
    expect(registry.list().map((c) => c.id)).toEqual(['palette.open']);
    expect(registry.get('palette.open')).toBe(replacement);
  });
});

describe('command search', () => {
  const commands = sample([], { presenting: false });
  it('finds Chinese labels, English words, pinyin and pinyin initials', () => {
    expect(searchCommands(commands, '场景').map((c) => c.id)).toEqual(['present.next']);
    expect(searchCommands(commands, 'palette').map((c) => c.id)).toEqual(['palette.open']);
    expect(searchCommands(commands, 'xiayi').map((c) => c.id)).toEqual(['present.next', 'timeline.next']);
    expect(searchCommands(commands, 'xia yi nian').map((c) => c.id)).toEqual(['timeline.next']);
    expect(searchCommands(commands, 'xycj').map((c) => c.id)).toEqual(['present.next']);
    expect(searchCommands(commands, 'mlmb').map((c) => c.id)).toEqual(['palette.open']);
    expect(searchCommands(commands, 'year').map((c) => c.id)).toEqual(['timeline.next']);
  });
  it('lists every visible command for an empty query and nothing for no match', () => {
    expect(searchCommands(commands, '').map((c) => c.id)).toEqual(['present.next', 'timeline.next', 'palette.open']);
    expect(searchCommands(commands, 'zzz')).toEqual([]);
    expect(pinyinInitials('ming ling mian ban')).toBe('mlmb');
  });
});
