/**
 * Text encoding of a delimited or JSON file: a byte-order mark wins; valid UTF-8 is UTF-8; otherwise the chardet
 * detector decides between the Chinese encodings (GBK files are decoded as GB18030, its superset).
 */
import { analyse } from 'chardet';

/** Encodings the reader decodes, all supported by TextDecoder in browsers and Node 20. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** What the detector concluded about a file's encoding. */
export interface EncodingGuess {
  encoding: TextEncodingName;
  /** Bytes of byte-order mark to skip (TextDecoder also drops it; kept for byte offsets). */
  bomLength: number;
  /** How it was decided: 'bom', 'utf8-valid' or 'chardet'. */
  method: 'bom' | 'utf8-valid' | 'chardet';
  /** 0–100. */
  confidence: number;
}

/** Detects the encoding from the first bytes of a file (64 KiB is plenty). */
export function detectEncoding(sample: Uint8Array): EncodingGuess {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    return { encoding: 'utf-8', bomLength: 3, method: 'bom', confidence: 100 };
  }
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, method: 'bom', confidence: 100 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, method: 'bom', confidence: 100 };
  if (isValidUtf8(sample)) return { encoding: 'utf-8', bomLength: 0, method: 'utf8-valid', confidence: 100 };
  const results = analyse(sample);
  const gb = results.find((r) => r.name === 'GB18030')?.confidence ?? 0;
  const big5 = results.find((r) => r.name === 'Big5')?.confidence ?? 0;
  // Files from mainland offices are GBK far more often than anything else, so GB18030 wins ties and weak guesses.
  if (big5 > gb && big5 >= 50) return { encoding: 'big5', bomLength: 0, method: 'chardet', confidence: big5 };
  return { encoding: 'gb18030', bomLength: 0, method: 'chardet', confidence: gb };
}

/** True when the bytes are valid UTF-8, allowing a character cut off at the end of the sample. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
