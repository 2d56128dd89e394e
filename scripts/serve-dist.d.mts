/** A running static server for dist/. */
export interface DistServer {
  /** Base URL, e.g. http://127.0.0.1:41234/ */
  url: string;
  port: number;
  /** Header and body bytes written so far (bodies gzip-compressed where the client accepts it). */
  bytesSent: () => number;
  close: () => Promise<void>;
}
/** Starts a gzip static server for `root` on 127.0.0.1 (port 0 = a free port). */
export declare function startServer(options?: { root?: string; port?: number; log?: boolean }): Promise<DistServer>;
