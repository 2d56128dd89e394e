/**
 * The one command registry: every action a user can take by key, button or the command palette (next scene,
 * enter presentation, a layout, a side tab, export …) is a Command here. The key handler, the buttons, the palette,
 * the browser tests and the scene player all call commands by id, so a key and its button can never disagree.
 * Pure: commands close over whatever they act on; the registry only finds, filters and runs them.
 */
import { matchesKeyBinding, parseKeyBinding, type KeyBinding, type KeyEventLike } from './key-binding';

/** A command's name in both interface languages. */
export interface CommandLabel {
  zh: string;
  en: string;
}

/** One user action. */
export interface Command {
  /** Stable id ("present.next", "layout.4r"); tests and scenes use it. */
  id: string;
  label: CommandLabel;
  /** Pinyin of the Chinese label, syllables separated by spaces ("xia yi chang jing"), for the palette. */
  pinyin?: string;
  /** Key bindings (see key-binding.ts); the first enabled command bound to a key wins. */
  keys?: readonly string[];
  /** Whether the command can run now (absent = always). */
  enabled?: () => boolean;
  /** Runs even while a text field has focus (e.g. the palette's own Ctrl+K). */
  whileTyping?: boolean;
  /** Left out of the palette (commands that only make sense as a key, e.g. "jump to scene 3"). */
  hidden?: boolean;
  run: () => void;
}

/** The registry's interface. */
export interface CommandRegistry {
  /** Adds commands (replacing any with the same id); returns a function that removes exactly these. */
  register: (commands: readonly Command[]) => () => void;
  get: (id: string) => Command | undefined;
  /** Every command, in registration order. */
  list: () => Command[];
  /** Whether the command exists and is enabled. */
  isEnabled: (id: string) => boolean;
  /** Runs the command if it exists and is enabled; returns whether it ran. */
  run: (id: string) => boolean;
  /** The enabled command a key event presses, or undefined. `typing` = a text field has focus. */
  commandForKey: (event: KeyEventLike, typing: boolean) => Command | undefined;
  /** Called after any command ran (the soak counts them; the palette closes). */
  onRun: (listener: (id: string) => void) => () => void;
}

/** Creates an empty registry. */
export function createCommandRegistry(): CommandRegistry {
  const commands = new Map<string, { command: Command; bindings: KeyBinding[] }>();
  const listeners = new Set<(id: string) => void>();
  const enabled = (c: Command): boolean => (c.enabled ? c.enabled() : true);
  const run = (id: string): boolean => {
    const entry = commands.get(id);
    if (!entry || !enabled(entry.command)) return false;
    entry.command.run();
    for (const l of listeners) l(id);
    return true;
  };
  return {
    register: (list) => {
      for (const command of list) commands.set(command.id, { command, bindings: (command.keys ?? []).map(parseKeyBinding) });
      return () => {
        for (const command of list) if (commands.get(command.id)?.command === command) commands.delete(command.id);
      };
    },
    get: (id) => commands.get(id)?.command,
    list: () => [...commands.values()].map((e) => e.command),
    isEnabled: (id) => {
      const c = commands.get(id)?.command;
      return c ? enabled(c) : false;
    },
    run,
    commandForKey: (event, typing) => {
      for (const { command, bindings } of commands.values()) {
        if (typing && !command.whileTyping) continue;
        if (bindings.some((b) => matchesKeyBinding(b, event)) && enabled(command)) return command;
      }
      return undefined;
    },
    onRun: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
