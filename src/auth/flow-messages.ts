/**
 * Messages shown after a sign-in attempt, shipped in the lazily loaded auth chunk (they are only needed once
 * the flow has run). Calm wording for cancellations; every error says what the candidate can do next.
 */
import type { Catalog } from '../i18n/translate.js';
import type { ErrorCode } from '../types.js';

export type FlowKey =
  | 'imported'
  | 'importedFields'
  | 'denied'
  | 'closed'
  | 'retryMinutes'
  | 'retrySeconds'
  | 'invalidCode'
  | 'withdrawn'
  | 'expired'
  | 'invalidState'
  | 'setup'
  | 'invalidRequest'
  | 'unavailable'
  | 'upstreamDown'
  | 'originMismatch'
  | 'unknown'
  | 'undo'
  | 'undone'
  | 'nameNotSplit'
  | 'windowOpen'
  | 'show'
  | 'cancel';

export const flowMessages: Catalog<FlowKey> = {
  en: {
    imported: 'Profile imported.',
    importedFields: ({ count }, plural) =>
      `Profile imported: ${count} ${plural(Number(count)) === 'one' ? 'field' : 'fields'} filled in. Please check them before you send your application.`,
    denied: 'You chose not to share your SmartCV profile. Nothing was imported.',
    closed: 'The SmartCV window was closed. Nothing was imported.',
    retryMinutes: ({ n }, plural) => `SmartCV is busy right now. Try again in ${n} ${plural(Number(n)) === 'one' ? 'minute' : 'minutes'}.`,
    retrySeconds: ({ n }, plural) => `SmartCV is busy right now. Try again in ${n} ${plural(Number(n)) === 'one' ? 'second' : 'seconds'}.`,
    withdrawn: 'SmartCV did not allow access to your profile, so nothing was imported. You can fill in the form yourself.',
    invalidCode: 'This sign-in has expired or was already used. Please try again.',
    expired: 'Your SmartCV sign-in expired. Please try again.',
    invalidState: 'This sign-in answer did not come from this page, so it was ignored. Please try again.',
    setup: 'Apply with SmartCV is not set up correctly on this site. Please fill in the form yourself.',
    invalidRequest: 'SmartCV could not handle the sign-in request. Please try again.',
    unavailable: 'SmartCV cannot be reached right now. Check your connection and try again.',
    upstreamDown: 'SmartCV is having trouble right now, so nothing was imported. Please try again in a few minutes, or fill in the form yourself.',
    originMismatch: 'Apply with SmartCV is set up for {callback}, but this page is on {page}. Open the site at {callback}, or ask the site to register a callback page for {page}.',
    unknown: 'Your profile could not be imported. Please try again or fill in the form yourself.',
    undo: 'Undo import',
    undone: ({ count }, plural) => `Import undone: ${count} ${plural(Number(count)) === 'one' ? 'field' : 'fields'} set back to what you had before.`,
    nameNotSplit: 'Your name was not filled in: it cannot be split into first and last name safely. Please type it yourself.',
    windowOpen: 'Waiting for SmartCV… (window open)',
    show: 'Show window',
    cancel: 'Cancel',
  },
  fr: {
    imported: 'Profil importé.',
    importedFields: ({ count }, plural) =>
      `Profil importé : ${count} ${plural(Number(count)) === 'one' ? 'champ rempli' : 'champs remplis'}. Vérifiez-les avant d’envoyer votre candidature.`,
    denied: 'Vous avez choisi de ne pas partager votre profil SmartCV. Rien n’a été importé.',
    closed: 'La fenêtre SmartCV a été fermée. Rien n’a été importé.',
    retryMinutes: ({ n }, plural) => `SmartCV est très sollicité. Réessayez dans ${n} ${plural(Number(n)) === 'one' ? 'minute' : 'minutes'}.`,
    retrySeconds: ({ n }, plural) => `SmartCV est très sollicité. Réessayez dans ${n} ${plural(Number(n)) === 'one' ? 'seconde' : 'secondes'}.`,
    withdrawn: 'SmartCV n’a pas autorisé l’accès à votre profil : rien n’a été importé. Vous pouvez remplir le formulaire vous-même.',
    invalidCode: 'Cette connexion a expiré ou a déjà été utilisée. Veuillez réessayer.',
    expired: 'Votre connexion SmartCV a expiré. Veuillez réessayer.',
    invalidState: 'Cette réponse de connexion ne provient pas de cette page, elle a donc été ignorée. Veuillez réessayer.',
    setup: 'Postuler avec SmartCV n’est pas correctement configuré sur ce site. Veuillez remplir le formulaire vous-même.',
    invalidRequest: 'SmartCV n’a pas pu traiter la demande de connexion. Veuillez réessayer.',
    unavailable: 'SmartCV est injoignable pour le moment. Vérifiez votre connexion et réessayez.',
    upstreamDown: 'SmartCV rencontre un problème : rien n’a été importé. Réessayez dans quelques minutes ou remplissez le formulaire vous-même.',
    originMismatch: 'Postuler avec SmartCV est configuré pour {callback}, mais cette page est sur {page}. Ouvrez le site à l’adresse {callback}, ou demandez au site d’enregistrer une page de retour pour {page}.',
    unknown: 'Votre profil n’a pas pu être importé. Réessayez ou remplissez le formulaire vous-même.',
    undo: 'Annuler l’import',
    undone: ({ count }, plural) =>
      `Import annulé : ${count} ${plural(Number(count)) === 'one' ? 'champ a retrouvé sa' : 'champs ont retrouvé leur'} valeur d’avant.`,
    nameNotSplit: 'Votre nom n’a pas été rempli : il ne peut pas être séparé sans risque en prénom et nom. Veuillez le saisir vous-même.',
    windowOpen: 'En attente de SmartCV… (fenêtre ouverte)',
    show: 'Afficher la fenêtre',
    cancel: 'Annuler',
  },
  es: {
    imported: 'Perfil importado.',
    importedFields: ({ count }, plural) =>
      `Perfil importado: ${count} ${plural(Number(count)) === 'one' ? 'campo completado' : 'campos completados'}. Revísalos antes de enviar tu solicitud.`,
    denied: 'Decidiste no compartir tu perfil de SmartCV. No se importó nada.',
    closed: 'Se cerró la ventana de SmartCV. No se importó nada.',
    retryMinutes: ({ n }, plural) => `SmartCV está ocupado ahora mismo. Inténtalo de nuevo en ${n} ${plural(Number(n)) === 'one' ? 'minuto' : 'minutos'}.`,
    retrySeconds: ({ n }, plural) => `SmartCV está ocupado ahora mismo. Inténtalo de nuevo en ${n} ${plural(Number(n)) === 'one' ? 'segundo' : 'segundos'}.`,
    withdrawn: 'SmartCV no permitió el acceso a tu perfil, así que no se importó nada. Puedes completar el formulario tú mismo.',
    invalidCode: 'Este inicio de sesión caducó o ya se usó. Inténtalo de nuevo.',
    expired: 'Tu sesión de SmartCV caducó. Inténtalo de nuevo.',
    invalidState: 'Esta respuesta de inicio de sesión no proviene de esta página, así que se ignoró. Inténtalo de nuevo.',
    setup: 'Postularse con SmartCV no está bien configurado en este sitio. Completa el formulario tú mismo.',
    invalidRequest: 'SmartCV no pudo procesar la solicitud de inicio de sesión. Inténtalo de nuevo.',
    unavailable: 'No se puede conectar con SmartCV ahora mismo. Comprueba tu conexión e inténtalo de nuevo.',
    upstreamDown: 'SmartCV tiene problemas ahora mismo y no se importó nada. Inténtalo de nuevo en unos minutos o completa el formulario tú mismo.',
    originMismatch: 'Postularse con SmartCV está configurado para {callback}, pero esta página está en {page}. Abre el sitio en {callback} o pide al sitio que registre una página de retorno para {page}.',
    unknown: 'No se pudo importar tu perfil. Inténtalo de nuevo o completa el formulario tú mismo.',
    undo: 'Deshacer importación',
    undone: ({ count }, plural) =>
      `Importación deshecha: ${count} ${plural(Number(count)) === 'one' ? 'campo volvió' : 'campos volvieron'} a su valor anterior.`,
    nameNotSplit: 'Tu nombre no se completó: no se puede separar con seguridad en nombre y apellido. Escríbelo tú mismo.',
    windowOpen: 'Esperando a SmartCV… (ventana abierta)',
    show: 'Mostrar ventana',
    cancel: 'Cancelar',
  },
  sw: {
    imported: 'Wasifu umeingizwa.',
    importedFields: ({ count }) => `Wasifu umeingizwa: sehemu ${count} zimejazwa. Tafadhali zikague kabla ya kutuma ombi lako.`,
    denied: 'Umechagua kutoshiriki wasifu wako wa SmartCV. Hakuna kilichoingizwa.',
    closed: 'Dirisha la SmartCV limefungwa. Hakuna kilichoingizwa.',
    retryMinutes: ({ n }) => `SmartCV ina shughuli nyingi sasa. Jaribu tena baada ya dakika ${n}.`,
    retrySeconds: ({ n }) => `SmartCV ina shughuli nyingi sasa. Jaribu tena baada ya sekunde ${n}.`,
    withdrawn: 'SmartCV haikuruhusu ufikiaji wa wasifu wako, kwa hiyo hakuna kilichoingizwa. Unaweza kujaza fomu mwenyewe.',
    invalidCode: 'Uingiaji huu umekwisha muda au tayari umetumika. Tafadhali jaribu tena.',
    expired: 'Muda wa kuingia kwako kwenye SmartCV umekwisha. Tafadhali jaribu tena.',
    invalidState: 'Jibu hili la kuingia halikutoka kwenye ukurasa huu, kwa hiyo limepuuzwa. Tafadhali jaribu tena.',
    setup: 'Kuomba kwa SmartCV hakujawekwa ipasavyo kwenye tovuti hii. Tafadhali jaza fomu mwenyewe.',
    invalidRequest: 'SmartCV haikuweza kushughulikia ombi la kuingia. Tafadhali jaribu tena.',
    unavailable: 'SmartCV haipatikani kwa sasa. Angalia muunganisho wako kisha ujaribu tena.',
    upstreamDown: 'SmartCV ina matatizo kwa sasa, kwa hiyo hakuna kilichoingizwa. Jaribu tena baada ya dakika chache, au ujaze fomu mwenyewe.',
    originMismatch: 'Kuomba kwa SmartCV kumewekwa kwa {callback}, lakini ukurasa huu uko kwenye {page}. Fungua tovuti kwenye {callback}, au uombe tovuti isajili ukurasa wa kurudi wa {page}.',
    unknown: 'Wasifu wako haukuweza kuingizwa. Jaribu tena au ujaze fomu mwenyewe.',
    undo: 'Tendua uingizaji',
    undone: ({ count }) => `Uingizaji umetenduliwa: sehemu ${count} zimerudishwa kama zilivyokuwa awali.`,
    nameNotSplit: 'Jina lako halikujazwa: haliwezi kugawanywa kwa usalama kuwa jina la kwanza na la mwisho. Tafadhali liandike mwenyewe.',
    windowOpen: 'Inasubiri SmartCV… (dirisha liko wazi)',
    show: 'Onyesha dirisha',
    cancel: 'Ghairi',
  },
};

