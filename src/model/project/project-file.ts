/**
 * The project file (`.tandem.json`): a versioned envelope of SECTIONS, each owned by one feature that registers
 * `{ id, version, parse, export, apply }` (the view, saved views and imported datasets here; storyboards and the
 * risk register register the same way). Reading is two-phase: the whole file is parsed and every section validated
 * (and upgraded from older section versions) before anything is applied, so a bad or partial file changes nothing
 * and says what was wrong. Pure apart from what the sections themselves do.
 */
import * as v from 'valibot';
import { parseWithSchema, SchemaError } from '../../lib/parse-with-schema';

/** The envelope's format name and current version. */
export const PROJECT_FORMAT = 'tandem-project';
export const PROJECT_VERSION = 1;
/** Largest file read (imported datasets make files of a few MB; this bounds a hostile one). */
export const MAX_PROJECT_BYTES = 200 * 1024 * 1024;

const sectionEntrySchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  data: v.unknown(),
});

/** The envelope as written. */
export const projectEnvelopeSchema = v.object({
  format: v.literal(PROJECT_FORMAT, 'expected a Tandem project file (format "tandem-project")'),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: v.string(),
  sections: v.record(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,40}$/)), sectionEntrySchema),
});

/** The envelope as written. */
export type ProjectEnvelope = v.InferOutput<typeof projectEnvelopeSchema>;

/** What sections share while a project is applied: dataset ids brought in as copies, old → new. */
export interface ApplyContext {
  datasetRenames: ReadonlyMap<string, string>;
}

/** A feature's part of the project file. `T` is the validated, ready-to-apply value. */
export interface ProjectSection<T = unknown> {
  id: string;
  /** Current version of this section's data. */
  version: number;
  /** Applied in ascending order (datasets before the views that name them). */
  order: number;
  /** Turns data of an older version into the current shape; throws with the reason when it cannot. */
  upgrade?: (data: unknown, fromVersion: number) => unknown;
  /** Validates current-version data completely (may be async, e.g. loading every column); throws with the reason. */
  parse: (data: unknown) => T | Promise<T>;
  /** The section's data for a new file. */
  export: () => unknown | Promise<unknown>;
  /** What the user should confirm before applying (e.g. dataset ids already in use); [] when nothing. */
  conflicts?: (value: T) => string[];
  /** How many things the section brings (for the summary). */
  count?: (value: T) => number;
  /** Applies the value; returns problems that left part of it out (the rest is applied). */
  apply: (value: T, context: ApplyContext) => Promise<string[]>;
  /** Dataset renames this section's apply made (the datasets section), read before later sections apply. */
  renames?: (value: T) => ReadonlyMap<string, string>;
}

/** A project file read and validated, ready to apply. */
export interface ProjectPlan {
  createdAt: string;
  sections: { section: ProjectSection; value: unknown }[];
  /** Section ids in the file that no registered feature knows (kept out, said so). */
  unknown: string[];
  /** What the user should know before applying (ids offered as copies). */
  conflicts: { section: string; items: string[] }[];
  /** Things per section, e.g. { datasets: 2, 'saved-views': 3, view: 1 }. */
  counts: Record<string, number>;
}

/** A project file that cannot be read, with where and why. */
export class ProjectFileError extends Error {
  constructor(
    readonly where: string,
    readonly why: string,
  ) {
    super(`${where}: ${why}`);
    this.name = 'ProjectFileError';
  }
}

/** The registry of sections (one per app; tests make their own). */
export interface ProjectRegistry {
  register: <T>(section: ProjectSection<T>) => void;
  sections: () => readonly ProjectSection[];
  /** The whole project as an envelope. */
  exportProject: (now: Date) => Promise<ProjectEnvelope>;
  /** Parses and validates a file's text; throws ProjectFileError, never changes anything. */
  readProject: (text: string) => Promise<ProjectPlan>;
  /** Applies a plan, in section order; returns the problems of sections applied only in part. */
  applyProject: (plan: ProjectPlan) => Promise<string[]>;
}

