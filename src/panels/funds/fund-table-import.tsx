/** Loads a user's own fund long table (CSV) in place of the sample; a bad file is named and changes nothing. */
import { useState } from 'react';
import type { Lang } from '../../model/view/view-state';
import { replaceFundTable } from '../../selectors/use-funds';
import { fundsText } from './funds-strings';
import { FileButton } from '../common/file-button';

/** The import control. */
export function FundTableImport({ lang }: { lang: Lang }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <details className="funds-import">
      <summary>{fundsText(lang, 'importTable')}</summary>
      <p className="funds-muted">{fundsText(lang, 'importHint')}</p>
      <FileButton
        label={fundsText(lang, 'importTable')}
        accept=".csv,text/csv"
        testId="funds-import-file"
        onFile={(file) =>
          void file
            .text()
            .then((text) => replaceFundTable(text, file.name))
            .then(
              ({ rows }) => setMessage({ ok: true, text: fundsText(lang, 'imported', { rows }) }),
              (error: unknown) => setMessage({ ok: false, text: fundsText(lang, 'importFailed', { detail: error instanceof Error ? error.message : String(error) }) }),
            )
        }
      />
      {message && <p role={message.ok ? 'status' : 'alert'} data-testid="funds-import-message">{message.text}</p>}
    </details>
  );
}
