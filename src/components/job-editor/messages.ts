import type { Catalog } from '../../i18n/translate.js';

export type JobEditorKey =
  | 'newJob'
  | 'editJob'
  | 'required'
  | 'requiredNote'
  | 'groupRole'
  | 'groupWhere'
  | 'groupPay'
  | 'groupApply'
  | 'groupDates'
  | 'groupSkills'
  | 'title'
  | 'reference'
  | 'referenceHint'
  | 'type'
  | 'category'
  | 'choose'
  | 'summary'
  | 'summaryHint'
  | 'description'
  | 'benefits'
  | 'country'
  | 'premise'
  | 'city'
  | 'region'
  | 'postcode'
  | 'locationDisplay'
  | 'locationDisplayHint'
  | 'salaryFrom'
  | 'salaryTo'
  | 'currency'
  | 'frequency'
  | 'salaryText'
  | 'salaryTextHint'
  | 'freq_HOURLY'
  | 'freq_DAILY'
  | 'freq_WEEKLY'
  | 'freq_FORTNIGHTLY'
  | 'freq_4WEEKLY'
  | 'freq_MONTHLY'
  | 'freq_ANNUALLY'
  | 'applyHow'
  | 'applyBoard'
  | 'applyUrlMode'
  | 'applyUrl'
  | 'openDate'
  | 'closeDate'
  | 'closeDateHint'
  | 'essentialSkills'
  | 'optionalSkills'
  | 'skillsHint'
  | 'suggestedFor'
  | 'addSuggestion'
  | 'suggestionAdded'
  | 'toolbar'
  | 'heading'
  | 'bold'
  | 'bulletList'
  | 'numberedList'
  | 'link'
  | 'linkUrl'
  | 'addLink'
  | 'cancel'
  | 'editHtml'
  | 'editRich'
  | 'preview'
  | 'previewHint'
  | 'save'
  | 'post'
  | 'saving'
  | 'posted'
  | 'saved'
  | 'loading'
  | 'loadError'
  | 'retry'
  | 'lookupsError'
  | 'fixFields'
  | 'rejected'
  | 'signedOut'
  | 'rateLimited'
  | 'saveError'
  | 'keptNote'
  | 'errRequired'
  | 'errMin'
  | 'errMax'
  | 'errNumber'
  | 'errSalaryOrder'
  | 'errDate'
  | 'errDateOrder'
  | 'errUrl'
  | 'errSkills';

