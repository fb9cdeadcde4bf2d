import type { FlowMessages } from './flow-messages.js';

/** French strings of the sign-in flow (see flow-messages.ts). */
export const fr: FlowMessages = {
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
};
