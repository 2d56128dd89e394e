// The worker_threads entry of a labour part (scripts/matching/labour-thread.ts): Node cannot start a thread on a
// .ts file, so this loads it through tsx, as scripts/match-cli.mjs does for the command.
import { tsImport } from 'tsx/esm/api';

await tsImport('./labour-thread.ts', import.meta.url);
