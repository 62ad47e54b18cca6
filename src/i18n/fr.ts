import type { StringsTable } from './en.js';

/** The French strings table; the type keeps it complete. */
export const fr: StringsTable = {
  'field.number': 'Numéro',
  'field.title': 'Titre',
  'field.status': 'Statut',
  'field.owner': 'Propriétaire',
  'field.crmCard': 'Fiche CRM',
  'field.createdAt': 'Créé le',
  'field.updatedAt': 'Mis à jour le',

  'error.network': 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
  'error.unauthenticated': 'Votre session a expiré. Reconnectez-vous.',
  'error.not-found': "Cet élément n'existe plus, ou vous ne pouvez plus le voir.",
  'error.forbidden': "Vous n'êtes pas autorisé à faire cela.",
  'error.conflict': "Quelqu'un d'autre l'a modifié entre-temps.",
  'error.validation': 'Certaines valeurs ne sont pas valides.',
  'error.unavailable': 'Le service est indisponible pour le moment. Réessayez dans un instant.',
  'error.unavailable-retry': {
    one: 'Le service est indisponible pour le moment. Réessayez dans {count} seconde.',
    other: 'Le service est indisponible pour le moment. Réessayez dans {count} secondes.',
  },
  'error.unknown': "Une erreur s'est produite.",

  'issue.required': 'Ce champ est obligatoire.',
  'issue.pattern': "Cette valeur n'a pas le format attendu.",
  'issue.min': 'La valeur doit être au moins {min}.',
  'issue.max': 'La valeur doit être au plus {max}.',
  'issue.maxLength': { one: 'Utilisez au plus {count} caractère.', other: 'Utilisez au plus {count} caractères.' },
  'issue.email': 'Saisissez une adresse e-mail, par exemple nom@exemple.fr.',
  'issue.phone': 'Saisissez un numéro de téléphone, par exemple +33 1 23 45 67 89.',
  'issue.url': 'Saisissez une adresse web commençant par https:// ou http://.',
  'issue.number': 'Saisissez un nombre.',
  'issue.date': 'Saisissez une date.',
  'issue.datetime': 'Saisissez une date et une heure.',
  'issue.option': "Choisissez l'une des options proposées.",
  'issue.type': "Cette valeur n'a pas le bon type.",
  'issue.unknown-field': "Ce champ ne fait pas partie de la mise en page.",
  'issue.read-only': 'Ce champ ne peut pas être modifié.',
  'issue.system-field': 'Changez le propriétaire et le statut avec leurs propres actions.',

  'reason.no-right': 'Votre profil ne le permet pas.',
  'reason.not-visible': "Ce dossier appartient à quelqu'un hors de votre périmètre.",
  'reason.transfer-self-only': 'Votre profil vous permet seulement de vous attribuer des dossiers.',
  'reason.transfer-team-only': "Votre profil vous permet seulement d'attribuer des dossiers aux membres de votre équipe.",
  'reason.same-owner': 'Ce dossier appartient déjà à cet agent.',
  'reason.same-status': 'Le dossier a déjà ce statut.',
  'reason.status-not-next': 'Le dossier ne peut pas passer de son statut actuel à celui-ci.',
  'reason.cannot-close': 'Votre profil ne permet pas de clôturer des dossiers.',
  'reason.unknown-agent': 'Cet agent est inconnu.',
  'reason.unknown-status': 'Ce statut est inconnu.',

  'action.retry': 'Réessayer',
  'action.cancel': 'Annuler',
  'action.close': 'Fermer',
  'state.loading': 'Chargement…',

  'provider.no-adapter':
    "casekit n'est pas configuré : donnez un adaptateur à <ck-provider> (sa propriété « adapter »).",
  'provider.session-error': "Votre session n'a pas pu être chargée.",
};
