/**
 * The email notices in Arabic.
 * Typed by the English catalog (`en.ts`): a missing or an extra key fails the typecheck;
 * `scripts/catalogs.test.ts` checks placeholders and strings left in English.
 * @module
 */
import type { EmailCatalog } from './catalog';

export const ar: EmailCatalog = {
  lang: 'ar',
  caseEvents: {
    case_submitted: {
      subject: '{platform}: أبلغ شخص ما عن الاستيلاء على حسابك',
      happened: 'تم تقديم بلاغ يفيد بأنه تم الاستيلاء على حسابك في {platform}.',
    },
    compromise_confirmed: {
      subject: '{platform}: أكّدنا الاستيلاء على حسابك',
      happened: 'أكّد فريق الدعم لدينا أنه تم الاستيلاء على حسابك في {platform}.',
    },
    case_ruled_out: {
      subject: '{platform}: تم إغلاق بلاغ عن الاستيلاء على حسابك',
      happened: 'راجع فريق الدعم لدينا بلاغًا عن حسابك في {platform} ولم يجد أي استيلاء عليه.',
    },
    case_reopened: {
      subject: '{platform}: أُعيد فتح بلاغ عن حسابك',
      happened: 'أُعيد فتح بلاغ عن الاستيلاء على حسابك في {platform}.',
    },
    account_frozen: {
      subject: '{platform}: تم تجميد حسابك',
      happened: 'تم تجميد حسابك في {platform} أثناء النظر في بلاغ عن الاستيلاء عليه.',
    },
    verification_requested: {
      subject: '{platform}: طُلب التحقق من الهوية',
      happened: 'طلب فريق الدعم لدينا التحقق من الهوية بخصوص حسابك في {platform}.',
    },
    verification_recorded: {
      subject: '{platform}: تم تسجيل التحقق من الهوية',
      happened: 'تم تسجيل عملية تحقق من الهوية لحسابك في {platform}.',
    },
    account_restored: {
      subject: '{platform}: تمت استعادة الوصول إلى حسابك',
      happened: 'تمت استعادة الوصول إلى حسابك في {platform} للشخص الذي أبلغ عن الاستيلاء عليه.',
    },
    confirmation_requested: {
      subject: '{platform}: يُرجى تأكيد استعادة حسابك',
      happened: 'استعادة حسابك في {platform} بانتظار التأكيد.',
    },
    recovery_confirmed: {
      subject: '{platform}: تم تأكيد استعادة حسابك',
      happened: 'تم تأكيد استعادة حسابك في {platform}.',
    },
    recovery_disputed: {
      subject: '{platform}: تم الاعتراض على استعادة حسابك',
      happened: 'اعترض شخص ما على استعادة حسابك في {platform}.',
    },
    case_closed: {
      subject: '{platform}: تم إغلاق بلاغ عن حسابك',
      happened: 'تم إغلاق بلاغ عن الاستيلاء على حسابك في {platform}.',
    },
    lock_release_requested: {
      subject: '{platform}: طلب أحدهم رفع القفل عن حسابك',
      happened:
        'طلب أحدهم رفع القفل عن حسابك على {platform}. سيُرفع القفل بعد فترة انتظار ما لم توقفه باستخدام الرابط أدناه.',
    },
    lock_release_cancelled: {
      subject: '{platform}: القفل على حسابك ما زال ساريًا',
      happened: 'أُلغي طلب رفع القفل عن حسابك على {platform}؛ ما زال القفل ساريًا.',
    },
    lock_released: {
      subject: '{platform}: رُفع القفل عن حسابك',
      happened: 'رُفع القفل عن حسابك على {platform} بعد انتهاء فترة الانتظار.',
    },
    account_locked: {
      subject: '{platform}: قُفل حسابك',
      happened:
        'قُفل حسابك على {platform} بطلب من جلسة مسجّل الدخول فيها أو من رابط قفل، وأُضيف القفل إلى بلاغ استيلاء على الحساب. يرفع فريق الدعم القفل بعد التحقق من هويتك.',
    },
  },
  totp: {
    totp_enabled: {
      subject: '{platform}: تم تفعيل التحقق بخطوتين',
      happened: 'تم تفعيل التحقق بخطوتين (تطبيق المصادقة) لحسابك في {platform}.',
    },
    totp_backup_codes_regenerated: {
      subject: '{platform}: تم إنشاء رموز احتياطية جديدة',
      happened: 'تم إنشاء رموز احتياطية جديدة لحسابك في {platform}، ولم تعد الرموز القديمة تعمل.',
    },
    totp_disabled: {
      subject: '{platform}: تم إيقاف التحقق بخطوتين',
      happened: 'تم إيقاف التحقق بخطوتين لحسابك في {platform}.',
    },
    totp_locked: {
      subject: '{platform}: تم قفل التحقق بخطوتين',
      happened: 'تم إدخال عدد كبير جدًا من رموز المصادقة الخاطئة لحسابك في {platform}، لذا تم قفل الرموز.',
    },
    totp_backup_codes_low: {
      subject: '{platform}: رموز الاحتياط لديك أوشكت على النفاد',
      happened:
        'استُخدم رمز احتياطي لتسجيل الدخول إلى حسابك على {platform}؛ تبقّى {count}. أنشئ رموزًا جديدة من إعدادات الأمان.',
    },
    totp_backup_codes_locked: {
      subject: '{platform}: تم قفل الرموز الاحتياطية',
      happened:
        'تم إدخال عدد كبير جدًا من الرموز الاحتياطية الخاطئة لحسابك في {platform}، لذا تم قفل الرموز الاحتياطية.',
    },
  },
  greeting: 'مرحبًا،',
  whenLabel: 'متى',
  referenceLabel: 'المرجع',
  notMe: 'إذا لم تكن أنت من قام بذلك، أو لم تطلبه، فأخبرنا الآن:',
  notMeLink: 'لم أكن أنا',
  notMeNoLink: 'إذا لم تكن أنت من قام بذلك، أو لم تطلبه، فتواصل مع دعم {platform} الآن.',
  footer:
    'تصلك هذه الرسالة لأن هذا العنوان مسجَّل لحساب في {platform}. لا نطلب منك أبدًا كلمة المرور أو الرموز عبر البريد الإلكتروني.',
  lockLink: {
    subject: '{platform}: اقفل حسابك',
    happened:
      'طلب أحدهم رابطًا لقفل حسابك على {platform}. إذا كنت تعتقد أن شخصًا آخر يستخدم حسابك، فاقفله الآن. إذا لم تكن أنت من طلب ذلك، يمكنك تجاهل هذه الرسالة: لم يتغير شيء.',
  },
  lockNow: 'إذا كان شخص آخر يستخدم حسابك، فاقفله الآن:',
  lockNowLink: 'لست أنا — اقفل حسابي',
  lockNowAfter:
    'يمنع القفل تسجيل الدخول وعمليات السحب وتغييرات الأمان إلى أن يرفعه فريق الدعم. يعمل الرابط مرة واحدة فقط ولمدة محدودة.',
};