const en = {
  newJob: 'Post a job',
  editJob: 'Edit job',
  required: 'required',
  requiredNote: 'Fields marked * are required.',
  groupRole: 'The role',
  groupWhere: 'Where',
  groupPay: 'Pay',
  groupApply: 'How to apply',
  groupDates: 'Dates',
  groupSkills: 'Skills',
  title: 'Job title',
  reference: 'Your reference',
  referenceHint: 'Unique among your jobs, 5 to 191 characters.',
  type: 'Job type',
  category: 'Category',
  choose: 'Choose…',
  summary: 'Summary',
  summaryHint: 'Up to 300 characters; shown in job lists.',
  description: 'Description',
  benefits: 'Benefits',
  country: 'Country',
  premise: 'Address',
  city: 'Town or city',
  region: 'County, state or region',
  postcode: 'Postcode',
  locationDisplay: 'Location shown to candidates',
  locationDisplayHint: 'For example “Nairobi, Kenya” or “Remote”.',
  salaryFrom: 'From',
  salaryTo: 'To',
  currency: 'Currency',
  frequency: 'Paid',
  salaryText: 'Salary text',
  salaryTextHint: 'What candidates read, e.g. “Competitive”.',
  freq_HOURLY: 'Hourly',
  freq_DAILY: 'Daily',
  freq_WEEKLY: 'Weekly',
  freq_FORTNIGHTLY: 'Every two weeks',
  freq_4WEEKLY: 'Every four weeks',
  freq_MONTHLY: 'Monthly',
  freq_ANNUALLY: 'Yearly',
  applyHow: 'Candidates apply',
  applyBoard: 'On this job board',
  applyUrlMode: 'On another website',
  applyUrl: 'Application web address',
  openDate: 'Goes live on',
  closeDate: 'Closes on',
  closeDateHint: 'Leave empty for four weeks after it goes live.',
  essentialSkills: 'Essential skills',
  optionalSkills: 'Optional skills',
  skillsHint: 'ESCO skills let candidates’ CV skills be matched to this job.',
  suggestedFor: 'Essential skills of the occupation “{occupation}”',
  addSuggestion: 'Add {label}',
  suggestionAdded: '{label} added to the essential skills.',
  toolbar: 'Text formatting',
  heading: 'Heading',
  bold: 'Bold',
  bulletList: 'Bulleted list',
  numberedList: 'Numbered list',
  link: 'Link',
  linkUrl: 'Link address',
  addLink: 'Add link',
  cancel: 'Cancel',
  editHtml: 'Edit as HTML',
  editRich: 'Edit as formatted text',
  preview: 'Preview',
  previewHint: 'How candidates will see the job.',
  save: 'Save changes',
  post: 'Post job',
  saving: 'Saving…',
  posted: 'Job posted: {title}.',
  saved: 'Changes saved: {title}.',
  loading: 'Loading the job…',
  loadError: 'The job could not be loaded.',
  retry: 'Try again',
  lookupsError: 'The lists of countries, job types and categories could not be loaded.',
  fixFields: ({ n }, plural) => (plural(Number(n)) === 'one' ? 'Please correct 1 field.' : 'Please correct {n} fields.'),
  rejected: 'The job board did not accept the job.',
  signedOut: 'You are not signed in as a recruiter. Sign in again, then save: what you typed is kept.',
  rateLimited: 'Too many requests right now. Wait a moment, then save again.',
  saveError: 'The job could not be saved.',
  keptNote: 'Nothing you typed is lost.',
  errRequired: 'Fill this in.',
  errMin: 'Use at least {n} characters.',
  errMax: 'Use at most {n} characters.',
  errNumber: 'Enter an amount of 0 or more.',
  errSalaryOrder: 'Must not be less than the “From” amount.',
  errDate: 'Enter a date.',
  errDateOrder: 'Must not be before the day it goes live.',
  errUrl: 'Enter a web address starting with https://.',
  errSkills: 'Tag at least one skill.',
} satisfies Catalog<JobEditorKey>['en'];