/** Message for each error code (SmartCV's own, the endpoint's, and the browser's). */
export const ERROR_KEYS: Partial<Record<ErrorCode, FlowKey>> = {
  INVALID_CODE: 'invalidCode',
  ACCESS_DENIED: 'withdrawn',
  TOKEN_EXPIRED: 'expired',
  UNAUTHORIZED: 'expired',
  INVALID_STATE: 'invalidState',
  INVALID_CLIENT: 'setup',
  INVALID_REDIRECT_URI: 'setup',
  INVALID_SCOPE: 'setup',
  UNAUTHORIZED_CLIENT: 'setup',
  FORBIDDEN: 'setup',
  NOT_FOUND: 'setup',
  INVALID_REQUEST: 'invalidRequest',
  NETWORK: 'unavailable',
  TIMEOUT: 'unavailable',
  // SmartCV (or the endpoint before it) answered with a failure: the candidate's connection is fine.
  UPSTREAM_UNAVAILABLE: 'upstreamDown',
  UPSTREAM_TIMEOUT: 'upstreamDown',
  SERVER_ERROR: 'upstreamDown',
  TEMPORARILY_UNAVAILABLE: 'upstreamDown',
  INTERNAL_ERROR: 'upstreamDown',
  BAD_RESPONSE: 'upstreamDown',
  ORIGIN_MISMATCH: 'originMismatch',
};

/** The message key for a code from anywhere (upstream text included): own keys only, else `unknown`. */
export function errorKey(code: string): FlowKey {
  return (Object.hasOwn(ERROR_KEYS, code) && ERROR_KEYS[code as ErrorCode]) || 'unknown';
}
