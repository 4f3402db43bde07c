import type { ErrorCode } from "./errors.js";

/** One message per error code, in each language of the interface. The server answers in Arabic. */
export const errorMessages: Record<"ar" | "fr", Record<ErrorCode, string>> = {
  ar: {
    VALIDATION_FAILED: "بعض الحقول غير صالحة. المرجو تصحيحها ثم إعادة المحاولة.",
    MALFORMED_JSON: "تعذرت قراءة الطلب: صيغة JSON غير صحيحة.",
    UNAUTHENTICATED: "المرجو تسجيل الدخول أولا.",
    INVALID_CREDENTIALS: "البريد الإلكتروني أو كلمة المرور غير صحيحة.",
    CSRF_INVALID: "انتهت صلاحية الصفحة. المرجو إعادة تحميلها ثم المحاولة من جديد.",
    FORBIDDEN: "ليست لديك صلاحية القيام بهذا الإجراء.",
    NOT_FOUND: "العنصر المطلوب غير موجود.",
    CONFLICT: "تعارض مع حالة البيانات الحالية. المرجو تحديث الصفحة.",
    EMAIL_TAKEN: "هذا البريد الإلكتروني مسجل من قبل.",
    SLUG_TAKEN: "هذا المعرف مستعمل من طرف جمعية أخرى.",
    REGISTRATION_REF_TAKEN: "رقم التسجيل القانوني هذا مستعمل من طرف جمعية أخرى.",
    INVALID_STATE: "لا يمكن القيام بهذا الإجراء في الحالة الحالية.",
    DELEGATE_HANDOVER_REQUIRED:
      "للجمعية ممثل رئيسي حالي: يسلّم هو الصفة، أو تقدّم طلبا يُعرض على باقي الممثلين، أو يفصل فيه المدير.",
    DELEGATE_REQUEST_PENDING: "يوجد طلب قائم لتغيير الممثل الرئيسي لهذه الجمعية. المرجو انتظار البت فيه.",
    PROPOSAL_SPONSORS_MISSING: "لم يبلغ المقترح بعد العدد الأدنى من الجمعيات الداعمة المطلوب لتجاوز مرحلة الإيداع.",
    AMENDMENT_OUTDATED:
      "تغيّر نص المقترح منذ كتابة هذا التعديل، ولم يعد بالإمكان تطبيقه عليه. المرجو اقتراح تعديل على النسخة الحالية.",
    AMENDMENT_PASSAGE_NOT_FOUND:
      "المقطع المراد تعديله غير موجود في النص الحالي، أو يتكرر فيه أكثر من مرة. المرجو نسخه كما هو وبطول كاف.",
    PAYLOAD_TOO_LARGE: "حجم الطلب أو الملف أكبر من المسموح به.",
    UNSUPPORTED_MEDIA_TYPE: "نوع الملف غير مقبول.",
    WEAK_PASSWORD:
      "كلمة المرور ضعيفة: عشرة أحرف على الأقل، ليست شائعة ولا سهلة التخمين، ولا تتضمن اسم البريد الإلكتروني.",
    CHARTER_NOT_ACCEPTED: "يجب قبول النسخة الحالية من الميثاق.",
    REPRESENTATIVE_LIMIT: "بلغت الجمعية العدد الأقصى للممثلين.",
    ASSOCIATION_SUSPENDED: "الجمعية موقوفة، ولا يمكن التصرف باسمها حاليا.",
    RATE_LIMITED: "محاولات كثيرة. المرجو الانتظار قليلا ثم إعادة المحاولة.",
    DEBATE_LOCKED: "هذا النقاش مقفل حاليا: لا يقبل ردودا جديدة.",
    DEBATE_CLOSED: "هذا النقاش مغلق بخلاصة: لا يقبل ردودا جديدة.",
    ALREADY_ENDORSED: "سبق لك تأييد هذا الرد.",
    ALREADY_FLAGGED: "سبق لك الإبلاغ عن هذا المحتوى، والبلاغ قيد المراجعة.",
    BODY_TOO_LONG: "النص أطول من المسموح به (50000 حرف).",
    SLOW_MODE: "الوضع البطيء مفعل في هذا النقاش: المرجو الانتظار قبل نشر رد جديد.",
    INTERNAL: "حدث خطأ غير متوقع. المرجو إعادة المحاولة لاحقا.",
    DATABASE_UNAVAILABLE: "قاعدة البيانات غير متاحة حاليا. المرجو إعادة المحاولة بعد قليل.",
  },
  fr: {
    VALIDATION_FAILED: "Certains champs ne sont pas valides. Corrigez-les puis réessayez.",
    MALFORMED_JSON: "Requête illisible : JSON mal formé.",
    UNAUTHENTICATED: "Veuillez vous connecter d'abord.",
    INVALID_CREDENTIALS: "Adresse e-mail ou mot de passe incorrect.",
    CSRF_INVALID: "La page a expiré. Rechargez-la puis réessayez.",
    FORBIDDEN: "Vous n'avez pas le droit d'effectuer cette action.",
    NOT_FOUND: "Élément introuvable.",
    CONFLICT: "Conflit avec l'état actuel des données. Actualisez la page.",
    EMAIL_TAKEN: "Cette adresse e-mail est déjà inscrite.",
    SLUG_TAKEN: "Cet identifiant est déjà utilisé par une autre association.",
    REGISTRATION_REF_TAKEN: "Cette référence d'enregistrement est déjà utilisée par une autre association.",
    INVALID_STATE: "Action impossible dans l'état actuel.",
    DELEGATE_HANDOVER_REQUIRED:
      "L’association a un délégué principal : il transmet la fonction, ou une demande est soumise aux autres représentants, ou un administrateur tranche.",
    DELEGATE_REQUEST_PENDING:
      "Une demande de changement de délégué principal est déjà en cours pour cette association.",
    PROPOSAL_SPONSORS_MISSING:
      "La proposition n’a pas encore le nombre minimal d’associations co-signataires pour quitter l’étape du dépôt.",
    AMENDMENT_OUTDATED:
      "Le texte de la proposition a changé depuis la rédaction de cet amendement : il ne peut plus s’y appliquer. Proposez un amendement sur la version actuelle.",
    AMENDMENT_PASSAGE_NOT_FOUND:
      "Le passage à modifier est introuvable dans le texte actuel, ou il y figure plusieurs fois. Copiez-le tel quel, assez long.",
    PAYLOAD_TOO_LARGE: "La requête ou le fichier dépasse la taille autorisée.",
    UNSUPPORTED_MEDIA_TYPE: "Type de fichier non accepté.",
    WEAK_PASSWORD:
      "Mot de passe trop faible : au moins dix caractères, ni courant ni facile à deviner, sans le nom de l'adresse e-mail.",
    CHARTER_NOT_ACCEPTED: "Vous devez accepter la version en vigueur de la charte.",
    REPRESENTATIVE_LIMIT: "L'association a atteint le nombre maximal de représentants.",
    ASSOCIATION_SUSPENDED: "L'association est suspendue : personne ne peut agir en son nom pour l'instant.",
    RATE_LIMITED: "Trop de tentatives. Patientez un peu puis réessayez.",
    DEBATE_LOCKED: "Ce débat est verrouillé : il n'accepte pas de nouvelles réponses.",
    DEBATE_CLOSED: "Ce débat est clos par une conclusion : il n'accepte plus de réponses.",
    ALREADY_ENDORSED: "Vous approuvez déjà cette réponse.",
    ALREADY_FLAGGED: "Vous avez déjà signalé ce contenu ; le signalement est en cours d'examen.",
    BODY_TOO_LONG: "Le texte dépasse la longueur permise (50 000 caractères).",
    SLOW_MODE: "Le mode lent est actif dans ce débat : patientez avant de publier une nouvelle réponse.",
    INTERNAL: "Une erreur inattendue est survenue. Réessayez plus tard.",
    DATABASE_UNAVAILABLE: "La base de données est momentanément indisponible. Réessayez dans un instant.",
  },
};
