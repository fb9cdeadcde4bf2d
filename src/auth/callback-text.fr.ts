/** French text of the callback page (see callback-text.ts for the order). Loaded only for French visitors. */
export default [
  'Connexion en cours…',
  'Veuillez patienter : votre profil SmartCV est transmis à la page de l’offre.',
  'Connexion réussie',
  'Vous pouvez fermer cette fenêtre.',
  'Connexion non terminée',
  'La page qui a ouvert cette fenêtre n’est plus là.',
  'Ce lien de connexion a expiré ou a déjà été utilisé.',
  'Revenez à la page de l’offre et réessayez.',
];
