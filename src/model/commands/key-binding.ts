/**
 * Key bindings as short strings ("ArrowRight", "Ctrl+K", "Shift+P", "Space", "Mod+K" = Ctrl or ⌘) and the pure test
 * of a keyboard event against one. Letters compare case-insensitively; Shift counts only when the binding names it
 * or the key is a letter (so "?" needs no "Shift+").
 */

/** The parts of a KeyboardEvent a binding is tested against (a plain object in unit tests). */
export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** A parsed binding. */
export interface KeyBinding {
  key: string;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  meta: boolean;
  /** "Mod": Ctrl on Linux and Windows, ⌘ on a Mac — either satisfies it. */
  mod: boolean;
}

const KEY_ALIASES: Readonly<Record<string, string>> = { space: ' ', esc: 'Escape', spacebar: ' ' };

/** Parses "Ctrl+Shift+K" into its parts; throws on an empty key (a programming error in a command table). */
export function parseKeyBinding(text: string): KeyBinding {
  const parts = text.split('+');
  // "Ctrl++" binds the plus key: an empty last part after a '+' means the key is '+'.
  let rawKey = parts.pop() ?? '';
  if (rawKey === '' && parts.length > 0 && parts[parts.length - 1] === '') {
    parts.pop();
    rawKey = '+';
  }
  if (!rawKey) throw new Error(`key binding "${text}" names no key`);
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const key = KEY_ALIASES[rawKey.toLowerCase()] ?? rawKey;
  return { key, ctrl: mods.has('ctrl'), shift: mods.has('shift'), alt: mods.has('alt'), meta: mods.has('meta') || mods.has('cmd'), mod: mods.has('mod') };
}

function sameKey(bindingKey: string, eventKey: string): boolean {
  if (bindingKey.length === 1 && eventKey.length === 1) return bindingKey.toLowerCase() === eventKey.toLowerCase();
  return bindingKey === eventKey;
}

/** Whether a keyboard event presses this binding (modifiers must match exactly). */
export function matchesKeyBinding(binding: KeyBinding, e: KeyEventLike): boolean {
  if (!sameKey(binding.key, e.key)) return false;
  if (binding.mod) {
    if (!(e.ctrlKey || e.metaKey)) return false;
  } else if (binding.ctrl !== e.ctrlKey || binding.meta !== e.metaKey) return false;
  if (binding.alt !== e.altKey) return false;
  const isLetter = /^[a-z]$/i.test(e.key);
  // Symbols typed with Shift ("?", "+") carry it implicitly; letters and named keys do not.
  if ((isLetter || e.key.length > 1) && binding.shift !== e.shiftKey) return false;
  return true;
}

/** How a binding reads in a menu ("Ctrl+K", "→", "Space"). */
export function formatKeyBinding(text: string): string {
  const b = parseKeyBinding(text);
  const names: Readonly<Record<string, string>> = {
    ArrowRight: '→', ArrowLeft: '←', ArrowUp: '↑', ArrowDown: '↓', ' ': 'Space', Escape: 'Esc', PageDown: 'PgDn', PageUp: 'PgUp',
  };
  const key = names[b.key] ?? (b.key.length === 1 ? b.key.toUpperCase() : b.key);
  return [b.mod && 'Ctrl', b.ctrl && 'Ctrl', b.meta && '⌘', b.alt && 'Alt', b.shift && 'Shift', key].filter(Boolean).join('+');
}
