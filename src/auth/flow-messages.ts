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
  | 'unknown';

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
    unknown: 'Your profile could not be imported. Please try again or fill in the form yourself.',
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
    unknown: 'Votre profil n’a pas pu être importé. Réessayez ou remplissez le formulaire vous-même.',
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
    unknown: 'No se pudo importar tu perfil. Inténtalo de nuevo o completa el formulario tú mismo.',
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
    unknown: 'Wasifu wako haukuweza kuingizwa. Jaribu tena au ujaze fomu mwenyewe.',
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
  UPSTREAM_UNAVAILABLE: 'unavailable',
  UPSTREAM_TIMEOUT: 'unavailable',
  SERVER_ERROR: 'unavailable',
  TEMPORARILY_UNAVAILABLE: 'unavailable',
};

/** The message key for a code from anywhere (upstream text included): own keys only, else `unknown`. */
export function errorKey(code: string): FlowKey {
  return (Object.hasOwn(ERROR_KEYS, code) && ERROR_KEYS[code as ErrorCode]) || 'unknown';
}
