/**
 * Macro-regions of the county exit rule: the west is the 12 western provinces; the rest splits into east and
 * central by the long-standing three-belt division. Hong Kong, Macau and Taiwan have no region (null).
 */
import type { Region } from '../rules/rule';

/** Two-digit province prefixes of the 12 western provinces (内蒙古 广西 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆). */
export const WEST_PROVINCE_PREFIXES: readonly string[] = ['15', '45', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'];

/** Two-digit prefixes of the central provinces (山西 吉林 黑龙江 安徽 江西 河南 湖北 湖南). */
export const CENTRAL_PROVINCE_PREFIXES: readonly string[] = ['14', '22', '23', '34', '36', '41', '42', '43'];

/** Two-digit prefixes of the eastern provinces (北京 天津 河北 辽宁 上海 江苏 浙江 福建 山东 广东 海南). */
export const EAST_PROVINCE_PREFIXES: readonly string[] = ['11', '12', '13', '21', '31', '32', '33', '35', '37', '44', '46'];

/** The region of any adcode (province, prefecture or county) from its first two digits; null outside the 31. */
export function regionOfAdcode(adcode: string): Region | null {
  const prefix = adcode.slice(0, 2);
  if (WEST_PROVINCE_PREFIXES.includes(prefix)) return 'west';
  if (CENTRAL_PROVINCE_PREFIXES.includes(prefix)) return 'central';
  if (EAST_PROVINCE_PREFIXES.includes(prefix)) return 'east';
  return null;
}

/** Parses a region value read from an attribute column; anything else is null. */
export function parseRegion(value: unknown): Region | null {
  return value === 'east' || value === 'central' || value === 'west' ? value : null;
}
