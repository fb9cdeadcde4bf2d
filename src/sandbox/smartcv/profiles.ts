/**
 * Seeded SmartCV candidates. Static data, so every run (and every seed) shows the same people; each one
 * exercises a different shape of the profile answer. Fields a candidate lacks are absent, as upstream.
 */

export interface SmartcvExperience {
  title: string;
  company: string;
  location?: string;
  startDate: string;
  endDate: string | null;
  current: boolean;
  description?: string;
}
export interface SmartcvEducation {
  degree: string;
  institution: string;
  graduationYear?: number;
  field?: string;
}
export interface SmartcvCertification {
  name: string;
  issuer?: string;
  year?: number;
}
/** The profile exactly as `GET /api/oauth/profile` answers it in `data`; every field may be missing but `name`. */
export interface SmartcvProfile {
  name: string;
  email?: string;
  phoneNumber?: string;
  location?: string;
  headline?: string;
  cvUrl?: string;
  profilePicture?: string;
  skills?: string[];
  experience?: SmartcvExperience[];
  education?: SmartcvEducation[];
  certifications?: SmartcvCertification[];
  languages?: string[];
  socialLinks?: { linkedin?: string; github?: string; portfolio?: string };
}

/** What the profile call does for this candidate: answer the profile, or 403 ACCESS_DENIED (consent withdrawn). */
export type CandidateBehaviour = 'profile' | 'access-denied';

export interface SeededCandidate {
  id: string;
  /** One line shown on the consent page so testers know what each candidate exercises. */
  scenario: string;
  behaviour: CandidateBehaviour;
  /** Build the profile; `assetBase` is the simulator's base URL, for the CV and avatar it serves. */
  profile(assetBase: string): SmartcvProfile;
}

export const SEEDED_CANDIDATE_IDS = [
  'complete',
  'name-only',
  'non-latin',
  'many-skills',
  'everyday',
  'markup',
  'access-withdrawn',
] as const;
export type SeededCandidateId = (typeof SEEDED_CANDIDATE_IDS)[number];

const MANY_SKILLS = [
  'TypeScript',
  'JavaScript',
  'React',
  'Vue.js',
  'Angular',
  'Node.js',
  'Express',
  'GraphQL',
  'REST APIs',
  'PostgreSQL',
  'MySQL',
  'MongoDB',
  'Redis',
  'Docker',
  'Kubernetes',
  'Terraform',
  'AWS',
  'Google Cloud Platform',
  'Azure DevOps',
  'CI/CD',
  'Git',
  'Linux system administration',
  'Python',
  'python ', // CVs repeat themselves with different case and stray spaces
  'Pandas',
  'Machine learning',
  'Data visualisation',
  'Agile / Scrum',
  'Technical writing',
  'Mentoring junior developers',
  'Stakeholder management',
  'Public speaking',
  'Accessibility (WCAG 2.2)',
  'Performance tuning of large-scale distributed systems and high-throughput message queues',
  'Go',
  'Rust',
];

