/**
 * The one keyboard listener of the app: a key press goes to the command registry, which finds the enabled command
 * bound to it. Panels hold no key listeners of their own (text fields keep their keys: only commands marked
 * `whileTyping` run there).
 */
import { commandRegistry } from '../../store/command-registry';

/** Whether a key event belongs to a focused control rather than to the app. */
function ownedByControl(e: KeyboardEvent): boolean {
  const t = e.target;
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName)) return true;
  // A focused button takes Space and Enter (it clicks); other keys stay the app's.
  return t.tagName === 'BUTTON' && (e.key === ' ' || e.key === 'Enter');
}

/** Installs the key handler; returns a function that removes it. */
export function installKeyHandler(target: Window = window): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.repeat && e.key === 'F5') return;
    const command = commandRegistry.commandForKey(e, ownedByControl(e));
    if (!command) return;
    e.preventDefault();
    commandRegistry.run(command.id);
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
