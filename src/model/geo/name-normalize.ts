/**
 * Normalisation of Chinese place names as they arrive in users' files: width and space variants, variant
 * characters, parenthetical notes, administrative suffixes and ethnic qualifiers.
 */

/** Variant characters seen in spreadsheets, mapped to the form the boundary names use. */
const VARIANT_CHARS: Record<string, string> = { 內: '内', 縣: '县', 區: '区', 鎮: '镇', 鄉: '乡', 龍: '龙', 沒: '没' };
const VARIANT_RE = new RegExp(`[${Object.keys(VARIANT_CHARS).join('')}]`, 'g');
const VARIANT_TEST_RE = new RegExp(`[${Object.keys(VARIANT_CHARS).join('')}]`);
const PLAIN_CJK_RE = /^[\u4e00-\u9fff]+$/;

/** The 55 minority nationalities as they appear inside autonomous-unit names (longest first for the regex). */
const ETHNIC_NAMES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克',
  '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬',
  '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克',
  '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
].sort((a, b) => b.length - a.length);
const ETHNIC_TAIL_RE = new RegExp(`(?:(?:${ETHNIC_NAMES.join('|')})族)+$`);
// Bare ethnic names without 族 (巴里坤哈萨克自治县) are stripped only when two characters or longer.
const ETHNIC_BARE_TAIL_RE = new RegExp(`(?:${ETHNIC_NAMES.filter((n) => n.length >= 2).join('|')})$`);

/** County-level suffixes, longest first so 自治县 wins over 县. */
const COUNTY_SUFFIXES = ['行政委员会', '自治县', '自治旗', '行委', '特区', '林区', '新区', '县', '市', '区', '旗'];
/** Prefecture-level suffixes (恩施州 and 黔东南州 are common short forms of 自治州). */
const PREFECTURE_SUFFIXES = ['自治州', '地区', '盟', '市', '州'];
/** Province-level suffixes. */
const PROVINCE_SUFFIXES = ['特别行政区', '自治区', '省', '市'];

/** Minimum characters a short name keeps, so 矿区 does not shrink to 矿 and 沙县 not to 沙. */
const MIN_SHORT_CHARS = 2;

/**
 * Canonical form for comparison: NFKC (full-width letters, digits, brackets and the ideographic space become
 * ASCII), variant characters unified, all whitespace removed, trailing list punctuation dropped.
 */
export function normalizeName(raw: string): string {
  // Fast path: most names are already plain CJK without variant characters.
  if (PLAIN_CJK_RE.test(raw) && !VARIANT_TEST_RE.test(raw)) return raw;
  return raw
    .normalize('NFKC')
    .replace(VARIANT_RE, (ch) => VARIANT_CHARS[ch] ?? ch)
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[、，,;；。.]+$/u, '');
}

/**
 * The name forms worth trying for one raw cell: "那曲县(色尼区)" and "云州区（大同县）" give both the main
 * part and the parenthetical part; a plain name gives itself. All forms are normalised.
 */
export function nameVariants(raw: string): string[] {
  const name = normalizeName(raw);
  const m = /^(.+?)\((.+)\)$/.exec(name);
  if (!m || m[1] === undefined || m[2] === undefined) return name ? [name] : [];
  return [m[1], m[2]].filter((s) => s.length > 0);
}

function stripOne(name: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (name.endsWith(suffix) && name.length - suffix.length >= MIN_SHORT_CHARS) {
      return name.slice(0, -suffix.length);
    }
  }
  return name;
}

function stripEthnic(name: string): string {
  const withZu = name.replace(ETHNIC_TAIL_RE, '');
  if (withZu !== name && withZu.length >= MIN_SHORT_CHARS) return withZu;
  const bare = name.replace(ETHNIC_BARE_TAIL_RE, '');
  return bare !== name && bare.length >= MIN_SHORT_CHARS ? bare : name;
}

/** Names whose 区 is part of the stem: 井陉矿区 is not "井陉矿" (城区 and 郊区 are kept by the length rule). */
const KEEP_WHOLE_RE = /矿区$/;

/** Short form of a county name: 平泉县 → 平泉, 孟村回族自治县 → 孟村, 矿区 and 沙县 stay as they are. */
export function shortCountyName(name: string): string {
  if (KEEP_WHOLE_RE.test(name)) return name;
  const stripped = stripOne(name, COUNTY_SUFFIXES);
  // Ethnic qualifiers only precede 自治县/自治旗; skipping the regex elsewhere keeps index building fast.
  return stripped !== name && name.includes('自治') ? stripEthnic(stripped) : stripped;
}

/** Short form of a prefecture name: 恩施土家族苗族自治州 → 恩施, 黔东南州 → 黔东南, 杭州 stays 杭州. */
export function shortPrefectureName(name: string): string {
  const stripped = stripOne(name, PREFECTURE_SUFFIXES);
  return stripped === name ? name : stripEthnic(stripped);
}

/** Short form of a province name: 广西壮族自治区 → 广西, 河北省 → 河北, 北京市 → 北京. */
export function shortProvinceName(name: string): string {
  const stripped = stripOne(name, PROVINCE_SUFFIXES);
  return stripped === name ? name : stripEthnic(stripped);
}

/**
 * Common abbreviations of Inner Mongolian banners and a few others that no suffix rule produces:
 * 科尔沁右翼前旗 → 科右前旗, 土默特左旗 → 土左旗, 达尔罕茂明安联合旗 → 达茂旗.
 */
export function countyAbbreviations(name: string): string[] {
  const out: string[] = [];
  if (!name.includes('左') && !name.includes('右') && !name.includes('联合旗')) return out;
  const wing = /^(.)[^左右]*([左右])翼(.+)$/.exec(name);
  if (wing && wing[1] && wing[2] && wing[3]) {
    out.push(wing[1] + wing[2] + wing[3]);
    const tail = wing[3].replace(/(蒙古族)?自治县$/, '');
    if (tail !== wing[3]) out.push(wing[1] + wing[2]);
  }
  const side = /^(.)[^左右]+([左右]旗)$/.exec(name);
  if (side && side[1] && side[2] && name.length >= 4) out.push(side[1] + side[2]);
  if (name === '达尔罕茂明安联合旗') out.push('达茂旗');
  return out;
}

/** Levenshtein distance, stopping early once it exceeds `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}
