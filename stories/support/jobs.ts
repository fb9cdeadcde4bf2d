/** Controlled-mode data for stories: long titles, non-Latin scripts, missing fields. */
import type { Job } from '../../src/types.js';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** 200 characters, with one very long word to test wrapping. */
export const LONG_TITLE =
  'Senior Principal Staff Software Engineer for Distributed Payments Infrastructure, Fraud Prevention and Regulatory Reporting (Remote-first, EMEA) – Interdisciplinaryarchitectureandreliabilityengineer';

export const LONG_JOB: Job = {
  id: 'long-1',
  title: LONG_TITLE.slice(0, 200),
  reference: 'REF-2026-000000000000000000001',
  organisation: { id: 'o-long', name: 'The Very Long Name International Cooperative Development and Microfinance Association of Eastern and Southern Africa' },
  location: { city: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch', country: { id: 'gb', name: 'United Kingdom', code: 'GB' } },
  type: { id: 't-full', name: 'Full time, permanent, with flexible hours' },
  category: { id: 'c-it', name: 'Information technology and software engineering' },
  salary: { from: 95_000, to: 140_000, currency: 'GBP', frequency: 'year' },
  summary: 'A very long summary. '.repeat(12).trim(),
  descriptionHtml: `<p>${'We are looking for someone who enjoys hard problems. '.repeat(6)}</p><ul><li>Design systems</li><li>Mentor engineers</li></ul>`,
  postedAt: daysAgo(2),
  closesAt: inDays(30),
};

export const ARABIC_JOB: Job = {
  id: 'ar-1',
  title: 'مهندس برمجيات أول – فريق المدفوعات الرقمية',
  reference: 'AR-2026-17',
  organisation: { id: 'o-ar', name: 'شركة الحلول الرقمية المتحدة' },
  location: { city: 'القاهرة', country: { id: 'eg', name: 'مصر', code: 'EG' } },
  type: { id: 't-full', name: 'دوام كامل' },
  category: { id: 'c-it', name: 'تقنية المعلومات' },
  salary: { text: '٢٠٬٠٠٠–٣٠٬٠٠٠ ج.م شهريًا' },
  summary: 'انضم إلى فريق يبني خدمات الدفع لملايين المستخدمين في المنطقة.',
  descriptionHtml:
    '<p>انضم إلى فريق يبني خدمات الدفع لملايين المستخدمين في المنطقة. نبحث عن مهندس يحب العمل الجماعي.</p><ul><li>خبرة خمس سنوات</li><li>إتقان TypeScript</li></ul>',
  postedAt: daysAgo(5),
  closesAt: inDays(20),
};

export const CHINESE_JOB: Job = {
  id: 'zh-1',
  title: '高级前端开发工程师（无障碍与国际化方向）',
  organisation: { id: 'o-zh', name: '上海未来科技有限公司' },
  location: { city: '上海', country: { id: 'cn', name: '中国', code: 'CN' } },
  type: { id: 't-full', name: '全职' },
  category: { id: 'c-it', name: '信息技术' },
  salary: { from: 30_000, to: 45_000, currency: 'CNY', frequency: 'month' },
  summary: '负责组件库的无障碍设计与多语言支持。',
  descriptionHtml: '<p>负责组件库的无障碍设计与多语言支持，与设计团队紧密合作。</p>',
  postedAt: daysAgo(1),
};

export const AMHARIC_JOB: Job = {
  id: 'am-1',
  title: 'የሶፍትዌር መሐንዲስ – የሞባይል ክፍያ ቡድን',
  organisation: { id: 'o-am', name: 'ኢትዮ ዲጂታል አገልግሎቶች' },
  location: { city: 'አዲስ አበባ', country: { id: 'et', name: 'ኢትዮጵያ', code: 'ET' } },
  type: { id: 't-part', name: 'የትርፍ ሰዓት' },
  category: { id: 'c-it', name: 'የመረጃ ቴክኖሎጂ' },
  summary: 'የሞባይል ክፍያ አገልግሎቶችን ለማሻሻል ይቀላቀሉን።',
  postedAt: daysAgo(12),
};

export const SWAHILI_JOB: Job = {
  id: 'sw-1',
  title: 'Afisa Mikopo – Benki ya Jamii',
  organisation: { id: 'o-sw', name: 'Benki ya Jamii Tanzania' },
  location: { city: 'Dar es Salaam', country: { id: 'tz', name: 'Tanzania', code: 'TZ' } },
  type: { id: 't-full', name: 'Kudumu' },
  salary: { from: 1_200_000, to: 1_800_000, currency: 'TZS', frequency: 'month' },
  postedAt: daysAgo(0),
};

/** A job with nothing but the required fields. */
export const BARE_JOB: Job = { id: 'bare-1', title: 'Warehouse assistant' };

export const MIXED_JOBS: Job[] = [LONG_JOB, ARABIC_JOB, CHINESE_JOB, AMHARIC_JOB, SWAHILI_JOB, BARE_JOB];
