export const PRECOMPRESS_EXTENSIONS: Set<string>;
export function precompressDir(dir: string): Promise<number>;
export function freshCopy(path: string, ext: string, mtimeMs: number): Promise<boolean>;
