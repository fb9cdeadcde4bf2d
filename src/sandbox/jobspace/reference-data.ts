/**
 * Lookup tables of the Job Space sandbox: countries, job types, the category tree, currencies, languages,
 * organisations and the places jobs are in. Ids that the docs show are kept (GB = 229, perm_fulltime = 1,
 * ACCOUNTANCY = 2, ANALYST = 6 under SCIENTIFIC = 749, INTERNAL_COMMUNICATIONS = 604 under MARKETING_PR = 138).
 */

export interface CountryRow {
  id: number;
  iso: string;
  name: string;
}

export const COUNTRIES: readonly CountryRow[] = [
  { id: 1, iso: 'AF', name: 'Afghanistan' },
  { id: 2, iso: 'AL', name: 'Albania' },
  { id: 3, iso: 'DZ', name: 'Algeria' },
  { id: 31, iso: 'BR', name: 'Brazil' },
  { id: 45, iso: 'CN', name: 'China' },
  { id: 64, iso: 'EG', name: 'Egypt' },
  { id: 69, iso: 'ET', name: 'Ethiopia' },
  { id: 75, iso: 'FR', name: 'France' },
  { id: 82, iso: 'DE', name: 'Germany' },
  { id: 83, iso: 'GH', name: 'Ghana' },
  { id: 101, iso: 'IN', name: 'India' },
  { id: 105, iso: 'IE', name: 'Ireland' },
  { id: 113, iso: 'KE', name: 'Kenya' },
  { id: 144, iso: 'MA', name: 'Morocco' },
  { id: 156, iso: 'NG', name: 'Nigeria' },
  { id: 177, iso: 'PT', name: 'Portugal' },
  { id: 183, iso: 'RW', name: 'Rwanda' },
  { id: 193, iso: 'SN', name: 'Senegal' },
  { id: 202, iso: 'ZA', name: 'South Africa' },
  { id: 205, iso: 'ES', name: 'Spain' },
  { id: 215, iso: 'TZ', name: 'Tanzania' },
  { id: 226, iso: 'UG', name: 'Uganda' },
  { id: 228, iso: 'AE', name: 'United Arab Emirates' },
  { id: 229, iso: 'GB', name: 'United Kingdom' },
  { id: 230, iso: 'US', name: 'United States' },
];

export interface HandleRow {
  id: number;
  handle: string;
}

export const JOB_TYPES: readonly HandleRow[] = [
  { id: 1, handle: 'perm_fulltime' },
  { id: 2, handle: 'perm_parttime' },
  { id: 3, handle: 'contract_fulltime' },
  { id: 4, handle: 'contract_parttime' },
  { id: 5, handle: 'temporary' },
  { id: 6, handle: 'internship' },
  { id: 7, handle: 'apprenticeship' },
  { id: 8, handle: 'volunteer' },
];

export interface CategoryRow extends HandleRow {
  /** Parent id; the root (id 1) has none. */
  parentId: number | null;
}

const tree: [number, string, [number, string][]][] = [
  [2, 'ACCOUNTANCY', [[3, 'ACCOUNTS_ADMIN'], [4, 'ACCOUNTS_ASSISTANT'], [5, 'ACCOUNTS_MANAGER']]],
  [749, 'SCIENTIFIC', [[6, 'ANALYST'], [750, 'LABORATORY']]],
  [138, 'MARKETING_PR', [[604, 'INTERNAL_COMMUNICATIONS'], [139, 'DIGITAL_MARKETING']]],
  [300, 'IT_TELECOMS', [[301, 'SOFTWARE_DEVELOPMENT'], [302, 'IT_SUPPORT'], [303, 'DATA_ENGINEERING']]],
  [400, 'HEALTHCARE', [[401, 'NURSING'], [402, 'PHARMACY'], [403, 'COMMUNITY_HEALTH']]],
  [450, 'EDUCATION', [[451, 'TEACHING'], [452, 'TRAINING']]],
  [500, 'ENGINEERING', [[501, 'CIVIL_ENGINEERING'], [502, 'ELECTRICAL_ENGINEERING']]],
  [550, 'SALES', [[551, 'FIELD_SALES'], [552, 'ACCOUNT_MANAGEMENT']]],
  [620, 'LOGISTICS', [[621, 'WAREHOUSE'], [622, 'DRIVING']]],
  [650, 'HOSPITALITY', [[651, 'CHEF'], [652, 'FRONT_OF_HOUSE']]],
  [700, 'AGRICULTURE', [[701, 'AGRONOMY'], [702, 'FARM_MANAGEMENT']]],
  [720, 'CUSTOMER_SERVICE', [[721, 'CALL_CENTRE']]],
  [760, 'NGO_DEVELOPMENT', [[761, 'PROGRAMME_MANAGEMENT'], [762, 'MONITORING_EVALUATION']]],
  [780, 'CONSTRUCTION', [[781, 'ELECTRICIAN'], [782, 'SITE_MANAGEMENT']]],
];

