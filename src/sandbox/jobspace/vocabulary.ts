/**
 * Words the seed generator combines into realistic job adverts, per category and language.
 * Titles are `[en, fr, es, pt]`; the other lists are English with small localised pools.
 */
import type { LanguageCode } from './reference-data.js';

export type SeedLanguage = Extract<LanguageCode, 'en' | 'fr' | 'es' | 'pt'>;
type Titles = [en: string, fr: string, es: string, pt: string][];

/** Job titles by leaf category id. */
export const TITLES: Readonly<Record<number, Titles>> = {
  3: [
    ['Accounts Administrator', 'Assistant administratif comptable (H/F)', 'Administrativo/a contable', 'Assistente Administrativo Contábil'],
    ['Purchase Ledger Clerk', 'Comptable fournisseurs (H/F)', 'Auxiliar de cuentas a pagar', 'Auxiliar de Contas a Pagar'],
  ],
  4: [
    ['Accounts Assistant', 'Aide-comptable (H/F)', 'Asistente contable', 'Assistente Contábil'],
    ['Payroll Assistant', 'Gestionnaire de paie junior (H/F)', 'Técnico/a de nóminas junior', 'Assistente de Departamento Pessoal'],
  ],
  5: [
    ['Finance Manager', 'Responsable administratif et financier (H/F)', 'Responsable financiero/a', 'Gerente Financeiro'],
    ['Management Accountant', 'Contrôleur de gestion (H/F)', 'Controller financiero/a', 'Analista de Controladoria'],
  ],
  6: [
    ['Data Analyst', 'Analyste de données (H/F)', 'Analista de datos', 'Analista de Dados'],
    ['Business Intelligence Analyst', 'Analyste BI (H/F)', 'Analista de Business Intelligence', 'Analista de BI'],
  ],
  750: [
    ['Laboratory Technician', 'Technicien de laboratoire (H/F)', 'Técnico/a de laboratorio', 'Técnico de Laboratório'],
    ['Quality Control Scientist', 'Chargé de contrôle qualité (H/F)', 'Científico/a de control de calidad', 'Analista de Controle de Qualidade'],
  ],
  604: [
    ['Internal Communications Officer', 'Chargé de communication interne (H/F)', 'Técnico/a de comunicación interna', 'Analista de Comunicação Interna'],
  ],
  139: [
    ['Digital Marketing Executive', 'Chargé de marketing digital (H/F)', 'Especialista en marketing digital', 'Analista de Marketing Digital'],
    ['Social Media Manager', 'Community manager (H/F)', 'Social media manager', 'Gerente de Mídias Sociais'],
  ],
  301: [
    ['Software Developer', 'Développeur full stack (H/F)', 'Desarrollador/a de software', 'Desenvolvedor de Software'],
    ['Frontend Engineer (TypeScript)', 'Développeur front-end TypeScript (H/F)', 'Ingeniero/a frontend (TypeScript)', 'Engenheiro Front-end (TypeScript)'],
    ['Mobile Developer (Android)', 'Développeur mobile Android (H/F)', 'Desarrollador/a Android', 'Desenvolvedor Android'],
  ],
  302: [
    ['IT Support Technician', 'Technicien support informatique (H/F)', 'Técnico/a de soporte informático', 'Técnico de Suporte de TI'],
    ['Service Desk Analyst', 'Technicien helpdesk (H/F)', 'Analista de service desk', 'Analista de Service Desk'],
  ],
  303: [
    ['Data Engineer', 'Ingénieur data (H/F)', 'Ingeniero/a de datos', 'Engenheiro de Dados'],
  ],
  401: [
    ['Registered Nurse', 'Infirmier diplômé d’État (H/F)', 'Enfermero/a', 'Enfermeiro'],
    ['Midwife', 'Sage-femme (H/F)', 'Matrona', 'Enfermeira Obstétrica'],
  ],
  402: [
    ['Pharmacy Technician', 'Préparateur en pharmacie (H/F)', 'Técnico/a de farmacia', 'Técnico de Farmácia'],
  ],
  403: [
    ['Community Health Worker', 'Médiateur santé (H/F)', 'Agente de salud comunitaria', 'Agente Comunitário de Saúde'],
  ],
  451: [
    ['Primary School Teacher', 'Professeur des écoles (H/F)', 'Maestro/a de primaria', 'Professor de Ensino Fundamental'],
    ['Secondary Maths Teacher', 'Professeur de mathématiques (H/F)', 'Profesor/a de matemáticas de secundaria', 'Professor de Matemática'],
  ],
  452: [
    ['Learning and Development Coordinator', 'Chargé de formation (H/F)', 'Coordinador/a de formación', 'Analista de Treinamento e Desenvolvimento'],
  ],
  501: [
    ['Civil Engineer', 'Ingénieur génie civil (H/F)', 'Ingeniero/a civil', 'Engenheiro Civil'],
  ],
  502: [
    ['Electrical Engineer', 'Ingénieur électricien (H/F)', 'Ingeniero/a eléctrico/a', 'Engenheiro Eletricista'],
    ['Solar PV Design Engineer', 'Ingénieur photovoltaïque (H/F)', 'Ingeniero/a de diseño fotovoltaico', 'Engenheiro de Projetos Fotovoltaicos'],
  ],
  551: [
    ['Field Sales Representative', 'Commercial terrain (H/F)', 'Comercial de campo', 'Representante Comercial Externo'],
  ],
  552: [
    ['Account Manager', 'Chargé d’affaires (H/F)', 'Gestor/a de cuentas', 'Executivo de Contas'],
  ],
  621: [
    ['Warehouse Operative', 'Préparateur de commandes (H/F)', 'Mozo/a de almacén', 'Auxiliar de Almoxarifado'],
    ['Forklift Driver', 'Cariste (H/F)', 'Carretillero/a', 'Operador de Empilhadeira'],
  ],
  622: [
    ['HGV Class 1 Driver', 'Chauffeur poids lourd (H/F)', 'Conductor/a de camión (C+E)', 'Motorista Carreteiro'],
    ['Delivery Rider', 'Livreur à vélo (H/F)', 'Repartidor/a', 'Entregador'],
  ],
  651: [
    ['Chef de Partie', 'Chef de partie (H/F)', 'Jefe/a de partida', 'Cozinheiro Chefe de Praça'],
    ['Pastry Chef', 'Pâtissier (H/F)', 'Pastelero/a', 'Confeiteiro'],
  ],
  652: [
    ['Hotel Receptionist', 'Réceptionniste d’hôtel (H/F)', 'Recepcionista de hotel', 'Recepcionista de Hotel'],
    ['Waiting Staff', 'Serveur (H/F)', 'Camarero/a', 'Garçom'],
  ],
  701: [
    ['Agronomist', 'Ingénieur agronome (H/F)', 'Ingeniero/a agrónomo/a', 'Engenheiro Agrônomo'],
  ],
  702: [
    ['Farm Manager', 'Chef d’exploitation agricole (H/F)', 'Encargado/a de finca', 'Gerente de Fazenda'],
  ],
  721: [
    ['Customer Service Advisor', 'Conseiller clientèle (H/F)', 'Agente de atención al cliente', 'Atendente de Call Center'],
    ['Bilingual Contact Centre Agent', 'Téléconseiller bilingue (H/F)', 'Teleoperador/a bilingüe', 'Operador de Telemarketing Bilíngue'],
  ],
  761: [
    ['Programme Manager', 'Chef de projet humanitaire (H/F)', 'Responsable de programas', 'Gerente de Programas'],
  ],
  762: [
    ['Monitoring and Evaluation Officer', 'Chargé de suivi-évaluation (H/F)', 'Técnico/a de seguimiento y evaluación', 'Analista de Monitoramento e Avaliação'],
  ],
  781: [
    ['Qualified Electrician', 'Électricien bâtiment (H/F)', 'Electricista', 'Eletricista Predial'],
  ],
  782: [
    ['Site Manager', 'Conducteur de travaux (H/F)', 'Jefe/a de obra', 'Mestre de Obras'],
  ],
};

