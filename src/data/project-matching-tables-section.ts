/**
 * The project file's "matching-tables" section: the labour and industry tables the user imported for the
 * matching tab (supply, local vacancies, county endowments, park land and expressway minutes), so a project
 * opened elsewhere solves the same plans. Each table is validated by its own schema before anything changes; applying
 * goes through the matching worker's check like an import (a set that no longer fits the shipped data is refused
 * with the reason and the tables in use stay). A file with no tables leaves the user's as they are.
 */
import * as v from 'valibot';
import type { ProjectSection } from '../model/project/project-file';
import { parseImportedLabourTables, type ImportedLabourTable } from '../model/matching/labour-imported';
import { parseImportedIndustryTables, type ImportedIndustryTable } from '../model/matching/industry-imported';
import { parseWithSchema } from '../lib/parse-with-schema';

/** Current version of the section's data. */
export const MATCHING_TABLES_SECTION_VERSION = 1;

/** The section's value: both kinds of table, in the order they were imported. */
export interface MatchingTables {
  labour: ImportedLabourTable[];
  industry: ImportedIndustryTable[];
}

/** What the section needs of the app. */
export interface MatchingTablesDeps {
  /** The tables in use now. */
  current: () => MatchingTables;
  /** Checks and puts each non-empty kind into use (and keeps it in this browser); problems, [] when all went in. */
  replace: (tables: MatchingTables) => Promise<string[]>;
}

const sectionSchema = v.object({ labour: v.pipe(v.array(v.unknown()), v.maxLength(200)), industry: v.pipe(v.array(v.unknown()), v.maxLength(200)) });

/** The matching-tables section over `deps`. */
export function createMatchingTablesSection(deps: () => MatchingTablesDeps): ProjectSection<MatchingTables> {
  return {
    id: 'matching-tables',
    version: MATCHING_TABLES_SECTION_VERSION,
    order: 35,
    export: () => {
      const { labour, industry } = deps().current();
      return { labour, industry };
    },
    parse: (data) => {
      const shell = parseWithSchema(sectionSchema, data, 'matching-tables');
      return {
        labour: parseImportedLabourTables(shell.labour, 'matching-tables.labour'),
        industry: parseImportedIndustryTables(shell.industry, 'matching-tables.industry'),
      };
    },
    count: (t) => t.labour.length + t.industry.length,
    // No `conflicts`: the dialog's own line (project-file-section.tsx) says the file's tables replace those in use.
    apply: async (t) => (t.labour.length === 0 && t.industry.length === 0 ? [] : deps().replace(t)),
  };
}
