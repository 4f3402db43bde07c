import type { associationsAr } from "./associations.ar.js";

/** The French core messages of member associations, typed by the Arabic ones. */
export const associationsFr: Record<keyof typeof associationsAr, string> = {
  "nav.directory": "Annuaire des associations",
  "nav.charter": "Charte",
  "nav.decisions": "Registre des décisions",
  "nav.myAssociations": "Mes associations",
  "nav.admin": "Administration",
  "nav.apply": "Demande d’adhésion",

  "home.associationsTitle": "Les associations membres",
  "home.associationsBody":
    "Le forum réunit des associations de toutes les régions du Maroc et de tous les champs de l’action associative. Parcourez l’annuaire des membres, ou demandez l’adhésion de votre association après avoir lu la charte.",
  "home.directoryCta": "Parcourir l’annuaire",
  "home.applyCta": "Demander l’adhésion",
  "home.charterCta": "Lire la charte",

  "state.loading": "Chargement…",
  "state.retry": "Réessayer",
  "state.sending": "Envoi…",
  "state.copied": "Lien copié.",
  "state.copyManually": "Copie automatique impossible : le lien est sélectionné, copiez-le à la main.",
  "action.cancel": "Annuler",
  "action.copy": "Copier le lien",
  "common.yes": "Oui",
  "common.no": "Non",
  "common.status": "Statut",
  "common.actions": "Actions",

  "pagination.label": "Pagination",
  "pagination.previous": "Page précédente",
  "pagination.next": "Page suivante",
  "pagination.status": "Page {page} sur {pages}",

  "chunk.title": "Page indisponible",
  "chunk.body":
    "Cette partie de l’application n’a pas pu être chargée. La connexion a peut-être été coupée, ou une nouvelle version a été publiée.",
  "chunk.reload": "Recharger la page",

  "directory.title": "Annuaire des associations",
  "directory.intro":
    "Les associations membres du forum. Cherchez par nom, ou filtrez par région, par ville ou par champ d’action.",
  "directory.filtersLabel": "Recherche dans l’annuaire",
  "directory.search": "Recherche par nom",
  "directory.searchHint": "En arabe ou en français, sans se soucier des voyelles, des hamzas ni des accents.",
  "directory.any": "Tous",
  "directory.apply": "Rechercher",
  "directory.reset": "Effacer les filtres",
  "directory.results": "Résultats",
  "directory.count": "Résultats : {count}",
  "directory.empty": "Aucune association membre pour l’instant.",
  "directory.emptyFiltered":
    "Aucune association ne correspond à cette recherche. Essayez d’autres mots ou effacez les filtres.",
  "directory.applyTitle": "Votre association n’y figure pas ?",
  "directory.applyBody":
    "Toute association qui remplit les conditions d’adhésion peut demander à rejoindre le forum après en avoir accepté la charte.",

  "association.profile": "Fiche de l’association",
  "association.about": "Présentation",
  "association.noDescription": "L’association n’a pas encore ajouté de présentation.",
  "association.city": "Ville",
  "association.region": "Région",
  "association.field": "Champ d’action",
  "association.fields": "Champs d’action",
  "association.foundedYear": "Année de fondation",
  "association.memberSince": "Membre du forum depuis",
  "association.contactEmail": "E-mail de contact",
  "association.contactPhone": "Téléphone",
  "association.website": "Site web",
  "association.representatives": "Représentants de l’association",
  "association.noRepresentatives": "Aucun représentant déclaré.",
  "association.eligibility": "Conditions d’adhésion",
  "association.eligibilityIntro": "Ce que l’association a déclaré au regard des critères du forum :",

  "eligibility.nationalScope": "Action à l’échelle nationale",
  "eligibility.voluntary": "Bénévole",
  "eligibility.nonProfit": "À but non lucratif",
  "eligibility.nonPolitical": "Indépendante des partis politiques",

  "member.delegate": "Délégué principal",
  "memberRole.member": "Membre",
  "memberRole.representative": "Représentant",

  "associationStatus.pending": "En attente d’admission",
  "associationStatus.active": "Association membre",
  "associationStatus.suspended": "Suspendue",
  "associationStatus.withdrawn": "Retirée",
  "associationStatus.rejected": "Demande refusée",
  "applicationStatus.under_review": "En cours d’examen",
  "applicationStatus.info_requested": "Informations demandées",
  "applicationStatus.approved": "Acceptée",
  "applicationStatus.rejected": "Refusée",
  "invitationStatus.pending": "En attente",
  "invitationStatus.accepted": "Acceptée",
  "invitationStatus.revoked": "Révoquée",
  "invitationStatus.expired": "Expirée",
  "joinRequestStatus.pending": "En attente",
  "joinRequestStatus.approved": "Acceptée",
  "joinRequestStatus.rejected": "Refusée",

  "suspension.title": "Cette association est suspendue.",
  "suspension.reason": "Motif :",
  "suspension.until": "La suspension prend fin le {date}.",
  "suspension.indefinitely": "Suspension pour une durée indéterminée.",

  "join.title": "Rejoindre l’association",
  "join.message": "Message aux représentants (facultatif)",
  "join.messageHint": "Présentez-vous en quelques mots.",
  "join.submit": "Demander à rejoindre",
  "join.sent": "Votre demande a été envoyée. Les représentants de l’association décideront.",
  "join.loginFirst": "Pour demander à rejoindre cette association, connectez-vous d’abord.",
  "join.notOpen": "Cette association n’accepte pas de demandes pour l’instant.",
  "join.youBelong": "Vous êtes membre de cette association.",
  "join.youRepresent": "Vous êtes l’un des représentants de cette association.",
  "join.manage": "Gérer l’association",

  "charter.title": "Charte et règlement intérieur",
  "charter.intro":
    "Les textes fondateurs du forum dans leur version en vigueur. Chaque association membre s’engage à respecter la charte, le règlement intérieur et les conditions d’adhésion.",
  "charter.none": "La charte n’a pas encore été publiée.",
  "charter.versionLine": "Version {version} · publiée le {date}",
  "charter.readArabic": "Lire le texte arabe",
  "charter.arabicAuthoritative": "Traduction française : seul le texte arabe fait foi.",
  "charter.arabicOnly": "Ce texte n’est publié qu’en arabe, qui fait foi.",

  "invitation.title": "Invitation à rejoindre une association",
  "invitation.intro": "{inviter} vous invite à rejoindre « {name} » comme membre sur Tashawur.",
  "invitation.email": "Invitation adressée à",
  "invitation.status": "État de l’invitation",
  "invitation.expires": "Valable jusqu’au",
  "invitation.loginFirst":
    "Pour accepter, créez un compte ou connectez-vous avec l’adresse {email} ; vous reviendrez ensuite sur cette page.",
  "invitation.otherAccount":
    "Cette invitation est adressée à {email}, et vous êtes connecté avec {current}. Connectez-vous avec le compte invité pour l’accepter.",
  "invitation.accept": "Accepter l’invitation",
  "invitation.joined": "Bienvenue : vous êtes désormais membre de « {name} ».",
  "invitation.openAssociation": "Page de l’association",
  "invitation.unknown":
    "Ce lien d’invitation n’est pas valide. Vérifiez qu’il est complet, ou demandez une nouvelle invitation.",
  "invitation.closed.accepted": "Cette invitation a déjà été utilisée.",
  "invitation.closed.revoked": "Les représentants de l’association ont révoqué cette invitation.",
  "invitation.closed.expired":
    "Cette invitation a expiré. Demandez-en une nouvelle aux représentants de l’association.",

  "fieldError.unknownField": "Un des champs d’action choisis n’est plus proposé.",
  "fieldError.locked": "Les conditions d’adhésion ne peuvent plus changer une fois l’association admise.",
  "fieldError.inThePast": "Cette date doit être dans le futur.",

  "errorReason.last_representative":
    "Le dernier représentant de l’association ne peut ni quitter sa fonction ni quitter l’association.",
  "errorReason.primary_delegate":
    "Désignez d’abord un autre délégué principal : le délégué principal ne peut ni partir ni quitter sa fonction.",
  "errorReason.not_a_representative": "Seul un représentant de l’association peut en être le délégué principal.",
  "errorReason.already_member": "Cette personne est déjà membre de l’association.",
  "errorReason.already_invited": "Une invitation en cours existe déjà pour cette adresse.",
  "errorReason.already_requested": "Votre demande pour rejoindre cette association est en cours d’examen.",
  "errorReason.email_mismatch": "Cette invitation est adressée à une autre adresse que celle de votre compte.",
  "errorReason.expired": "Cette invitation a expiré.",
  "errorReason.revoked": "Cette invitation a été révoquée.",
  "errorReason.used": "Cette invitation a déjà été utilisée.",
  "errorReason.last_admin":
    "Le dernier administrateur ne peut pas changer de rôle : nommez d’abord un autre administrateur.",
  "errorReason.in_use": "Des associations utilisent ce champ : désactivez-le plutôt que de le supprimer.",
  "errorReason.too_many_documents": "La demande a atteint le nombre maximal de documents.",
  "errorReason.no_charter_published": "La charte n’a pas encore été publiée : impossible de demander l’adhésion.",
};