export const SEEDED_CANDIDATES: readonly SeededCandidate[] = [
  {
    id: 'complete',
    scenario: 'Every profile field filled in',
    behaviour: 'profile',
    profile: (base) => ({
      name: 'Grace Wanjiru',
      email: 'grace.wanjiru@example.com',
      phoneNumber: '+254712345678',
      location: 'Nairobi, Kenya',
      headline: 'Senior Software Engineer',
      cvUrl: `${base}/cvs/complete.pdf`,
      profilePicture: `${base}/avatars/complete.svg`,
      skills: ['JavaScript', 'React', 'Node.js', 'Python'],
      experience: [
        {
          title: 'Senior Software Engineer',
          company: 'Savannah Tech',
          location: 'Nairobi, Kenya',
          startDate: '2020-01',
          endDate: null,
          current: true,
          description: 'Leading backend development of a mobile payments platform.',
        },
        {
          title: 'Software Engineer',
          company: 'Lake Basin Logistics',
          location: 'Kisumu, Kenya',
          startDate: '2017-06',
          endDate: '2019-12',
          current: false,
          description: 'Built route planning tools for a fleet of 200 trucks.',
        },
      ],
      education: [
        {
          degree: 'Bachelor of Science in Computer Science',
          institution: 'University of Nairobi',
          graduationYear: 2017,
          field: 'Computer Science',
        },
      ],
      certifications: [{ name: 'AWS Solutions Architect', issuer: 'Amazon Web Services', year: 2021 }],
      languages: ['English', 'Kiswahili'],
      socialLinks: {
        linkedin: 'https://linkedin.com/in/grace-wanjiru-example',
        github: 'https://github.com/grace-wanjiru-example',
        portfolio: 'https://grace.example.com',
      },
    }),
  },
  {
    id: 'name-only',
    scenario: 'Name only, every other field missing',
    behaviour: 'profile',
    profile: () => ({ name: 'Sam Lee' }),
  },
  {
    id: 'non-latin',
    scenario: 'Arabic (right-to-left), Chinese and Amharic text',
    behaviour: 'profile',
    profile: (base) => ({
      name: 'ليلى حسن',
      email: 'layla.hassan@example.com',
      location: 'القاهرة، مصر',
      headline: 'محللة بيانات',
      profilePicture: `${base}/avatars/non-latin.svg`,
      skills: ['تحليل البيانات', '数据分析', 'Microsoft Excel', 'خدمة العملاء', 'የደንበኛ አገልግሎት'],
      experience: [
        {
          title: '数据分析师',
          company: '华为技术有限公司',
          location: '深圳',
          startDate: '2019-03',
          endDate: '2023-08',
          current: false,
          description: '为中东和北非地区的销售团队制作每周报告。',
        },
        {
          title: 'محللة بيانات',
          company: 'شركة النيل للاتصالات',
          location: 'القاهرة',
          startDate: '2023-09',
          endDate: null,
          current: true,
        },
      ],
      education: [{ degree: '硕士', institution: '北京大学', graduationYear: 2019, field: '统计学' }],
      languages: ['العربية', '中文', 'አማርኛ', 'English'],
    }),
  },
  {
    id: 'many-skills',
    scenario: `${MANY_SKILLS.length} skills, one repeated with different case and spacing`,
    behaviour: 'profile',
    profile: (base) => ({
      name: 'Mateo Fernández-Oyelaran',
      email: 'mateo.fo@example.org',
      location: 'Lagos, Nigeria',
      headline: 'Staff Engineer, Platform',
      cvUrl: `${base}/cvs/many-skills.pdf`,
      skills: [...MANY_SKILLS],
      experience: [
        {
          title: 'Staff Engineer',
          company: 'Harbour Cloud',
          startDate: '2018-02',
          endDate: null,
          current: true,
        },
      ],
      socialLinks: { github: 'https://github.com/mateo-fo-example' },
    }),
  },
  {
    id: 'everyday',
    scenario: 'Everyday skills as a CV states them (demo)',
    behaviour: 'profile',
    profile: (base) => ({
      name: 'Thabo Nkosi',
      email: 'thabo.nkosi@example.com',
      phoneNumber: '+27 82 555 0142',
      location: 'Johannesburg, South Africa',
      headline: 'Warehouse team lead',
      cvUrl: `${base}/cvs/everyday.pdf`,
      profilePicture: `${base}/avatars/everyday.svg`,
      skills: [
        'Microsoft Excel',
        'customer service',
        'team work',
        'forklift driving',
        'first aid',
        'JavaScript',
        'stock control',
        'cash handling',
        'food safety and hygiene',
        'driving licence (code B)',
      ],
      experience: [
        {
          title: 'Warehouse team lead',
          company: 'Gauteng Fresh Produce',
          location: 'Johannesburg',
          startDate: '2021-04',
          endDate: null,
          current: true,
          description: 'Run a team of 8 pickers; forklift certified; weekly stock counts in Excel.',
        },
        {
          title: 'Cashier',
          company: 'Corner Market',
          location: 'Soweto',
          startDate: '2018-01',
          endDate: '2021-03',
          current: false,
        },
      ],
      education: [{ degree: 'National Senior Certificate', institution: 'Soweto High School', graduationYear: 2017 }],
      certifications: [{ name: 'First Aid Level 1', issuer: 'St John Ambulance', year: 2022 }],
      languages: ['English', 'isiZulu', 'Sesotho'],
    }),
  },
  {
    id: 'markup',
    scenario: 'HTML and script in text fields (sanitising check)',
    behaviour: 'profile',
    profile: () => ({
      name: 'Alex <img src=x onerror="alert(1)"> Doe',
      email: 'alex.markup@example.com',
      headline: '<script>alert("headline")</script>Frontend developer',
      skills: ['<b>HTML</b>', 'CSS & "quotes"', "O'Reilly books"],
      experience: [
        {
          title: 'Developer',
          company: '<a href="javascript:alert(1)">Evil Corp</a>',
          startDate: '2022-01',
          endDate: null,
          current: true,
          description: '<iframe src="https://example.com"></iframe>Built things.',
        },
      ],
      socialLinks: { portfolio: 'javascript:alert(document.cookie)' },
    }),
  },
  {
    id: 'access-withdrawn',
    scenario: 'Withdraws access after approving: profile call answers 403 ACCESS_DENIED',
    behaviour: 'access-denied',
    profile: () => ({ name: 'Jordan Withdrawn' }),
  },
];

export function findCandidate(id: string): SeededCandidate | undefined {
  return SEEDED_CANDIDATES.find((c) => c.id === id);
}
