/** Schemas shared by several files: bilingual text, county codes, years. */
import * as v from 'valibot';

/** Bilingual text: zh-CN is the default language, en the second. */
export const localTextSchema = v.object({ zh: v.string(), en: v.string() });

/** A 6-digit administrative code (adcode) as a string. */
export const adcodeSchema = v.pipe(v.string('expected a 6-digit adcode (a string)'), v.regex(/^\d{6}$/, 'expected a 6-digit adcode'));

/** A calendar year. */
export const yearSchema = v.pipe(v.number(), v.integer('expected a year'));

/** A non-empty string. */
export const nonEmptyStringSchema = v.pipe(v.string(), v.nonEmpty('expected a non-empty string'));