export const TYPE_QUALIFIERS: Readonly<Record<string, Record<SeedLanguage, string>>> = {
  perm_parttime: { en: ' (Part-time)', fr: ' – temps partiel', es: ' – media jornada', pt: ' – meio período' },
  contract_parttime: { en: ' (Part-time contract)', fr: ' – CDD temps partiel', es: ' – contrato a tiempo parcial', pt: ' – contrato meio período' },
  temporary: { en: ' (Temporary)', fr: ' – intérim', es: ' – temporal', pt: ' – temporário' },
  internship: { en: ' (Internship)', fr: ' – stage', es: ' – prácticas', pt: ' – estágio' },
  apprenticeship: { en: ' (Apprenticeship)', fr: ' – alternance', es: ' – formación dual', pt: ' – jovem aprendiz' },
  volunteer: { en: ' (Volunteer)', fr: ' – bénévolat', es: ' – voluntariado', pt: ' – voluntário' },
};

export const SENIORITY = ['Senior ', 'Junior ', 'Lead ', 'Trainee ', 'Graduate '];

/** Duties by parent category id (English). */
export const DUTIES: Readonly<Record<number, string[]>> = {
  2: ['Process supplier invoices and match them to purchase orders', 'Reconcile bank statements and balance sheet accounts', 'Support the month-end close and prepare journals', 'Answer supplier and customer queries about payments'],
  749: ['Collect, clean and analyse data from several sources', 'Build dashboards that managers actually use', 'Run and document tests to agreed standards', 'Present findings clearly to non-specialists'],
  138: ['Plan and run campaigns across email, social and the web', 'Write clear copy for staff and customer audiences', 'Measure reach and engagement and report monthly', 'Work with designers and agencies on briefs'],
  300: ['Design, build and test features with the product team', 'Review code and keep our services secure and reliable', 'Look after our cloud infrastructure and CI pipelines', 'Help colleagues with hardware, accounts and access'],
  400: ['Deliver safe, compassionate care to patients', 'Keep accurate clinical records', 'Work with doctors, pharmacists and families on care plans', 'Run health education sessions in the community'],
  450: ['Plan and teach engaging lessons', 'Assess progress and give helpful feedback', 'Work with parents and colleagues to support every learner', 'Design and deliver training workshops'],
  500: ['Prepare designs, calculations and drawings', 'Inspect sites and check work against specifications', 'Manage contractors and keep projects to budget', 'Apply health and safety rules on every job'],
  550: ['Visit new and existing customers in your territory', 'Meet monthly sales and collection targets', 'Keep the CRM up to date', 'Negotiate prices and close deals'],
  620: ['Pick, pack and dispatch orders accurately', 'Load and unload vehicles safely', 'Plan routes and deliver on time', 'Keep the warehouse clean, safe and organised'],
  650: ['Prepare fresh dishes to a high standard', 'Welcome guests and handle bookings', 'Keep food hygiene records up to date', 'Train and support new team members'],
  700: ['Advise farmers on soil health, seeds and crop protection', 'Run field trials and record yields', 'Manage farm staff, machinery and budgets', 'Connect cooperatives to buyers and markets'],
  720: ['Answer customer calls, chats and emails', 'Resolve problems at the first contact where possible', 'Record every interaction accurately', 'Spot recurring issues and suggest improvements'],
  760: ['Manage programme budgets, plans and reports', 'Design monitoring frameworks and collect data', 'Build relationships with donors and partners', 'Support field teams and community groups'],
  780: ['Install and test electrical systems', 'Supervise subcontractors on site', 'Read drawings and order materials', 'Complete safety checks and certificates'],
};

