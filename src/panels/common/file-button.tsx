/**
 * A button that opens the file chooser (the native input stays hidden, so its browser-language "Choose File" text
 * never shows in the other interface language). Choosing the same file again runs it again.
 */
import { useRef } from 'react';

/** Props: the label, accepted types, a test id for the hidden input, and what to do with the file. */
export interface FileButtonProps {
  label: string;
  accept: string;
  testId: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}

/** The button and its hidden input. */
export function FileButton({ label, accept, testId, disabled = false, onFile }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>{label}</button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={testId}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
