/**
 * The report form's first step's and frame's words in Arabic.
 * Typed by the English catalog (`first-step.en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { FirstStepWords } from './first-step.en';

export const ar: FirstStepWords = {
  title: 'الإبلاغ عن حساب مسروق',
  stepOf: 'الخطوة {n} من {total}',
  steps: {
    first: 'أولًا، احمِ ما تستطيع حمايته',
    account: 'حسابك وكيف نتواصل معك',
    incident: 'ماذا حدث',
    evidence: 'الأدلة',
    review: 'راجِع بلاغك وأرسله',
    done: 'تم استلام بلاغك',
  },
  ui: {
    goToReport: 'الانتقال إلى البلاغ',
    discard: 'البدء من جديد',
    yes: 'نعم',
    no: 'لا',
    loading: 'جارٍ التحميل…',
  },
  first: {
    intro: 'أجِب عن أربعة أسئلة، وسنعرض لك ما يجب فعله الآن بالترتيب. يمكنك الانتقال إلى البلاغ في أي وقت.',
    canSignIn: 'هل ما زال بإمكانك تسجيل الدخول إلى الحساب؟',
    passwordReset: 'هل جرّبت إعادة تعيين كلمة المرور؟',
    reset: { not_tried: 'ليس بعد', worked: 'نعم، ونجحت', failed: 'نعم، لكنها لم تنجح' },
    moneyMoved: 'هل خرجت أموال أو عملات مشفّرة من الحساب؟',
    profileChanged: 'هل تم تغيير البريد الإلكتروني أو الهاتف أو إعدادات التحقق بخطوتين؟',
    urgency: {
      critical: 'تصرّف الآن: تم نقل أموال. أبلِغ عن ذلك فورًا.',
      high: 'عاجل: تواصل مع فريق الدعم الآن.',
      elevated: 'أمِّن الحساب، ثم أبلِغ فريق الدعم.',
    },
    stepsTitle: 'ما يجب فعله الآن',
    containmentTitle: 'بعد أن تستعيد الدخول، تحقق مما تركه المهاجم',
    resetLink: 'فتح صفحة إعادة تعيين كلمة المرور',
    neverAsks:
      'لن يطلب منك فريق الدعم أبدًا كلمة المرور أو عبارة الاسترداد أو رمز التحقق بخطوتين أو الوصول عن بُعد.',
  },
  triage: {
    secure_email: 'أمِّن حساب بريدك الإلكتروني أولًا: من يتحكم فيه يمكنه إعادة تعيين كل شيء آخر.',
    report: 'أبلِغ فريق الدعم عن الاستيلاء على الحساب (من خلال هذا النموذج).',
    change_password: 'غيِّر كلمة المرور الآن. اجعلها طويلة وفريدة؛ يساعدك في ذلك مدير كلمات المرور.',
    enable_2fa: 'فعِّل التحقق بخطوتين.',
    sign_out_other_sessions: 'سجِّل الخروج من كل الجلسات والأجهزة الأخرى.',
    use_password_reset: 'استخدم إعادة تعيين كلمة المرور.',
    verify_identity: 'تحقَّق من هويتك مع فريق الدعم لاستعادة الدخول.',
  },
  containment: {
    sign_out_other_sessions: 'تسجيل الخروج من الجلسات والأجهزة الأخرى',
    check_email_phone: 'التحقق من البريد الإلكتروني ورقم الهاتف المسجَّلين في الحساب',
    check_mail_forwarding: 'التحقق من وجود قواعد إعادة توجيه في بريدك لم تُنشئها أنت',
    check_2fa_devices: 'التحقق من أجهزة التحقق بخطوتين المسجَّلة',
    regenerate_backup_codes: 'إنشاء رموز احتياطية جديدة',
    revoke_api_keys: 'حذف مفاتيح API التي لم تُنشئها',
    revoke_connected_apps: 'إزالة التطبيقات المتصلة التي لا تعرفها',
    check_withdrawal_allowlist: 'التحقق من قائمة عناوين السحب',
  },
  status: {
    restored: 'استعدنا البلاغ الذي بدأته سابقًا.',
    laterFailed: 'تعذّر تحميل بقية النموذج. تحقق من اتصالك وحاول مرة أخرى.',
  },
};
