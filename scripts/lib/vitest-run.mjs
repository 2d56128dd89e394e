/**
 * Runs vitest in a child process with its usual console output plus a JSON report, and returns the counts the
 * test runners add up (scripts/run-tests.mjs prints the final `N passed, N failed` line that CI reads).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Path of a binary installed in node_modules/.bin. */
export function localBin(name) {
  return join(process.cwd(), 'node_modules', '.bin', name);
}

/** Runs a command with inherited output; resolves to its exit code (1 when it could not start or was killed). */
export function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * `vitest run ...args` (console `reporter`: default or verbose) → { code, passed, failed, skipped }. A file that fails to load (no test ran) counts as one
 * failure; so does a crash before the report was written.
 */
export async function runVitest(args, env = process.env, reporter = 'default') {
  const polyfills = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'node20-polyfills.mjs')).href;
  env = { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import ${polyfills}`.trim() };
  const dir = mkdtempSync(join(tmpdir(), 'tandem-vitest-'));
  const report = join(dir, 'report.json');
  try {
    const code = await run(localBin('vitest'), ['run', ...args, `--reporter=${reporter}`, '--reporter=json', `--outputFile.json=${report}`], env);
    let result;
    try {
      result = JSON.parse(readFileSync(report, 'utf8'));
    } catch {
      return { code: code || 1, passed: 0, failed: 1, skipped: 0 };
    }
    const brokenFiles = result.testResults.filter(
      (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
    ).length;
    const failed = result.numFailedTests + brokenFiles;
    return {
      code: code || (failed ? 1 : 0),
      passed: result.numPassedTests,
      failed: failed || (code ? 1 : 0),
      skipped: result.numPendingTests + result.numTodoTests,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
