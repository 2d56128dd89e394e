/**
 * The command palette (Ctrl+K): every command of the registry, searchable in Chinese, pinyin (full or initials) and
 * English; ↑/↓ choose, Enter runs, Esc closes. It runs commands by id like every key and button.
 */
import { useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { commandRegistry } from '../../store/command-registry';
import { usePaletteStore } from '../../store/palette-store';
import { searchCommands } from '../../model/commands/command-search';
import { formatKeyBinding } from '../../model/commands/key-binding';
import { presentText } from './present-strings';

const MAX_SHOWN = 12;

/** The palette (rendered only while open). */
export function CommandPalette() {
  const open = usePaletteStore((s) => s.open);
  return open ? <PaletteDialog /> : null;
}

function PaletteDialog() {
  const lang = useAppStore((s) => s.view.lang);
  const close = usePaletteStore((s) => s.close);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const found = useMemo(() => searchCommands(commandRegistry.list(), query).filter((c) => commandRegistry.isEnabled(c.id)).slice(0, MAX_SHOWN), [query]);
  const run = (id: string): void => {
    close();
    commandRegistry.run(id);
  };
  return (
    <div className="command-palette" role="dialog" aria-modal="true" aria-label={presentText(lang, 'palette')} data-testid="command-palette" onClick={close}>
      <div className="command-palette__box" onClick={(e) => e.stopPropagation()}>
        <input
          autoFocus
          className="command-palette__input"
          value={query}
          placeholder={presentText(lang, 'paletteSearch')}
          aria-label={presentText(lang, 'paletteSearch')}
          data-testid="command-palette-input"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const n = found.length || 1;
              setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
            } else if (e.key === 'Enter') {
              e.preventDefault();
              const command = found[active];
              if (command) run(command.id);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              close();
            }
          }}
        />
        <ul className="command-palette__list" role="listbox">
          {found.length === 0 && <li className="command-palette__empty">{presentText(lang, 'paletteEmpty')}</li>}
          {found.map((c, i) => (
            <li
              key={c.id}
              role="option"
              aria-selected={i === active}
              data-command={c.id}
              onMouseEnter={() => setActive(i)}
              onClick={() => run(c.id)}
            >
              <span>{lang === 'en' ? c.label.en : c.label.zh}</span>
              {c.keys && c.keys.length > 0 && <kbd>{formatKeyBinding(c.keys[0]!)}</kbd>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