export const REQUIREMENTS_EN = [
  'Relevant qualification or equivalent experience',
  'Good written and spoken English',
  'Confident with spreadsheets and common office software',
  'A full driving licence is an advantage',
  'Able to work to deadlines and stay organised',
  'Friendly, reliable and a good team player',
  'Willingness to learn new tools and methods',
];

export const SKILLS: Readonly<Record<number, string[]>> = {
  2: ['Sage', 'Xero', 'Excel', 'reconciliations', 'VAT returns', 'IFRS'],
  749: ['SQL', 'Python', 'Power BI', 'statistics', 'GLP', 'report writing'],
  138: ['copywriting', 'SEO', 'Google Analytics', 'Canva', 'social media'],
  300: ['TypeScript', 'React', 'Node.js', 'AWS', 'Linux', 'networking', 'Kotlin'],
  400: ['patient care', 'medication administration', 'first aid', 'record keeping'],
  450: ['lesson planning', 'safeguarding', 'classroom management', 'facilitation'],
  500: ['AutoCAD', 'structural design', 'project management', 'site inspection'],
  550: ['negotiation', 'CRM', 'prospecting', 'customer relationships'],
  620: ['forklift licence', 'stock control', 'route planning', 'manual handling'],
  650: ['food hygiene', 'menu planning', 'customer service', 'cash handling'],
  700: ['agronomy', 'irrigation', 'soil science', 'farm budgeting'],
  720: ['active listening', 'Zendesk', 'problem solving', 'typing 40 wpm'],
  760: ['M&E frameworks', 'KoboToolbox', 'donor reporting', 'budget management'],
  780: ['18th Edition wiring regulations', 'testing and inspection', 'site safety', 'CSCS card'],
};

export const BENEFITS_EN = [
  '25 days annual leave plus public holidays',
  'Company pension scheme',
  'Private medical cover for you and your family',
  'Flexible and hybrid working',
  'Transport allowance',
  'Paid training and certification',
  'Staff meals on shift',
  'Performance bonus',
  'Enhanced parental leave',
];

interface LocalText {
  intro: (org: string, title: string, city: string) => string;
  summary: (org: string, title: string, city: string) => string;
  duties: string[];
  requirements: string[];
  benefits: string[];
  headings: { role: string; profile: string; offer: string };
  apply: string;
  competitive: string[];
  frequency: Record<'ANNUALLY' | 'MONTHLY' | 'HOURLY' | 'DAILY', string>;
}