const fr = {
  newJob: 'Publier une offre',
  editJob: 'Modifier l’offre',
  required: 'obligatoire',
  requiredNote: 'Les champs marqués * sont obligatoires.',
  groupRole: 'Le poste',
  groupWhere: 'Lieu',
  groupPay: 'Rémunération',
  groupApply: 'Candidature',
  groupDates: 'Dates',
  groupSkills: 'Compétences',
  title: 'Intitulé du poste',
  reference: 'Votre référence',
  referenceHint: 'Unique parmi vos offres, de 5 à 191 caractères.',
  type: 'Type de contrat',
  category: 'Catégorie',
  choose: 'Choisir…',
  summary: 'Résumé',
  summaryHint: '300 caractères au plus ; affiché dans les listes d’offres.',
  description: 'Description',
  benefits: 'Avantages',
  country: 'Pays',
  premise: 'Adresse',
  city: 'Ville',
  region: 'Département, État ou région',
  postcode: 'Code postal',
  locationDisplay: 'Lieu affiché aux candidats',
  locationDisplayHint: 'Par exemple « Nairobi, Kenya » ou « Télétravail ».',
  salaryFrom: 'De',
  salaryTo: 'À',
  currency: 'Devise',
  frequency: 'Versé',
  salaryText: 'Texte du salaire',
  salaryTextHint: 'Ce que lisent les candidats, p. ex. « Selon profil ».',
  freq_HOURLY: 'À l’heure',
  freq_DAILY: 'Par jour',
  freq_WEEKLY: 'Par semaine',
  freq_FORTNIGHTLY: 'Toutes les deux semaines',
  freq_4WEEKLY: 'Toutes les quatre semaines',
  freq_MONTHLY: 'Par mois',
  freq_ANNUALLY: 'Par an',
  applyHow: 'Les candidats postulent',
  applyBoard: 'Sur ce site d’emploi',
  applyUrlMode: 'Sur un autre site',
  applyUrl: 'Adresse web de candidature',
  openDate: 'En ligne le',
  closeDate: 'Clôture le',
  closeDateHint: 'Laisser vide pour quatre semaines après la mise en ligne.',
  essentialSkills: 'Compétences essentielles',
  optionalSkills: 'Compétences facultatives',
  skillsHint: 'Les compétences ESCO permettent de rapprocher les CV des candidats de cette offre.',
  suggestedFor: 'Compétences essentielles du métier « {occupation} »',
  addSuggestion: 'Ajouter {label}',
  suggestionAdded: '{label} ajoutée aux compétences essentielles.',
  toolbar: 'Mise en forme du texte',
  heading: 'Titre',
  bold: 'Gras',
  bulletList: 'Liste à puces',
  numberedList: 'Liste numérotée',
  link: 'Lien',
  linkUrl: 'Adresse du lien',
  addLink: 'Ajouter le lien',
  cancel: 'Annuler',
  editHtml: 'Modifier en HTML',
  editRich: 'Modifier le texte mis en forme',
  preview: 'Aperçu',
  previewHint: 'Ce que verront les candidats.',
  save: 'Enregistrer',
  post: 'Publier l’offre',
  saving: 'Enregistrement…',
  posted: 'Offre publiée : {title}.',
  saved: 'Modifications enregistrées : {title}.',
  loading: 'Chargement de l’offre…',
  loadError: 'Impossible de charger l’offre.',
  retry: 'Réessayer',
  lookupsError: 'Impossible de charger les listes de pays, de types de contrat et de catégories.',
  fixFields: ({ n }, plural) => (plural(Number(n)) === 'one' ? 'Corrigez 1 champ.' : 'Corrigez {n} champs.'),
  rejected: 'Le site d’emploi n’a pas accepté l’offre.',
  signedOut: 'Vous n’êtes pas connecté en tant que recruteur. Reconnectez-vous puis enregistrez : votre saisie est conservée.',
  rateLimited: 'Trop de requêtes pour le moment. Patientez un peu, puis enregistrez à nouveau.',
  saveError: 'Impossible d’enregistrer l’offre.',
  keptNote: 'Rien de votre saisie n’est perdu.',
  errRequired: 'Renseignez ce champ.',
  errMin: 'Saisissez au moins {n} caractères.',
  errMax: 'Saisissez au plus {n} caractères.',
  errNumber: 'Saisissez un montant supérieur ou égal à 0.',
  errSalaryOrder: 'Ne doit pas être inférieur au montant « De ».',
  errDate: 'Saisissez une date.',
  errDateOrder: 'Ne doit pas précéder la mise en ligne.',
  errUrl: 'Saisissez une adresse web commençant par https://.',
  errSkills: 'Ajoutez au moins une compétence.',
} satisfies Catalog<JobEditorKey>['fr'];

