/** The drop zone and file input: one file at a time, handed to `onFile`. */
import { useRef, useState, type DragEvent } from 'react';
import { ACCEPTED_FILES } from './import-panel-model';
import { useImportText } from './use-import-text';

/** Props of the drop zone. */
export interface ImportDropZoneProps {
  onFile: (file: File) => void;
  disabled?: boolean;
}

/** A labelled drop target that also opens the file picker. */
export function ImportDropZone({ onFile, disabled = false }: ImportDropZoneProps) {
  const it = useImportText();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={`import-drop${over ? ' import-drop--over' : ''}`}
      data-testid="import-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p>{it('dropHint')}</p>
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
        {it('chooseFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        hidden
        data-testid="import-file"
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // choosing the same file again re-runs it
          if (file) onFile(file);
        }}
      />
      <p className="import-drop__note">{it('privacy')}</p>
    </div>
  );
}
