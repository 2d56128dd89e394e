/** A ByteSource over a Blob or File (browser, worker, Node 20), read through its stream reader chunk by chunk. */
import type { ByteSource } from './run-import';

/** Wraps a Blob; uses getReader() because async iteration of ReadableStream is not in every browser yet. */
export function blobSource(blob: Blob, name: string): ByteSource {
  return {
    name,
    size: blob.size,
    async *stream() {
      const reader = blob.stream().getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          if (value) yield value;
        }
      } finally {
        reader.releaseLock();
      }
    },
  };
}