export const CATEGORIES: readonly CategoryRow[] = [
  { id: 1, handle: 'root', parentId: null },
  ...tree.flatMap(([id, handle, children]) => [
    { id, handle, parentId: 1 },
    ...children.map(([childId, childHandle]) => ({ id: childId, handle: childHandle, parentId: id })),
  ]),
].sort((a, b) => a.id - b.id);

/** Categories a job can be filed under (not the root, not a parent). */
export const LEAF_CATEGORIES = CATEGORIES.filter((c) => c.parentId !== null && c.parentId !== 1);

export interface CurrencyRow {
  iso_code: string;
  symbol: string;
  /** The upstream stores an HTML entity here (`&#163;`); EUR's `&#128;` is the docs' own mistake, kept. */
  unicode: string;
}

export const CURRENCIES: Readonly<Record<string, CurrencyRow>> = {
  USD: { iso_code: 'USD', symbol: '$', unicode: '&#36;' },
  EUR: { iso_code: 'EUR', symbol: '€', unicode: '&#128;' },
  GBP: { iso_code: 'GBP', symbol: '£', unicode: '&#163;' },
  KES: { iso_code: 'KES', symbol: 'KSh', unicode: 'KSh' },
  ZAR: { iso_code: 'ZAR', symbol: 'R', unicode: 'R' },
  NGN: { iso_code: 'NGN', symbol: '₦', unicode: '&#8358;' },
  BRL: { iso_code: 'BRL', symbol: 'R$', unicode: 'R&#36;' },
  AED: { iso_code: 'AED', symbol: 'د.إ', unicode: '&#1583;.&#1573;' },
  CNY: { iso_code: 'CNY', symbol: '¥', unicode: '&#165;' },
  ETB: { iso_code: 'ETB', symbol: 'Br', unicode: 'Br' },
};

export const SALARY_FREQUENCIES = ['HOURLY', 'DAILY', 'WEEKLY', 'FORTNIGHTLY', '4WEEKLY', 'MONTHLY', 'ANNUALLY'] as const;
export const APPLY_TYPES = ['REDIRECT', 'SIGNUP'] as const;

export type LanguageCode = 'en' | 'fr' | 'es' | 'pt' | 'ar' | 'zh' | 'am';

export const LANGUAGES: Readonly<Record<LanguageCode, { id: number; iso_code: LanguageCode; name: string }>> = {
  en: { id: 1, iso_code: 'en', name: 'English' },
  fr: { id: 2, iso_code: 'fr', name: 'French' },
  es: { id: 3, iso_code: 'es', name: 'Spanish' },
  pt: { id: 4, iso_code: 'pt', name: 'Portuguese' },
  ar: { id: 5, iso_code: 'ar', name: 'Arabic' },
  zh: { id: 6, iso_code: 'zh', name: 'Chinese' },
  am: { id: 7, iso_code: 'am', name: 'Amharic' },
};

export interface Place {
  city: string;
  region: string;
  postcode: string;
  lat: number;
  lon: number;
}

export interface CountryProfile {
  iso: string;
  language: LanguageCode;
  currency: string;
  /** Share of seeded jobs (weights, any scale). */
  weight: number;
  places: Place[];
}

