/**
 * The fund sources, purposes and programme lines a fund-flow table speaks of, with their names before and after
 * 2021 (财政专项扶贫资金 became 衔接推进乡村振兴补助资金, 扶贫车间 became 帮扶车间 …). Ids are short and stable:
 * they are what the long table (source, programme, county, year, amount) stores. A table may use ids the catalogue
 * does not know (an office's own lines); those are shown with the id as their name.
 */
import type { LocalText } from '../indicators/dataset';

/** The first year of the post-2021 names (the five-year transition after the campaign). */
export const TRANSITION_YEAR = 2021;

/** A named thing whose name changed in 2021; `before` absent = the same name before. */
export interface CatalogueItem {
  id: string;
  name: LocalText;
  before?: LocalText;
}

/** A fund source. `linkFund` marks the fiscal link funds (衔接资金 / 专项扶贫资金) at any government level. */
export interface FundSource extends CatalogueItem {
  linkFund: boolean;
}

/** Purpose of a programme line after 2021; before 2021 every line served poverty alleviation (脱贫攻坚). */
export type FundPurpose = 'consolidate' | 'revitalise' | 'alleviate';

/** A programme line: what the money is spent on. `since` = first year the line exists. */
export interface FundProgramme extends CatalogueItem {
  purpose: Exclude<FundPurpose, 'alleviate'>;
  group: 'industry' | 'infrastructure' | 'employment' | 'education' | 'health' | 'relocation' | 'ecology' | 'credit' | 'monitoring';
  since?: number;
}

/** Fund sources, in the order the Sankey stacks them. */
export const FUND_SOURCES: readonly FundSource[] = [
  { id: 'central', linkFund: true, name: { zh: '中央财政衔接推进乡村振兴补助资金', en: 'Central rural-revitalisation link fund' }, before: { zh: '中央财政专项扶贫资金', en: 'Central special poverty-alleviation fund' } },
  { id: 'province', linkFund: true, name: { zh: '省级财政衔接推进乡村振兴补助资金', en: 'Provincial rural-revitalisation link fund' }, before: { zh: '省级财政专项扶贫资金', en: 'Provincial special poverty-alleviation fund' } },
  { id: 'city', linkFund: true, name: { zh: '市级财政衔接推进乡村振兴补助资金', en: 'Municipal rural-revitalisation link fund' }, before: { zh: '市级财政专项扶贫资金', en: 'Municipal special poverty-alleviation fund' } },
  { id: 'county', linkFund: true, name: { zh: '县级财政衔接推进乡村振兴补助资金', en: 'County rural-revitalisation link fund' }, before: { zh: '县级财政专项扶贫资金', en: 'County special poverty-alleviation fund' } },
  { id: 'eastwest', linkFund: false, name: { zh: '东西部协作财政援助资金', en: 'East–west fiscal aid' }, before: { zh: '东西部扶贫协作财政援助资金', en: 'East–west poverty-alleviation fiscal aid' } },
  { id: 'pooled', linkFund: false, name: { zh: '统筹整合涉农资金', en: 'Pooled agricultural funds' } },
  { id: 'donation', linkFund: false, name: { zh: '社会捐赠', en: 'Social donations' } },
  { id: 'credit', linkFund: false, name: { zh: '金融信贷', en: 'Credit' } },
];

/** Purposes (the Sankey's second column). */
export const FUND_PURPOSES: Readonly<Record<FundPurpose, LocalText>> = {
  consolidate: { zh: '巩固拓展脱贫攻坚成果', en: 'Consolidating poverty-alleviation gains' },
  revitalise: { zh: '衔接乡村振兴', en: 'Linking to rural revitalisation' },
  alleviate: { zh: '脱贫攻坚', en: 'Poverty alleviation' },
};

