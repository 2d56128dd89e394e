/**
 * The fixed vocabularies of the matching model: skill groups of the labour market, supply groups
 * (trained/untrained × willingness to move), sectors of the industry model and the skill each sector employs.
 */

/** The six skill groups: construction; manufacturing and assembly; services and hospitality; care; agricultural processing; e-commerce and logistics. */
export const SKILL_IDS = ['construction', 'manufacturing', 'services', 'care', 'agri_processing', 'ecommerce_logistics'] as const;
export type SkillId = (typeof SKILL_IDS)[number];

/** How far a worker is willing to move: 就地就近 (in the county), within the province, or far (to the east). */
export const WILLINGNESS = ['local', 'province', 'far'] as const;
export type Willingness = (typeof WILLINGNESS)[number];

/** The six supply groups of a county and skill, in the order of the data arrays. */
export const SUPPLY_GROUPS = ['untrained-local', 'untrained-province', 'untrained-far', 'trained-local', 'trained-province', 'trained-far'] as const;
export type SupplyGroup = (typeof SUPPLY_GROUPS)[number];

/** Whether supply group `g` (index into SUPPLY_GROUPS) is trained. */
export function groupIsTrained(g: number): boolean {
  return g >= 3;
}

/** The willingness of supply group `g`. */
export function groupWillingness(g: number): Willingness {
  return WILLINGNESS[g % 3]!;
}

/** Sectors of eastern enterprises and of western endowments. */
export const SECTOR_IDS = ['agriculture', 'minerals', 'tourism', 'textiles', 'electronics', 'food_processing'] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

/** The skill group a sector's jobs draw on (for the labour-fit term of the industry model). */
export const SECTOR_SKILL: Readonly<Record<SectorId, SkillId>> = {
  agriculture: 'agri_processing',
  minerals: 'construction',
  tourism: 'services',
  textiles: 'manufacturing',
  electronics: 'manufacturing',
  food_processing: 'agri_processing',
};

/** Whether a string is a skill id. */
export function isSkillId(value: string): value is SkillId {
  return (SKILL_IDS as readonly string[]).includes(value);
}