const es = {
  newJob: 'Publicar una oferta',
  editJob: 'Editar la oferta',
  required: 'obligatorio',
  requiredNote: 'Los campos marcados con * son obligatorios.',
  groupRole: 'El puesto',
  groupWhere: 'Dónde',
  groupPay: 'Salario',
  groupApply: 'Cómo postular',
  groupDates: 'Fechas',
  groupSkills: 'Competencias',
  title: 'Título del puesto',
  reference: 'Su referencia',
  referenceHint: 'Única entre sus ofertas, de 5 a 191 caracteres.',
  type: 'Tipo de empleo',
  category: 'Categoría',
  choose: 'Elegir…',
  summary: 'Resumen',
  summaryHint: 'Hasta 300 caracteres; se muestra en las listas de ofertas.',
  description: 'Descripción',
  benefits: 'Beneficios',
  country: 'País',
  premise: 'Dirección',
  city: 'Ciudad',
  region: 'Provincia, estado o región',
  postcode: 'Código postal',
  locationDisplay: 'Ubicación que ven los candidatos',
  locationDisplayHint: 'Por ejemplo «Nairobi, Kenia» o «Remoto».',
  salaryFrom: 'Desde',
  salaryTo: 'Hasta',
  currency: 'Moneda',
  frequency: 'Pago',
  salaryText: 'Texto del salario',
  salaryTextHint: 'Lo que leen los candidatos, p. ej. «Competitivo».',
  freq_HOURLY: 'Por hora',
  freq_DAILY: 'Por día',
  freq_WEEKLY: 'Por semana',
  freq_FORTNIGHTLY: 'Cada dos semanas',
  freq_4WEEKLY: 'Cada cuatro semanas',
  freq_MONTHLY: 'Por mes',
  freq_ANNUALLY: 'Por año',
  applyHow: 'Los candidatos postulan',
  applyBoard: 'En este portal de empleo',
  applyUrlMode: 'En otro sitio web',
  applyUrl: 'Dirección web para postular',
  openDate: 'Se publica el',
  closeDate: 'Cierra el',
  closeDateHint: 'Déjelo vacío para cuatro semanas después de publicarse.',
  essentialSkills: 'Competencias esenciales',
  optionalSkills: 'Competencias opcionales',
  skillsHint: 'Las competencias ESCO permiten relacionar los CV de los candidatos con esta oferta.',
  suggestedFor: 'Competencias esenciales de la ocupación «{occupation}»',
  addSuggestion: 'Añadir {label}',
  suggestionAdded: '{label} añadida a las competencias esenciales.',
  toolbar: 'Formato del texto',
  heading: 'Encabezado',
  bold: 'Negrita',
  bulletList: 'Lista con viñetas',
  numberedList: 'Lista numerada',
  link: 'Enlace',
  linkUrl: 'Dirección del enlace',
  addLink: 'Añadir enlace',
  cancel: 'Cancelar',
  editHtml: 'Editar como HTML',
  editRich: 'Editar como texto con formato',
  preview: 'Vista previa',
  previewHint: 'Lo que verán los candidatos.',
  save: 'Guardar cambios',
  post: 'Publicar oferta',
  saving: 'Guardando…',
  posted: 'Oferta publicada: {title}.',
  saved: 'Cambios guardados: {title}.',
  loading: 'Cargando la oferta…',
  loadError: 'No se pudo cargar la oferta.',
  retry: 'Reintentar',
  lookupsError: 'No se pudieron cargar las listas de países, tipos de empleo y categorías.',
  fixFields: ({ n }, plural) => (plural(Number(n)) === 'one' ? 'Corrija 1 campo.' : 'Corrija {n} campos.'),
  rejected: 'El portal de empleo no aceptó la oferta.',
  signedOut: 'No ha iniciado sesión como reclutador. Inicie sesión de nuevo y guarde: lo que escribió se conserva.',
  rateLimited: 'Demasiadas solicitudes en este momento. Espere un poco y guarde de nuevo.',
  saveError: 'No se pudo guardar la oferta.',
  keptNote: 'No se pierde nada de lo que escribió.',
  errRequired: 'Complete este campo.',
  errMin: 'Use al menos {n} caracteres.',
  errMax: 'Use como máximo {n} caracteres.',
  errNumber: 'Introduzca un importe de 0 o más.',
  errSalaryOrder: 'No debe ser menor que el importe «Desde».',
  errDate: 'Introduzca una fecha.',
  errDateOrder: 'No debe ser anterior a la fecha de publicación.',
  errUrl: 'Introduzca una dirección web que empiece por https://.',
  errSkills: 'Añada al menos una competencia.',
} satisfies Catalog<JobEditorKey>['es'];