/** Programme lines, in the order the Sankey stacks them. */
export const FUND_PROGRAMMES: readonly FundProgramme[] = [
  { id: 'industry', group: 'industry', purpose: 'revitalise', name: { zh: '产业发展', en: 'Industry development' }, before: { zh: '产业扶贫', en: 'Industry for poverty alleviation' } },
  { id: 'road', group: 'infrastructure', purpose: 'revitalise', name: { zh: '基础设施：道路', en: 'Infrastructure: roads' } },
  { id: 'water', group: 'infrastructure', purpose: 'consolidate', name: { zh: '基础设施：饮水', en: 'Infrastructure: water' } },
  { id: 'power', group: 'infrastructure', purpose: 'revitalise', name: { zh: '基础设施：电力', en: 'Infrastructure: power' } },
  { id: 'network', group: 'infrastructure', purpose: 'revitalise', name: { zh: '基础设施：网络', en: 'Infrastructure: network' } },
  { id: 'workshop', group: 'employment', purpose: 'consolidate', name: { zh: '就业：帮扶车间', en: 'Employment: assistance workshops' }, before: { zh: '就业：扶贫车间', en: 'Employment: poverty-alleviation workshops' } },
  { id: 'workrelief', group: 'employment', purpose: 'revitalise', name: { zh: '就业：以工代赈', en: 'Employment: work-for-relief' } },
  { id: 'publicjob', group: 'employment', purpose: 'consolidate', name: { zh: '就业：公益性岗位', en: 'Employment: public-welfare jobs' } },
  { id: 'commute', group: 'employment', purpose: 'consolidate', name: { zh: '就业：交通补助', en: 'Employment: transport subsidies' } },
  { id: 'education', group: 'education', purpose: 'consolidate', name: { zh: '教育帮扶', en: 'Education' }, before: { zh: '教育扶贫', en: 'Education for poverty alleviation' } },
  { id: 'yulu', group: 'education', purpose: 'consolidate', name: { zh: '雨露计划培训', en: 'Yulu plan training' } },
  { id: 'health', group: 'health', purpose: 'consolidate', name: { zh: '健康帮扶', en: 'Health' }, before: { zh: '健康扶贫', en: 'Health for poverty alleviation' } },
  { id: 'relocation', group: 'relocation', purpose: 'consolidate', name: { zh: '易地搬迁后续扶持', en: 'Relocation follow-up' }, before: { zh: '易地扶贫搬迁', en: 'Poverty-alleviation relocation' } },
  { id: 'ecology', group: 'ecology', purpose: 'revitalise', name: { zh: '生态补偿与生态护林员', en: 'Ecological compensation and ranger posts' } },
  { id: 'loanint', group: 'credit', purpose: 'consolidate', name: { zh: '小额信贷贴息', en: 'Micro-credit interest subsidy' }, before: { zh: '扶贫小额信贷贴息', en: 'Poverty micro-credit interest subsidy' } },
  { id: 'monitor', group: 'monitoring', purpose: 'consolidate', since: 2021, name: { zh: '防止返贫监测帮扶', en: 'Relapse-prevention monitoring assistance' } },
];

/** The programme line the industry-share rule counts as industry. */
export const INDUSTRY_PROGRAMME_ID = 'industry';

/** The name of a catalogue item as it read in `year`. */
export function nameInYear(item: CatalogueItem, year: number): LocalText {
  return year < TRANSITION_YEAR && item.before ? item.before : item.name;
}

/** The purpose a programme line served in `year` (every line served 脱贫攻坚 before 2021; unknown lines: revitalise). */
export function purposeInYear(programme: FundProgramme | undefined, year: number): FundPurpose {
  if (year < TRANSITION_YEAR) return 'alleviate';
  return programme?.purpose ?? 'revitalise';
}

const SOURCE_BY_ID = new Map(FUND_SOURCES.map((s) => [s.id, s]));
const PROGRAMME_BY_ID = new Map(FUND_PROGRAMMES.map((p) => [p.id, p]));

/** A fund source by id. */
export function findSource(id: string): FundSource | undefined {
  return SOURCE_BY_ID.get(id);
}

/** A programme line by id. */
export function findProgramme(id: string): FundProgramme | undefined {
  return PROGRAMME_BY_ID.get(id);
}

/** Index of a catalogue id for stable ordering; unknown ids sort after the known ones. */
export function catalogueOrder(items: readonly CatalogueItem[], id: string): number {
  const i = items.findIndex((x) => x.id === id);
  return i < 0 ? items.length : i;
}
