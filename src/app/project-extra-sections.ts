/**
 * The project file's sections for the user's storyboards (wall briefings) and the risk register: each validated
 * whole by its feature's own parser before anything changes, then applied through the feature's own actions (so
 * IndexedDB and the store stay in step). The demo storyboard ships with the app and is never written to a file.
 */
import * as v from 'valibot';
import type { ProjectSection } from '../model/project/project-file';
import { parseStoryboardValue, storyboardToJson } from '../model/present/storyboard-json';
import type { Storyboard } from '../model/present/storyboard';
import { DEMO_STORYBOARD_ID } from '../model/present/demo-storyboard';
import { mergeRiskRegisters, parseRiskRegister } from '../model/risks/risk-files';
import type { RiskRegister } from '../model/risks/risk-entry';
import { exportRiskRegister, importRiskRegister } from '../selectors/risk-register-actions';
import { saveStoryboard } from './present/storyboard-actions';
import { useAppStore } from '../store/app-store';

/** Current version of the storyboards section's data. */
export const STORYBOARDS_SECTION_VERSION = 1;
/** Current version of the risk-register section's data. */
export const RISKS_SECTION_VERSION = 1;

const storyboardsSchema = v.object({ storyboards: v.pipe(v.array(v.unknown()), v.maxLength(500)) });

/** The "storyboards" section: every storyboard of the user's, each in its file form. */
export function createStoryboardsSection(): ProjectSection<Storyboard[]> {
  return {
    id: 'storyboards',
    version: STORYBOARDS_SECTION_VERSION,
    order: 30,
    export: () => ({
      storyboards: useAppStore
        .getState()
        .present.storyboards.filter((b) => b.id !== DEMO_STORYBOARD_ID)
        .map((b) => JSON.parse(storyboardToJson(b)) as unknown),
    }),
    parse: (data) => {
      const shell = v.safeParse(storyboardsSchema, data);
      if (!shell.success) throw new Error(`storyboards: ${shell.issues[0].message}`);
      return shell.output.storyboards.map((raw, i) => {
        const parsed = parseStoryboardValue(raw);
        if (!parsed.ok) throw new Error(`storyboards[${i}]: ${parsed.error}`);
        return parsed.storyboard;
      });
    },
    count: (boards) => boards.length,
    // A storyboard of the same id is replaced by the file's: the user is shown which before confirming.
    conflicts: (boards) => {
      const have = new Set(useAppStore.getState().present.storyboards.map((b) => b.id));
      return boards.filter((b) => have.has(b.id)).map((b) => b.id);
    },
    apply: async (boards) => {
      for (const board of boards) if (board.id !== DEMO_STORYBOARD_ID) saveStoryboard(board);
      return [];
    },
  };
}

/** The "risks" section: the whole risk register (entries, the office's own categories). */
export function createRisksSection(): ProjectSection<RiskRegister> {
  return {
    id: 'risks',
    version: RISKS_SECTION_VERSION,
    order: 40,
    export: () => exportRiskRegister(),
    parse: (data) => parseRiskRegister(data, 'risks'),
    count: (register) => register.entries.length,
    // Merged into the register this browser has; entries of the same id are replaced, so they are listed first.
    conflicts: (register) => {
      const have = new Set(useAppStore.getState().risks.register.entries.map((e) => e.id));
      return register.entries.filter((e) => have.has(e.id)).map((e) => `${e.id} (${e.title})`);
    },
    apply: async (register) => {
      const error = await importRiskRegister(mergeRiskRegisters(useAppStore.getState().risks.register, register));
      return error === null ? [] : [`risks: ${error}`];
    },
  };
}