export const COUNTRY_PROFILES: readonly CountryProfile[] = [
  {
    iso: 'GB',
    language: 'en',
    currency: 'GBP',
    weight: 22,
    places: [
      { city: 'London', region: 'Greater London', postcode: 'EC1A 1BB', lat: 51.5072, lon: -0.1276 },
      { city: 'Manchester', region: 'Greater Manchester', postcode: 'M1 1AE', lat: 53.4808, lon: -2.2426 },
      { city: 'Sheffield', region: 'South Yorkshire', postcode: 'S1 4DP', lat: 53.3811, lon: -1.4701 },
      { city: 'Leeds', region: 'West Yorkshire', postcode: 'LS1 4AP', lat: 53.8008, lon: -1.5491 },
      { city: 'Bristol', region: 'Bristol', postcode: 'BS1 4DJ', lat: 51.4545, lon: -2.5879 },
      { city: 'Glasgow', region: 'Scotland', postcode: 'G1 1XQ', lat: 55.8642, lon: -4.2518 },
    ],
  },
  {
    iso: 'KE',
    language: 'en',
    currency: 'KES',
    weight: 16,
    places: [
      { city: 'Nairobi', region: 'Nairobi County', postcode: '00100', lat: -1.2921, lon: 36.8219 },
      { city: 'Mombasa', region: 'Mombasa County', postcode: '80100', lat: -4.0435, lon: 39.6682 },
      { city: 'Kisumu', region: 'Kisumu County', postcode: '40100', lat: -0.0917, lon: 34.768 },
      { city: 'Nakuru', region: 'Nakuru County', postcode: '20100', lat: -0.3031, lon: 36.08 },
    ],
  },
  {
    iso: 'ZA',
    language: 'en',
    currency: 'ZAR',
    weight: 14,
    places: [
      { city: 'Johannesburg', region: 'Gauteng', postcode: '2001', lat: -26.2041, lon: 28.0473 },
      { city: 'Cape Town', region: 'Western Cape', postcode: '8001', lat: -33.9249, lon: 18.4241 },
      { city: 'Durban', region: 'KwaZulu-Natal', postcode: '4001', lat: -29.8587, lon: 31.0218 },
      { city: 'Pretoria', region: 'Gauteng', postcode: '0002', lat: -25.7479, lon: 28.2293 },
    ],
  },
  {
    iso: 'NG',
    language: 'en',
    currency: 'NGN',
    weight: 14,
    places: [
      { city: 'Lagos', region: 'Lagos State', postcode: '100001', lat: 6.5244, lon: 3.3792 },
      { city: 'Abuja', region: 'Federal Capital Territory', postcode: '900001', lat: 9.0765, lon: 7.3986 },
      { city: 'Port Harcourt', region: 'Rivers State', postcode: '500001', lat: 4.8156, lon: 7.0498 },
      { city: 'Kano', region: 'Kano State', postcode: '700001', lat: 12.0022, lon: 8.592 },
    ],
  },
  {
    iso: 'FR',
    language: 'fr',
    currency: 'EUR',
    weight: 11,
    places: [
      { city: 'Paris', region: 'Île-de-France', postcode: '75002', lat: 48.8566, lon: 2.3522 },
      { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', postcode: '69002', lat: 45.764, lon: 4.8357 },
      { city: 'Marseille', region: "Provence-Alpes-Côte d'Azur", postcode: '13001', lat: 43.2965, lon: 5.3698 },
      { city: 'Toulouse', region: 'Occitanie', postcode: '31000', lat: 43.6047, lon: 1.4442 },
      { city: 'Nantes', region: 'Pays de la Loire', postcode: '44000', lat: 47.2184, lon: -1.5536 },
    ],
  },
  {
    iso: 'ES',
    language: 'es',
    currency: 'EUR',
    weight: 10,
    places: [
      { city: 'Madrid', region: 'Comunidad de Madrid', postcode: '28013', lat: 40.4168, lon: -3.7038 },
      { city: 'Barcelona', region: 'Cataluña', postcode: '08002', lat: 41.3874, lon: 2.1686 },
      { city: 'Valencia', region: 'Comunitat Valenciana', postcode: '46002', lat: 39.4699, lon: -0.3763 },
      { city: 'Sevilla', region: 'Andalucía', postcode: '41001', lat: 37.3891, lon: -5.9845 },
      { city: 'Bilbao', region: 'País Vasco', postcode: '48001', lat: 43.263, lon: -2.935 },
    ],
  },
  {
    iso: 'BR',
    language: 'pt',
    currency: 'BRL',
    weight: 10,
    places: [
      { city: 'São Paulo', region: 'SP', postcode: '01310-100', lat: -23.5505, lon: -46.6333 },
      { city: 'Rio de Janeiro', region: 'RJ', postcode: '20040-002', lat: -22.9068, lon: -43.1729 },
      { city: 'Belo Horizonte', region: 'MG', postcode: '30130-010', lat: -19.9167, lon: -43.9345 },
      { city: 'Recife', region: 'PE', postcode: '50030-230', lat: -8.0476, lon: -34.877 },
      { city: 'Porto Alegre', region: 'RS', postcode: '90010-150', lat: -30.0346, lon: -51.2177 },
    ],
  },
  {
    iso: 'AE',
    language: 'ar',
    currency: 'AED',
    weight: 0,
    places: [{ city: 'Dubai', region: 'Dubai', postcode: '00000', lat: 25.2048, lon: 55.2708 }],
  },
  {
    iso: 'CN',
    language: 'zh',
    currency: 'CNY',
    weight: 0,
    places: [{ city: 'Shanghai', region: '上海市', postcode: '200000', lat: 31.2304, lon: 121.4737 }],
  },
  {
    iso: 'ET',
    language: 'am',
    currency: 'ETB',
    weight: 0,
    places: [{ city: 'Addis Ababa', region: 'Addis Ababa', postcode: '1000', lat: 9.03, lon: 38.74 }],
  },
];

export interface Organisation {
  id: number;
  handle: string;
  name: string;
  /** Country the organisation hires in. */
  iso: string;
  /** Logo colour; organisations without one have no logo. */
  colour?: string;
}

export const ORGANISATIONS: readonly Organisation[] = [
  { id: 1, handle: 'jdt', name: 'JDT Software', iso: 'GB', colour: '#1d4ed8' },
  { id: 10, handle: 'acme', name: 'Acme Analytics Ltd', iso: 'GB', colour: '#0f766e' },
  { id: 11, handle: 'northern-rail-works', name: 'Northern Rail Works', iso: 'GB', colour: '#9a3412' },
  { id: 12, handle: 'bright-futures-nhs', name: 'Bright Futures NHS Trust', iso: 'GB', colour: '#005eb8' },
  { id: 13, handle: 'thistle-hospitality', name: 'Thistle & Rose Hospitality', iso: 'GB' },
  { id: 20, handle: 'savanna-tech', name: 'Savanna Tech Kenya', iso: 'KE', colour: '#15803d' },
  { id: 21, handle: 'mombasa-port-logistics', name: 'Mombasa Port Logistics', iso: 'KE', colour: '#0369a1' },
  { id: 22, handle: 'shamba-bora', name: 'Shamba Bora Agri Cooperative', iso: 'KE', colour: '#65a30d' },
  { id: 23, handle: 'afya-community-health', name: 'Afya Community Health', iso: 'KE' },
  { id: 30, handle: 'ubuntu-energy', name: 'Ubuntu Energy (Pty) Ltd', iso: 'ZA', colour: '#ca8a04' },
  { id: 31, handle: 'table-mountain-foods', name: 'Table Mountain Foods', iso: 'ZA', colour: '#b91c1c' },
  { id: 32, handle: 'jozi-fintech', name: 'Jozi Fintech', iso: 'ZA', colour: '#7c3aed' },
  { id: 40, handle: 'eko-payments', name: 'Eko Payments Ltd', iso: 'NG', colour: '#059669' },
  { id: 41, handle: 'naija-build', name: 'NaijaBuild Construction', iso: 'NG', colour: '#c2410c' },
  { id: 42, handle: 'harmattan-health', name: 'Harmattan Health Foundation', iso: 'NG' },
  { id: 50, handle: 'boulangerie-lumiere', name: 'Boulangerie Lumière', iso: 'FR', colour: '#a16207' },
  { id: 51, handle: 'numerique-lyon', name: 'Numérique Lyon SAS', iso: 'FR', colour: '#1e40af' },
  { id: 52, handle: 'sante-solidaire', name: 'Santé Solidaire', iso: 'FR', colour: '#be123c' },
  { id: 60, handle: 'sol-y-mar', name: 'Hoteles Sol y Mar', iso: 'ES', colour: '#ea580c' },
  { id: 61, handle: 'datos-ibericos', name: 'Datos Ibéricos S.L.', iso: 'ES', colour: '#4338ca' },
  { id: 70, handle: 'cafe-do-cerrado', name: 'Café do Cerrado', iso: 'BR', colour: '#78350f' },
  { id: 71, handle: 'logistica-atlantica', name: 'Logística Atlântica', iso: 'BR', colour: '#0e7490' },
  { id: 72, handle: 'escola-aberta', name: 'Instituto Escola Aberta', iso: 'BR' },
  { id: 80, handle: 'gulf-horizon', name: 'Gulf Horizon Trading', iso: 'AE', colour: '#0f766e' },
  { id: 81, handle: 'pudong-logistics', name: '浦东物流有限公司', iso: 'CN', colour: '#dc2626' },
  { id: 82, handle: 'abyssinia-relief', name: 'Abyssinia Relief Association', iso: 'ET', colour: '#16a34a' },
];

/** A logo as SVG text (initials on the organisation's colour); undefined for organisations without one. */
export function logoSvg(org: Organisation): string | undefined {
  if (!org.colour) return undefined;
  const initials = org.handle
    .split('-')
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="${org.colour}"/>` +
    `<text x="32" y="41" font-family="Arial,Helvetica,sans-serif" font-size="24" font-weight="700" fill="#fff" text-anchor="middle">${initials}</text></svg>`
  );
}
