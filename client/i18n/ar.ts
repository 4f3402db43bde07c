import type { ClientErrorCode } from "../api.js";
import { associationsAr } from "./associations.ar.js";
import { errorEntries } from "./errors.js";

/** The Arabic catalogue: the default, and the source of the message keys. */
export const ar = {
  "app.name": "تشاور",
  "app.brand": "تشاور",
  "app.footer": "تشاور: منصة مفتوحة المصدر للتداول بين جمعيات المجتمع المدني.",

  "locale.name": "العربية",
  "locale.switchLabel": "لغة الواجهة",

  "nav.label": "التنقل الرئيسي",
  "nav.skip": "انتقل إلى المحتوى",
  "nav.home": "الرئيسية",
  "nav.proposals": "المقترحات",
  "nav.programmes": "برامج العمل",
  "nav.sessions": "الجلسات",
  "nav.assemblies": "الجموع العامة",
  "nav.login": "تسجيل الدخول",
  "nav.register": "إنشاء حساب",
  "nav.profile": "الملف الشخصي",
  "nav.logout": "تسجيل الخروج",
  "nav.menu": "القائمة",

  "session.loading": "جارٍ التحميل…",
  "session.failed": "تعذر الاتصال بالخادم. تحقق من اتصالك ثم أعد المحاولة.",
  "session.retry": "إعادة المحاولة",

  "home.title": "مرحبا بكم في تشاور",
  "home.intro":
    "تشاور فضاء رقمي للمنتدى الوطني للجمعيات، يتداول فيه ممثلو الجمعيات الأعضاء في القضايا المشتركة، ويقترحون البدائل، وينسقون العمل الجمعوي بشكل أفقي وتشاركي، باستقلال تام عن الحكومة والأحزاب.",
  "home.invite": "أنشئ حسابك لتتابع جمعيات المنتدى، أو لتقدم طلب عضوية جمعيتك.",
  "home.greeting": "أهلا {name}، يسعدنا حضورك.",
  "home.joinCta": "انضم إلى المنتدى",
  "home.loginCta": "ادخل إلى حسابك",

  "agenda.title": "ما ينتظرك",
  "agenda.voteToCast": "التصويت {title} مفتوح وينتظر صوتك.",
  "agenda.voteToCastFor": "التصويت {title} مفتوح وينتظر صوت {association}.",
  "agenda.vote": "التصويت",
  "agenda.assemblyToAttend":
    "{association} مستدعاة إلى الجمع العام {title} يوم {date}: سجّلوا حضورها أو امنحوا وكالتها.",
  "agenda.assembly": "الجمع العام",
  "agenda.empty": "لا شيء ينتظرك الآن.",
  "agenda.applicationsToReview":
    "{count, plural, one {طلب عضوية واحد ينتظر} two {طلبا عضوية ينتظران} few {# طلبات عضوية تنتظر} many {# طلب عضوية ينتظر} other {# طلب عضوية ينتظر}} قرار الإدارة.",
  "agenda.review": "مراجعة الطلبات",
  "agenda.informationRequested": "طلب فريق الإدارة معلومات إضافية عن طلب عضوية {association}.",
  "agenda.answer": "الرد",
  "agenda.charterToAccept": "صدرت نسخة جديدة من {versions}: على {association} قبولها.",
  "agenda.and": " و",
  "agenda.readAndAccept": "القراءة والقبول",
  "agenda.joinRequests":
    "{count, plural, one {طلب انضمام واحد} two {طلبا انضمام} few {# طلبات انضمام} many {# طلب انضمام} other {# طلب انضمام}} إلى {association}.",
  "agenda.decide": "البت فيها",
  "agenda.delegateRequest":
    "طلب قائم من {requester} لإسناد صفة الممثل الرئيسي لـ{association} إلى {candidate}. يسري يوم {date} ما لم يعترض عليه أحد الممثلين.",
  "agenda.delegateRequestOpen": "الاطلاع على الطلب",
  "agenda.invitation":
    "دعوة من {inviter} للانضمام إلى {association}، صالحة إلى غاية {date}. افتح الرابط الذي وصلك بالبريد الإلكتروني لقبولها.",
  "agenda.debateReplies":
    "{count, plural, one {رد جديد} two {ردان جديدان} few {# ردود جديدة} many {# ردا جديدا} other {# رد جديد}} على مشاركاتك في نقاش {debate} منذ زيارتك الأخيرة.",
  "agenda.debateMentions":
    "{count, plural, one {ذُكر اسمك مرة} two {ذُكر اسمك مرتين} few {ذُكر اسمك # مرات} many {ذُكر اسمك # مرة} other {ذُكر اسمك # مرة}} في نقاش {debate} منذ زيارتك الأخيرة.",
  "agenda.debateOpen": "القراءة",
  "home.signedInIntro": "هنا تجد ما ينتظرك في المنتدى.",

  "file.choose": "اختيار ملف",
  "file.chooseMany": "اختيار ملفات",
  "file.none": "لم يُختر أي ملف.",
  "form.requiredNote": "الحقول المعلّمة بنجمة (*) مطلوبة.",
  "form.required": "مطلوب",

  "presence.title": "متصلون الآن",
  "presence.you": "أنت",
  "presence.connecting": "جارٍ الاتصال…",
  "presence.reconnecting": "انقطع الاتصال، جارٍ إعادة المحاولة…",
  "presence.empty": "لا أحد متصل الآن.",

  "role.admin": "مدير",
  "role.moderator": "مشرف",
  "role.member": "عضو",

  "register.title": "إنشاء حساب",
  "register.intro": "أنشئ حسابك للمشاركة في أشغال المنتدى.",
  "register.submit": "إنشاء حساب",
  "register.haveAccount": "لديك حساب؟",
  "register.loginLink": "سجّل دخولك",

  "login.title": "تسجيل الدخول",
  "login.submit": "تسجيل الدخول",
  "login.noAccount": "ليس لديك حساب بعد؟",
  "login.registerLink": "أنشئ حسابا جديدا",

  "field.name": "الاسم الكامل",
  "field.email": "البريد الإلكتروني",
  "field.password": "كلمة المرور",
  "field.passwordHint": "10 أحرف على الأقل، دون كلمات المرور الشائعة ودون اسم بريدك الإلكتروني.",
  "field.currentPassword": "كلمة المرور الحالية",
  "field.newPassword": "كلمة المرور الجديدة",
  "field.locale": "اللغة المفضلة",

  "fieldError.required": "هذا الحقل إلزامي.",
  "fieldError.tooShort": "هذه القيمة قصيرة جدا.",
  "fieldError.tooLong": "هذه القيمة طويلة جدا.",
  "fieldError.email": "أدخل بريدا إلكترونيا صحيحا، مثل name@example.ma.",
  "fieldError.invalid": "هذه القيمة غير صالحة.",
  "fieldError.passwordTooShort": "يجب أن تتكون كلمة المرور من 10 أحرف على الأقل.",
  "fieldError.passwordCommon": "كلمة المرور هذه شائعة جدا، اختر كلمة أخرى.",
  "fieldError.passwordRepetitive": "تتكرر في كلمة المرور هذه الأحرف نفسها، اختر كلمة أخرى.",
  "fieldError.passwordContainsEmail": "يجب ألا تتضمن كلمة المرور اسم بريدك الإلكتروني.",
  "fieldError.currentPasswordWrong": "كلمة المرور الحالية غير صحيحة.",

  "profile.title": "الملف الشخصي",
  "profile.account": "معلومات الحساب",
  "profile.email": "البريد الإلكتروني",
  "profile.role": "الدور",
  "profile.memberSince": "عضو منذ",
  "profile.editTitle": "الاسم واللغة",
  "profile.save": "حفظ التغييرات",
  "profile.saved": "تم حفظ التغييرات.",
  "profile.passwordTitle": "كلمة المرور",
  "profile.changePassword": "تغيير كلمة المرور",
  "profile.passwordChanged": "تم تغيير كلمة المرور.",

  "notFound.title": "الصفحة غير موجودة",
  "notFound.body": "لم نعثر على الصفحة التي تبحث عنها. ربما تغير عنوانها أو حذفت.",
  "notFound.home": "العودة إلى الصفحة الرئيسية",

  ...associationsAr,

  ...errorEntries("ar"),
  "errors.NETWORK": "تعذر الاتصال بالخادم. تحقق من اتصالك بالإنترنت.",
  "errors.rateLimitedRetry": "محاولات كثيرة في وقت قصير. حاول مجددا بعد {duration}.",
  "errors.requestId": "رقم المرجع: {id}",

  "nav.votes": "التصويتات",
  "agenda.voteCloses": "يُغلق في {date}.",
  "nav.notifications": "الإشعارات",
  "nav.debates": "النقاشات",
  "nav.moderation": "الإشراف",
  "notifications.title": "الإشعارات",
  "notifications.bellUnread": "الإشعارات: {count} غير مقروءة",
  "notifications.empty": "لا إشعارات لديك بعد.",
  "notifications.markAll": "تعليم الكل كمقروء",
  "notifications.unread": "غير مقروء",
  "notification.delegate.request_opened":
    "وصل طلب من {actor} لإسناد صفة الممثل الرئيسي لجمعية {association} إلى {subject}. يسري الطلب يوم {date} ما لم يعترض عليه أحد الممثلين.",
  "notification.delegate.request_objected":
    "اعتُرض على طلب إسناد صفة الممثل الرئيسي لجمعية {association} إلى {subject} (اعتراض من {actor}). تبقى الصفة كما هي.",
  "notification.delegate.request_cancelled": "سُحب طلب إسناد صفة الممثل الرئيسي لجمعية {association} إلى {subject}.",
  "notification.delegate.changed.handover":
    "انتقلت صفة الممثل الرئيسي لجمعية {association} إلى {subject} بتسليم من {actor}. الممثل الرئيسي هو من يصوّت باسم الجمعية.",
  "notification.delegate.changed.request":
    "انتقلت صفة الممثل الرئيسي لجمعية {association} إلى {subject} بعد انقضاء أجل الاعتراض دون اعتراض.",
  "notification.delegate.changed.admin":
    "فصلت إدارة المنتدى في صفة الممثل الرئيسي لجمعية {association}: أُسندت إلى {subject}.",
  "notification.delegate.changed.first": "أُسندت صفة الممثل الرئيسي لجمعية {association} إلى {subject}.",
  "notification.debate.reply": "ردّ {actor} على مشاركتك في نقاش «{debate}».",
  "notification.debate.mention": "أشار إليك {actor} في نقاش «{debate}».",
  "notification.debate.moderation": "قرار إشراف بشأن مشاركتك في نقاش «{debate}»: {reason}",
  "notification.vote.opened": "فُتح التصويت «{subject}»: صوتكم في انتظاركم.",
  "notification.proposal.in_discussion": "قُبل المقترح «{proposal}» وفُتح للنقاش والتعديل.",
  "notification.proposal.not_admissible": "صُرّح بعدم قبول المقترح «{proposal}»: {reason}",
  "notification.proposal.in_vote": "عُرض المقترح «{proposal}» على التصويت.",
  "notification.proposal.adopted": "اعتُمد المقترح «{proposal}» بالتصويت، وقُيّد في سجل القرارات.",
  "notification.proposal.rejected": "لم يُعتمد المقترح «{proposal}» بالتصويت.",
  "notification.proposal.changed": "تغيّرت حالة المقترح «{proposal}».",
  "notification.proposal.amended": "تعديل جديد من {association} على المقترح «{proposal}».",
  "notification.assembly.convened":
    "استدعاء إلى الجمع العام «{subject}» يوم {date}: جدول الأعمال والوثائق والتسجيل في صفحته.",
  "notification.assembly.cancelled": "أُلغي الجمع العام «{subject}» الذي كان مقررا يوم {date}.",
  "notification.debate.moderation.hidden": "أخفى المشرفون مشاركتك في نقاش «{debate}».",
  "notification.debate.moderation.restored": "أعاد المشرفون إظهار مشاركتك في نقاش «{debate}».",
  "notification.debate.moderation.locked": "أقفل المشرفون نقاشك «{debate}»: لا تضاف إليه ردود جديدة.",
  "notification.debate.moderation.unlocked": "أعاد المشرفون فتح نقاشك «{debate}» للردود.",
  "notification.debate.moderation.closed": "أُغلق نقاشك «{debate}» بخلاصة.",
  "notification.debate.moderation.moved": "نقل المشرفون نقاشك «{debate}» إلى محور آخر.",
} as const satisfies Record<`errors.${ClientErrorCode}`, string> & Record<string, string>;

/** The keys of the core catalogue, loaded with the first page (sections add theirs: see index.ts). */
export type CoreKey = keyof typeof ar;
export type Catalogue = Record<CoreKey, string>;
