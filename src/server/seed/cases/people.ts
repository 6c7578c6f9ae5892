// Who applies in generated cases: Chinese names drawn with common-surname frequencies, valid
// resident ID numbers (GB 11643) and USCCs (GB 32100), mobile numbers. Applicant k is always
// the same person, so a pool smaller than the case count makes returning applicants.
import { idCardCheckChar, usccCheckChar } from '../../../domain/identifiers/index.ts';

/** A small fast PRNG (mulberry32): the same seed gives the same data on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The most common surnames with rough shares (per cent) of the population; the rest shared out.
const SURNAMES: [string, number][] = [
  ['王', 7.1], ['李', 7.0], ['张', 6.7], ['刘', 5.4], ['陈', 4.5], ['杨', 3.1], ['赵', 2.3], ['黄', 2.2], ['周', 2.1], ['吴', 2.0],
  ['徐', 1.7], ['孙', 1.5], ['胡', 1.3], ['朱', 1.3], ['高', 1.3], ['林', 1.2], ['何', 1.2], ['郭', 1.2], ['马', 1.1], ['罗', 0.9],
  ['梁', 0.9], ['宋', 0.8], ['郑', 0.8], ['谢', 0.8], ['韩', 0.7], ['唐', 0.7], ['冯', 0.7], ['于', 0.6], ['董', 0.6], ['萧', 0.6],
  ['程', 0.6], ['曹', 0.6], ['袁', 0.5], ['邓', 0.5], ['许', 0.5], ['傅', 0.5], ['沈', 0.5], ['曾', 0.5], ['彭', 0.5], ['吕', 0.5],
  ['苏', 0.5], ['卢', 0.5], ['蒋', 0.5], ['蔡', 0.5], ['贾', 0.4], ['丁', 0.4], ['魏', 0.4], ['薛', 0.4], ['叶', 0.4], ['阎', 0.4],
  ['余', 0.4], ['潘', 0.4], ['杜', 0.4], ['戴', 0.3], ['夏', 0.3], ['钟', 0.3], ['汪', 0.3], ['田', 0.3], ['任', 0.3], ['姜', 0.3],
  ['范', 0.3], ['方', 0.3], ['石', 0.3], ['姚', 0.3], ['谭', 0.3], ['廖', 0.3], ['邹', 0.3], ['熊', 0.3], ['金', 0.3], ['陆', 0.3],
  ['郝', 0.3], ['孔', 0.3], ['白', 0.3], ['崔', 0.3], ['康', 0.3], ['毛', 0.3], ['邱', 0.3], ['秦', 0.3], ['江', 0.3], ['史', 0.3],
];
const MALE = '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁建国峰亮俊文龙海东林浩宇晨阳志新';
const FEMALE = '芳娜敏静丽艳娟霞秀英燕玲桂兰萍红梅琳雪婷慧莉倩颖洁佳欣悦怡';

const cumulative = (() => {
  let sum = 0;
  return SURNAMES.map(([s, w]) => ((sum += w), [s, sum] as const));
})();
const SURNAME_TOTAL = cumulative[cumulative.length - 1]![1];

function surname(r: number): string {
  const x = r * SURNAME_TOTAL;
  return cumulative.find(([, c]) => x < c)![0];
}

/** A given name of one or (mostly) two characters. */
function givenName(rand: () => number, male: boolean): string {
  const chars = male ? MALE : FEMALE;
  const one = () => chars[Math.floor(rand() * chars.length)]!;
  return rand() < 0.2 ? one() : one() + one();
}

// Counties of 咸阳市 (GB/T 2260): mostly the demo's own 旬邑县, some neighbours.
const REGIONS = ['610429', '610429', '610429', '610429', '610429', '610402', '610404', '610481', '610430', '610431'];
const BIRTH_DAYS = 20_000; // from 1950-01-01, about 55 years
const BIRTH_START = Date.UTC(1950, 0, 1);

export interface Person {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
}

/**
 * Person k: a unique, valid ID number for every k below 20,000 × 1,000 (birth day and order
 * code both derived from k), a name whose sex agrees with the ID's 17th digit.
 */
export function personOf(k: number): Person {
  const rand = prng(k * 2654435761);
  const day = k % BIRTH_DAYS;
  // Spread over order codes too (unique while k / BIRTH_DAYS stays below 1,000).
  const order = (Math.floor(k / BIRTH_DAYS) + day * 37) % 1000;
  const region = REGIONS[Math.floor(k / (BIRTH_DAYS * 1000)) % REGIONS.length]!;
  const birth = new Date(BIRTH_START + day * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `${region}${birth}${String(order).padStart(3, '0')}`;
  const male = order % 2 === 1;
  return {
    name: surname(rand()) + givenName(rand, male),
    idNumber: first17 + idCardCheckChar(first17),
    phone: `1${'3578'[Math.floor(rand() * 4)]}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`,
    address: `旬邑县${['城关街道', '土桥镇', '职田镇', '张洪镇', '太村镇', '郑家镇', '湫坡头镇', '底庙镇', '马栏镇', '清塬镇'][Math.floor(rand() * 10)]}${1 + Math.floor(rand() * 200)}号`,
  };
}

const TRADES = ['商贸', '农业', '建筑', '餐饮', '运输', '果业', '科技', '文化', '劳务', '养殖'];
const WORDS = ['泰塔', '豳州', '马栏', '石门', '唐家', '清源', '土桥', '职田', '太村', '丰源', '宏达', '鑫盛', '兴旺', '瑞丰', '金秋', '绿源'];

export interface Enterprise {
  name: string;
  uscc: string;
  legalRepresentative: string;
  phone: string;
  address: string;
}

/** Enterprise k: a unique, valid USCC (91 = company, registered in 旬邑县) and its legal representative. */
export function enterpriseOf(k: number): Enterprise {
  const rand = prng(k * 40503 + 17);
  const rep = personOf(k + 7_000_000);
  const first17 = `91610429${String(k).padStart(9, '0')}`;
  return {
    name: `旬邑县${WORDS[Math.floor(rand() * WORDS.length)]}${WORDS[Math.floor(rand() * WORDS.length)]}${TRADES[Math.floor(rand() * TRADES.length)]}有限公司`,
    uscc: first17 + usccCheckChar(first17),
    legalRepresentative: rep.name,
    phone: rep.phone,
    address: rep.address,
  };
}
