import type { Catalogue } from "./ar.js";
import { associationsFr } from "./associations.fr.js";
import { errorEntries } from "./errors.js";

/** The French catalogue: typed by the Arabic one, so a missing or extra key fails to compile. */
export const fr: Catalogue = {
  "app.name": "Tashawur",
  "app.brand": "تشاور",
  "app.footer": "Tashawur : une plateforme libre de délibération entre associations de la société civile.",

  "locale.name": "Français",
  "locale.switchLabel": "Langue de l’interface",

  "nav.label": "Navigation principale",
  "nav.skip": "Aller au contenu",
  "nav.home": "Accueil",
  "nav.proposals": "Propositions",
  "nav.programmes": "Programmes",
  "nav.sessions": "Séances",
  "nav.assemblies": "Assemblées générales",
  "nav.login": "Se connecter",
  "nav.register": "Créer un compte",
  "nav.profile": "Mon profil",
  "nav.logout": "Se déconnecter",
  "nav.menu": "Menu",

  "session.loading": "Chargement…",
  "session.failed": "Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.",
  "session.retry": "Réessayer",

  "home.title": "Bienvenue sur Tashawur",
  "home.intro":
    "Tashawur est l’espace numérique du Forum national des associations : les représentants des associations membres y débattent des questions communes, proposent des alternatives et coordonnent l’action associative de manière horizontale et participative, en toute indépendance vis-à-vis du gouvernement et des partis.",
  "home.invite":
    "Créez votre compte pour suivre les associations du forum, ou présenter la demande d’adhésion de la vôtre.",
  "home.greeting": "Bonjour {name}, ravis de vous voir.",
  "home.joinCta": "Rejoindre le forum",
  "home.loginCta": "Accéder à mon compte",

  "agenda.title": "Ce qui vous attend",
  "agenda.voteToCast": "Le vote {title} est ouvert et attend votre bulletin.",
  "agenda.voteToCastFor": "Le vote {title} est ouvert et attend le bulletin de {association}.",
  "agenda.vote": "Voter",
  "agenda.assemblyToAttend":
    "{association} est convoquée à l’assemblée {title} le {date} : inscrivez-la ou donnez sa procuration.",
  "agenda.assembly": "L’assemblée",
  "agenda.empty": "Rien ne vous attend pour l’instant.",
  "agenda.applicationsToReview":
    "{count, plural, one {# demande d’adhésion attend} other {# demandes d’adhésion attendent}} une décision.",
  "agenda.review": "Examiner les demandes",
  "agenda.informationRequested":
    "L’administration demande des informations complémentaires sur la demande d’adhésion de {association}.",
  "agenda.answer": "Répondre",
  "agenda.charterToAccept": "Nouvelle version de {versions} : {association} doit l’accepter.",
  "agenda.and": " et ",
  "agenda.readAndAccept": "Lire et accepter",
  "agenda.joinRequests": "{count, plural, one {# demande} other {# demandes}} pour rejoindre {association}.",
  "agenda.decide": "Décider",
  "agenda.delegateRequest":
    "{requester} demande que la délégation principale de {association} revienne à {candidate}. La demande prend effet le {date} si aucun représentant ne s’y oppose.",
  "agenda.delegateRequestOpen": "Voir la demande",
  "agenda.invitation":
    "Invitation de {inviter} à rejoindre {association}, valable jusqu’au {date}. Ouvrez le lien reçu par courriel pour l’accepter.",
  "agenda.debateReplies":
    "{count, plural, one {# nouvelle réponse} other {# nouvelles réponses}} à vos messages dans le débat {debate} depuis votre dernière visite.",
  "agenda.debateMentions":
    "{count, plural, one {Vous avez été mentionné une fois} other {Vous avez été mentionné # fois}} dans le débat {debate} depuis votre dernière visite.",
  "agenda.debateOpen": "Lire",
  "home.signedInIntro": "Retrouvez ici ce qui vous attend sur le forum.",

  "file.choose": "Choisir un fichier",
  "file.chooseMany": "Choisir des fichiers",
  "file.none": "Aucun fichier choisi.",
  "form.requiredNote": "Les champs marqués d’un astérisque (*) sont obligatoires.",
  "form.required": "obligatoire",

  "presence.title": "En ligne",
  "presence.you": "vous",
  "presence.connecting": "Connexion…",
  "presence.reconnecting": "Connexion perdue, nouvelle tentative…",
  "presence.empty": "Personne n’est en ligne.",

  "role.admin": "Administrateur",
  "role.moderator": "Modérateur",
  "role.member": "Membre",

  "register.title": "Créer un compte",
  "register.intro": "Créez votre compte pour participer aux travaux du forum.",
  "register.submit": "Créer mon compte",
  "register.haveAccount": "Vous avez déjà un compte ?",
  "register.loginLink": "Connectez-vous",

  "login.title": "Connexion",
  "login.submit": "Me connecter",
  "login.noAccount": "Pas encore de compte ?",
  "login.registerLink": "Créez-en un",

  "field.name": "Nom complet",
  "field.email": "Adresse e-mail",
  "field.password": "Mot de passe",
  "field.passwordHint": "Au moins 10 caractères, sans mot de passe courant ni le nom de votre adresse e-mail.",
  "field.currentPassword": "Mot de passe actuel",
  "field.newPassword": "Nouveau mot de passe",
  "field.locale": "Langue préférée",

  "fieldError.required": "Ce champ est obligatoire.",
  "fieldError.tooShort": "Cette valeur est trop courte.",
  "fieldError.tooLong": "Cette valeur est trop longue.",
  "fieldError.email": "Saisissez une adresse e-mail valide, par exemple nom@exemple.ma.",
  "fieldError.invalid": "Cette valeur n’est pas valide.",
  "fieldError.passwordTooShort": "Le mot de passe doit compter au moins 10 caractères.",
  "fieldError.passwordCommon": "Ce mot de passe est trop courant, choisissez-en un autre.",
  "fieldError.passwordRepetitive": "Ce mot de passe répète presque le même caractère, choisissez-en un autre.",
  "fieldError.passwordContainsEmail": "Le mot de passe ne doit pas contenir le nom de votre adresse e-mail.",
  "fieldError.currentPasswordWrong": "Le mot de passe actuel est incorrect.",

  "profile.title": "Mon profil",
  "profile.account": "Mon compte",
  "profile.email": "Adresse e-mail",
  "profile.role": "Rôle",
  "profile.memberSince": "Membre depuis",
  "profile.editTitle": "Nom et langue",
  "profile.save": "Enregistrer",
  "profile.saved": "Modifications enregistrées.",
  "profile.passwordTitle": "Mot de passe",
  "profile.changePassword": "Changer le mot de passe",
  "profile.passwordChanged": "Mot de passe modifié.",

  "notFound.title": "Page introuvable",
  "notFound.body": "La page demandée n’existe pas. Son adresse a peut-être changé, ou elle a été supprimée.",
  "notFound.home": "Revenir à l’accueil",

  ...associationsFr,

  ...errorEntries("fr"),
  "errors.NETWORK": "Impossible de joindre le serveur. Vérifiez votre connexion Internet.",
  "errors.rateLimitedRetry": "Trop de tentatives en peu de temps. Réessayez dans {duration}.",
  "errors.requestId": "Référence : {id}",

  "nav.votes": "Votes",
  "agenda.voteCloses": "Clôture le {date}.",
  "nav.notifications": "Notifications",
  "nav.debates": "Débats",
  "nav.moderation": "Modération",
  "notifications.title": "Notifications",
  "notifications.bellUnread": "Notifications : {count} non lues",
  "notifications.empty": "Vous n’avez pas encore de notification.",
  "notifications.markAll": "Tout marquer comme lu",
  "notifications.unread": "Non lue",
  "notification.delegate.request_opened":
    "{actor} demande que la fonction de délégué principal de {association} revienne à {subject}. La demande prendra effet le {date} si aucun représentant ne s’y oppose.",
  "notification.delegate.request_objected":
    "La demande confiant la fonction de délégué principal de {association} à {subject} a fait l’objet d’une opposition ({actor}). La fonction reste inchangée.",
  "notification.delegate.request_cancelled":
    "La demande confiant la fonction de délégué principal de {association} à {subject} a été retirée.",
  "notification.delegate.changed.handover":
    "La fonction de délégué principal de {association} revient désormais à {subject}, transmise par {actor}. Le délégué principal vote au nom de l’association.",
  "notification.delegate.changed.request":
    "La fonction de délégué principal de {association} revient désormais à {subject} : le délai d’opposition s’est écoulé sans opposition.",
  "notification.delegate.changed.admin":
    "L’administration du forum a tranché : la fonction de délégué principal de {association} revient à {subject}.",
  "notification.delegate.changed.first": "La fonction de délégué principal de {association} revient à {subject}.",
  "notification.debate.reply": "{actor} a répondu à votre message dans le débat « {debate} ».",
  "notification.debate.mention": "{actor} vous a mentionné dans le débat « {debate} ».",
  "notification.debate.moderation": "Décision de modération sur votre message dans le débat « {debate} » : {reason}",
  "notification.vote.opened": "Le vote « {subject} » est ouvert : votre bulletin est attendu.",
  "notification.proposal.in_discussion":
    "La proposition « {proposal} » est recevable : elle est ouverte à la discussion et aux amendements.",
  "notification.proposal.not_admissible": "La proposition « {proposal} » a été déclarée irrecevable : {reason}",
  "notification.proposal.in_vote": "La proposition « {proposal} » est soumise au vote.",
  "notification.proposal.adopted":
    "La proposition « {proposal} » a été adoptée par le vote et inscrite au registre des décisions.",
  "notification.proposal.rejected": "La proposition « {proposal} » n’a pas été adoptée par le vote.",
  "notification.proposal.changed": "L’état de la proposition « {proposal} » a changé.",
  "notification.proposal.amended": "Nouvel amendement de {association} à la proposition « {proposal} ».",
  "notification.assembly.convened":
    "Convocation à l’assemblée « {subject} » le {date} : ordre du jour, documents et inscription sur sa page.",
  "notification.assembly.cancelled": "L’assemblée « {subject} », prévue le {date}, est annulée.",
  "notification.debate.moderation.hidden": "Les modérateurs ont masqué votre message dans le débat « {debate} ».",
  "notification.debate.moderation.restored": "Les modérateurs ont rétabli votre message dans le débat « {debate} ».",
  "notification.debate.moderation.locked":
    "Les modérateurs ont verrouillé votre débat « {debate} » : plus de nouvelles réponses.",
  "notification.debate.moderation.unlocked": "Les modérateurs ont rouvert votre débat « {debate} » aux réponses.",
  "notification.debate.moderation.closed": "Votre débat « {debate} » a été clos par une conclusion.",
  "notification.debate.moderation.moved": "Les modérateurs ont déplacé votre débat « {debate} » vers un autre thème.",
};
