/**
 * The desk's containment words in Arabic, typed by the English ones.
 * @module
 */
import type { DeskContainmentWords } from './containment.en';

export const ar: DeskContainmentWords = {
  containment: {
    title: 'حماية الحساب',
    action: 'إجراء المنصة',
    state: 'الحالة',
    attempts: 'المحاولات',
    requested: 'وقت الطلب',
    details: 'التفاصيل',
    origin: 'بدأ القفلَ: {origin}',
    origins: {
      desk: 'فريق الدعم (تجميد)',
      session: 'صاحب الحساب، أثناء تسجيل دخوله',
      link: 'صاحب الحساب، عبر رابط القفل',
    },
    lock: {
      requested: 'طُلب القفل ولم يسرِ بعد: لم تؤكده المنصة',
      in_force: 'الحساب مقفل',
      failed: 'فشل القفل',
      released: 'رُفع القفل',
    },
    release: {
      cooling_off: 'طلب صاحب الحساب رفع القفل: سيُرفع في {date} ما لم يُلغه رابط قفل',
      releasing: 'حان موعد رفع القفل الذي طلبه صاحب الحساب ({date}): المنصة تلغي قفل الحساب',
      done: 'رُفع بناءً على طلب صاحب الحساب في {date}',
      cancelled: 'ألغى قفل جديد طلب صاحب الحساب لرفع القفل',
    },
    actions: {
      lock_account: 'قفل الحساب',
      unlock_account: 'إلغاء قفل الحساب',
      sign_out_everywhere: 'تسجيل الخروج من كل الأجهزة',
      revoke_credential: 'إزالة بيانات اعتماد',
      hold_risky_actions: 'إيقاف عمليات السحب وتغييرات الأمان',
    },
    states: {
      requested: 'مطلوب',
      retrying: 'فشل، جارٍ إعادة المحاولة',
      done: 'تم',
      failed: 'فشل',
    },
    reasons: {
      platform_error: 'ردت المنصة بخطأ',
      timeout: 'لم ترد المنصة في الوقت المحدد',
      refused: 'رفضت المنصة ذلك',
      not_configured: 'لا توفر المنصة هذا الإجراء',
      given_up: 'استمر فشل المنصة: توقفت إعادة المحاولة، ويجب أن يتدخل الدعم',
    },
    until: 'حتى {date}',
  },
};