export const LOCAL_TEXT: Readonly<Record<SeedLanguage, LocalText>> = {
  en: {
    intro: (org, title, city) => `<strong>${org}</strong> is looking for a ${title} to join our team in ${city}.`,
    summary: (org, title, city) => `${org} is hiring a ${title} in ${city}. Join a friendly team that values growth, fairness and doing things properly.`,
    duties: [],
    requirements: REQUIREMENTS_EN,
    benefits: BENEFITS_EN,
    headings: { role: 'What you will do', profile: 'What we are looking for', offer: 'What we offer' },
    apply: 'Find out more about life at',
    competitive: ['Competitive', 'Competitive + benefits', 'Negotiable', 'Depending on experience'],
    frequency: { ANNUALLY: 'per annum', MONTHLY: 'per month', HOURLY: 'per hour', DAILY: 'per day' },
  },
  fr: {
    intro: (org, title, city) => `<strong>${org}</strong> recrute un(e) ${title} pour rejoindre son équipe à ${city}.`,
    summary: (org, title, city) => `${org} recrute un(e) ${title} à ${city}. Rejoignez une équipe bienveillante qui mise sur la formation et l’équilibre vie pro/vie perso.`,
    duties: ['Assurer les missions quotidiennes du poste avec rigueur', 'Travailler en lien étroit avec les équipes terrain', 'Participer à l’amélioration continue des process', 'Rédiger des comptes rendus clairs et précis'],
    requirements: ['Diplôme dans le domaine ou expérience équivalente', 'Sens de l’organisation et du travail en équipe', 'Maîtrise des outils bureautiques', 'Anglais professionnel apprécié'],
    benefits: ['Tickets restaurant', 'Mutuelle prise en charge à 60 %', 'RTT', 'Télétravail deux jours par semaine', 'Prime annuelle'],
    headings: { role: 'Vos missions', profile: 'Votre profil', offer: 'Ce que nous offrons' },
    apply: 'Découvrez la vie chez',
    competitive: ['Selon profil', 'Selon expérience', 'À négocier'],
    frequency: { ANNUALLY: 'brut annuel', MONTHLY: 'brut mensuel', HOURLY: 'brut de l’heure', DAILY: 'par jour' },
  },
  es: {
    intro: (org, title, city) => `<strong>${org}</strong> busca ${title} para incorporarse a su equipo en ${city}.`,
    summary: (org, title, city) => `${org} busca ${title} en ${city}. Únete a un equipo cercano con formación continua y horario flexible.`,
    duties: ['Realizar las tareas diarias del puesto con calidad', 'Colaborar con otros departamentos', 'Proponer mejoras en los procesos', 'Elaborar informes periódicos'],
    requirements: ['Titulación relacionada o experiencia equivalente', 'Capacidad de organización y trabajo en equipo', 'Manejo de herramientas ofimáticas', 'Se valorará inglés'],
    benefits: ['Contrato indefinido', 'Seguro médico privado', 'Jornada intensiva en verano', 'Formación a cargo de la empresa', 'Retribución flexible'],
    headings: { role: 'Funciones', profile: 'Requisitos', offer: 'Ofrecemos' },
    apply: 'Conoce cómo es trabajar en',
    competitive: ['Según valía', 'Salario a convenir', 'Negociable'],
    frequency: { ANNUALLY: 'brutos/año', MONTHLY: 'brutos/mes', HOURLY: '/hora', DAILY: '/día' },
  },
  pt: {
    intro: (org, title, city) => `A <strong>${org}</strong> procura ${title} para integrar a equipe em ${city}.`,
    summary: (org, title, city) => `A ${org} contrata ${title} em ${city}. Venha crescer com uma equipe que valoriza aprendizado e diversidade.`,
    duties: ['Executar as atividades diárias da função com qualidade', 'Apoiar as demais áreas da empresa', 'Propor melhorias nos processos', 'Elaborar relatórios periódicos'],
    requirements: ['Formação na área ou experiência equivalente', 'Boa comunicação e trabalho em equipe', 'Conhecimento do pacote Office', 'Inglês intermediário será um diferencial'],
    benefits: ['Vale-refeição', 'Vale-transporte', 'Plano de saúde e odontológico', 'Participação nos lucros', 'Auxílio home office'],
    headings: { role: 'Atividades', profile: 'Requisitos', offer: 'Oferecemos' },
    apply: 'Saiba mais sobre a vida na',
    competitive: ['A combinar', 'Compatível com o mercado'],
    frequency: { ANNUALLY: 'por ano', MONTHLY: 'por mês', HOURLY: 'por hora', DAILY: 'por dia' },
  },
};