const sw = {
  newJob: 'Tangaza kazi',
  editJob: 'Hariri kazi',
  required: 'lazima',
  requiredNote: 'Sehemu zenye alama * ni lazima.',
  groupRole: 'Nafasi ya kazi',
  groupWhere: 'Mahali',
  groupPay: 'Malipo',
  groupApply: 'Jinsi ya kutuma maombi',
  groupDates: 'Tarehe',
  groupSkills: 'Ujuzi',
  title: 'Jina la kazi',
  reference: 'Kumbukumbu yako',
  referenceHint: 'Ya kipekee kati ya kazi zako, herufi 5 hadi 191.',
  type: 'Aina ya kazi',
  category: 'Kundi',
  choose: 'Chagua…',
  summary: 'Muhtasari',
  summaryHint: 'Hadi herufi 300; huonyeshwa kwenye orodha za kazi.',
  description: 'Maelezo',
  benefits: 'Marupurupu',
  country: 'Nchi',
  premise: 'Anwani',
  city: 'Mji',
  region: 'Kaunti, jimbo au eneo',
  postcode: 'Msimbo wa posta',
  locationDisplay: 'Mahali panapoonyeshwa kwa waombaji',
  locationDisplayHint: 'Kwa mfano “Nairobi, Kenya” au “Kwa mbali”.',
  salaryFrom: 'Kuanzia',
  salaryTo: 'Hadi',
  currency: 'Sarafu',
  frequency: 'Hulipwa',
  salaryText: 'Maandishi ya mshahara',
  salaryTextHint: 'Kile waombaji wanasoma, k.m. “Kwa makubaliano”.',
  freq_HOURLY: 'Kwa saa',
  freq_DAILY: 'Kwa siku',
  freq_WEEKLY: 'Kwa wiki',
  freq_FORTNIGHTLY: 'Kila wiki mbili',
  freq_4WEEKLY: 'Kila wiki nne',
  freq_MONTHLY: 'Kwa mwezi',
  freq_ANNUALLY: 'Kwa mwaka',
  applyHow: 'Waombaji hutuma maombi',
  applyBoard: 'Kwenye tovuti hii ya kazi',
  applyUrlMode: 'Kwenye tovuti nyingine',
  applyUrl: 'Anwani ya wavuti ya maombi',
  openDate: 'Inaanza kuonekana',
  closeDate: 'Inafungwa',
  closeDateHint: 'Acha wazi kwa wiki nne baada ya kuanza kuonekana.',
  essentialSkills: 'Ujuzi muhimu',
  optionalSkills: 'Ujuzi wa ziada',
  skillsHint: 'Ujuzi wa ESCO huwezesha ujuzi kwenye CV za waombaji kulinganishwa na kazi hii.',
  suggestedFor: 'Ujuzi muhimu wa kazi “{occupation}”',
  addSuggestion: 'Ongeza {label}',
  suggestionAdded: '{label} imeongezwa kwenye ujuzi muhimu.',
  toolbar: 'Mpangilio wa maandishi',
  heading: 'Kichwa',
  bold: 'Herufi nzito',
  bulletList: 'Orodha ya vitone',
  numberedList: 'Orodha ya namba',
  link: 'Kiungo',
  linkUrl: 'Anwani ya kiungo',
  addLink: 'Ongeza kiungo',
  cancel: 'Ghairi',
  editHtml: 'Hariri kama HTML',
  editRich: 'Hariri kama maandishi yaliyopangwa',
  preview: 'Onyesho la awali',
  previewHint: 'Jinsi waombaji wataiona kazi.',
  save: 'Hifadhi mabadiliko',
  post: 'Tangaza kazi',
  saving: 'Inahifadhi…',
  posted: 'Kazi imetangazwa: {title}.',
  saved: 'Mabadiliko yamehifadhiwa: {title}.',
  loading: 'Inapakia kazi…',
  loadError: 'Imeshindwa kupakia kazi.',
  retry: 'Jaribu tena',
  lookupsError: 'Imeshindwa kupakia orodha za nchi, aina za kazi na makundi.',
  fixFields: 'Tafadhali sahihisha sehemu {n}.',
  rejected: 'Tovuti ya kazi haikukubali kazi hii.',
  signedOut: 'Hujaingia kama mwajiri. Ingia tena, kisha uhifadhi: ulichoandika kimehifadhiwa.',
  rateLimited: 'Maombi mengi mno kwa sasa. Subiri kidogo, kisha uhifadhi tena.',
  saveError: 'Imeshindwa kuhifadhi kazi.',
  keptNote: 'Hakuna ulichoandika kilichopotea.',
  errRequired: 'Jaza sehemu hii.',
  errMin: 'Tumia angalau herufi {n}.',
  errMax: 'Tumia herufi zisizozidi {n}.',
  errNumber: 'Weka kiasi cha 0 au zaidi.',
  errSalaryOrder: 'Kisiwe chini ya kiasi cha “Kuanzia”.',
  errDate: 'Weka tarehe.',
  errDateOrder: 'Isiwe kabla ya siku ya kuanza kuonekana.',
  errUrl: 'Weka anwani ya wavuti inayoanza na https://.',
  errSkills: 'Ongeza angalau ujuzi mmoja.',
} satisfies Catalog<JobEditorKey>['sw'];

export const messages: Catalog<JobEditorKey> = { en, fr, es, sw };