const message = (error: unknown): string =>
  error instanceof SchemaError ? `${error.path ? `${error.path}: ` : ''}${error.expected}` : error instanceof Error ? error.message : String(error);

/** Creates a section registry. */
export function createProjectRegistry(): ProjectRegistry {
  const byId = new Map<string, ProjectSection>();
  const ordered = (): ProjectSection[] => [...byId.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return {
    register: (section) => {
      if (byId.has(section.id)) throw new Error(`project section ${section.id} is registered twice`);
      // The registry only hands a section values its own parse made, so erasing T here is safe.
      byId.set(section.id, section as unknown as ProjectSection);
    },
    sections: ordered,
    exportProject: async (now) => {
      const sections: ProjectEnvelope['sections'] = {};
      for (const s of ordered()) sections[s.id] = { version: s.version, data: await s.export() };
      return { format: PROJECT_FORMAT, version: PROJECT_VERSION, createdAt: now.toISOString(), sections };
    },
    readProject: async (text) => {
      if (text.length > MAX_PROJECT_BYTES) throw new ProjectFileError('file', `larger than ${MAX_PROJECT_BYTES / 1024 / 1024} MB`);
      let json: unknown;
      try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (error) {
        throw new ProjectFileError('file', `not valid JSON (${message(error)}); the file may be cut short`);
      }
      let envelope: ProjectEnvelope;
      try {
        envelope = parseWithSchema(projectEnvelopeSchema, json, 'project');
      } catch (error) {
        throw new ProjectFileError('project', message(error));
      }
      if (envelope.version > PROJECT_VERSION) {
        throw new ProjectFileError('project', `version ${envelope.version} is newer than this app reads (${PROJECT_VERSION}); update Tandem`);
      }
      const sections: ProjectPlan['sections'] = [];
      const unknown: string[] = [];
      const conflicts: ProjectPlan['conflicts'] = [];
      const counts: Record<string, number> = {};
      for (const [id, entry] of Object.entries(envelope.sections)) {
        const section = byId.get(id);
        if (!section) {
          unknown.push(id);
          continue;
        }
        if (entry.version > section.version) {
          throw new ProjectFileError(id, `version ${entry.version} is newer than this app reads (${section.version})`);
        }
        let value: unknown;
        try {
          let data = entry.data;
          if (entry.version < section.version) {
            if (!section.upgrade) throw new Error(`version ${entry.version} cannot be upgraded to ${section.version}`);
            data = section.upgrade(data, entry.version);
          }
          value = await section.parse(data);
        } catch (error) {
          throw new ProjectFileError(id, message(error));
        }
        sections.push({ section, value });
        const items = section.conflicts?.(value) ?? [];
        if (items.length) conflicts.push({ section: id, items });
        counts[id] = section.count?.(value) ?? 1;
      }
      if (sections.length === 0) throw new ProjectFileError('project', 'the file holds no part this app knows');
      sections.sort((a, b) => a.section.order - b.section.order);
      return { createdAt: envelope.createdAt, sections, unknown, conflicts, counts };
    },
    applyProject: async (plan) => {
      const problems: string[] = [];
      const datasetRenames = new Map<string, string>();
      for (const { section, value } of plan.sections) {
        try {
          problems.push(...(await section.apply(value, { datasetRenames })));
        } catch (error) {
          problems.push(`${section.id}: ${message(error)}`);
        }
        for (const [from, to] of section.renames?.(value) ?? []) datasetRenames.set(from, to);
      }
      return problems;
    },
  };
}

/** The project as the text of a `.tandem.json` file. */
export function projectFileText(envelope: ProjectEnvelope): string {
  return `${JSON.stringify(envelope)}\n`;
}

/** A file name for a project saved on a date. */
export function projectFileName(date: Date): string {
  return `tandem-project_${date.toISOString().slice(0, 10)}.tandem.json`;
}
