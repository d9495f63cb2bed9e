// Lantern Wallet help center: language switch, shared header and footer. Plain DOM, no framework.
// The six languages the widgets ship, each named in itself. The page's own text exists in each of
// them (a block per language, data-lang="<tag>"); a language without its own block would show the
// English one, marked lang="en" dir="ltr".
const LANGS = ['en', 'zh-CN', 'zh-TW', 'ja', 'es', 'ar'];
const NAMES = {
  en: 'English',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  ja: '日本語',
  es: 'Español',
  ar: 'العربية',
};
const RTL = new Set(['ar']);
/** The language whose page text is shown: its own, else English. */
const pageLang = (lang) => (lang in TEXT ? lang : 'en');
const NAV = [
  [
    'index.html',
    {
      en: 'Help center',
      'zh-CN': '帮助中心',
      'zh-TW': '說明中心',
      ja: 'ヘルプセンター',
      es: 'Centro de ayuda',
      ar: 'مركز المساعدة',
    },
  ],
  [
    'report.html',
    {
      en: 'My account was stolen',
      'zh-CN': '我的账号被盗了',
      'zh-TW': '我的帳號被盜了',
      ja: 'アカウントを乗っ取られた',
      es: 'Me robaron la cuenta',
      ar: 'سُرق حسابي',
    },
  ],
  [
    'track.html',
    {
      en: 'Track my case',
      'zh-CN': '查看案件进度',
      'zh-TW': '查看案件進度',
      ja: 'ケースの状況を確認',
      es: 'Seguir mi caso',
      ar: 'متابعة حالتي',
    },
  ],
  [
    'secure.html',
    {
      en: 'Secure my account',
      'zh-CN': '保护我的账号',
      'zh-TW': '保護我的帳號',
      ja: 'アカウントを保護する',
      es: 'Proteger mi cuenta',
      ar: 'تأمين حسابي',
    },
  ],
  [
    'desk.html',
    {
      en: 'Support desk',
      'zh-CN': '客服工作台',
      'zh-TW': '客服工作台',
      ja: 'サポートデスク',
      es: 'Mesa de soporte',
      ar: 'مكتب الدعم',
    },
  ],
  [
    'mailbox.html',
    {
      en: 'Demo mailbox',
      'zh-CN': '演示邮箱',
      'zh-TW': '示範信箱',
      ja: 'デモ用メールボックス',
      es: 'Buzón de demostración',
      ar: 'صندوق بريد العرض التوضيحي',
    },
  ],
  [
    'platform.html',
    {
      en: 'Platform webhooks',
      'zh-CN': '平台 Webhook',
      'zh-TW': '平台 Webhook',
      ja: 'プラットフォームの Webhook',
      es: 'Webhooks de la plataforma',
      ar: 'خطافات الويب للمنصة',
    },
  ],
];
const TEXT = {
  en: {
    skip: 'Skip to content',
    brand: 'Lantern Wallet Help',
    lang: 'Language',
    footer:
      'Lantern Wallet is a fictional platform. This demo runs Recourse on an embedded database on your machine.',
  },
  'zh-CN': {
    skip: '跳到正文',
    brand: '灯笼钱包帮助中心',
    lang: '语言',
    footer: '灯笼钱包是虚构的平台。本演示在您本机的内嵌数据库上运行 Recourse。',
  },
  'zh-TW': {
    skip: '跳到主要內容',
    brand: '燈籠錢包說明中心',
    lang: '語言',
    footer: '燈籠錢包是虛構的平台。本示範在您電腦上的內嵌資料庫中執行 Recourse。',
  },
  ja: {
    skip: '本文へ移動',
    brand: 'Lantern Wallet ヘルプ',
    lang: '言語',
    footer:
      'Lantern Wallet は架空のプラットフォームです。このデモは、お使いのコンピューター上の組み込みデータベースで Recourse を動かしています。',
  },
  es: {
    skip: 'Ir al contenido',
    brand: 'Ayuda de Lantern Wallet',
    lang: 'Idioma',
    footer:
      'Lantern Wallet es una plataforma ficticia. Esta demostración ejecuta Recourse sobre una base de datos integrada en su equipo.',
  },
  ar: {
    skip: 'انتقل إلى المحتوى',
    brand: 'مساعدة \u2068Lantern Wallet\u2069',
    lang: 'اللغة',
    footer:
      'إن \u2068Lantern Wallet\u2069 منصة خيالية. يشغّل هذا العرض التوضيحي \u2068Recourse\u2069 على قاعدة بيانات مدمجة في جهازك.',
  },
};

/** A shipped language for a tag: exact, Chinese by script or region, else by primary subtag, else null. */
function match(tag) {
  if (!tag) return null;
  if (LANGS.includes(tag)) return tag;
  const [primary, ...rest] = tag.toLowerCase().split(/[-_]/);
  if (primary === 'zh')
    return rest.includes('hant') ||
      (!rest.includes('hans') && rest.some((s) => ['tw', 'hk', 'mo'].includes(s)))
      ? 'zh-TW'
      : 'zh-CN';
  return LANGS.includes(primary) ? primary : null;
}

function chosenLang() {
  return (
    match(new URLSearchParams(location.search).get('lang')) ??
    match(localStorage.getItem('lantern.lang')) ??
    match(navigator.language) ??
    'en'
  );
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function logo() {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '28');
  svg.setAttribute('viewBox', '0 0 28 28');
  svg.setAttribute('aria-hidden', 'true');
  const body = document.createElementNS(ns, 'path');
  body.setAttribute('d', 'M9 6h10l3 5v9l-3 4H9l-3-4v-9z');
  body.setAttribute('fill', 'var(--brand)');
  const flame = document.createElementNS(ns, 'path');
  flame.setAttribute('d', 'M14 11c2 2 2 4 0 6-2-2-2-4 0-6z');
  flame.setAttribute('fill', 'var(--brand-ink)');
  svg.append(body, flame);
  return svg;
}

let shown;

function render(lang) {
  shown = lang;
  const text = pageLang(lang);
  const t = TEXT[text];
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.has(lang) ? 'rtl' : 'ltr';
  const title = document.querySelector(`meta[name="title-${text}"]`)?.content;
  if (title) document.title = title;
  for (const node of document.querySelectorAll('[data-lang]')) {
    node.hidden = node.dataset.lang !== text;
    // English shown on a page in another language: say so, and keep it left to right.
    if (node.dataset.lang === text && text !== lang) {
      node.lang = text;
      node.dir = 'ltr';
    } else {
      node.removeAttribute('lang');
      node.removeAttribute('dir');
    }
  }

  const page = location.pathname.split('/').pop() || 'index.html';
  const list = el('ul');
  for (const [href, names] of NAV) {
    const a = el('a', { href: `${href}?lang=${lang}` }, names[text]);
    if (text !== lang) a.lang = text;
    if (href === page) a.setAttribute('aria-current', 'page');
    list.append(el('li', {}, a));
  }
  const buttons = el('div', { class: 'lang', role: 'group', 'aria-label': t.lang });
  for (const [code, label] of Object.entries(NAMES)) {
    const b = el('button', { type: 'button', lang: code, 'aria-pressed': String(code === lang) }, label);
    b.addEventListener('click', () => switchTo(code));
    buttons.append(b);
  }
  const header = document.querySelector('header.site');
  header.replaceChildren(
    el('a', { class: 'skip', href: '#content' }, t.skip),
    el(
      'div',
      { class: 'bar' },
      el('a', { class: 'logo', href: `index.html?lang=${lang}` }, logo(), t.brand),
      el('nav', { class: 'main', 'aria-label': t.brand }, list),
      buttons,
    ),
  );
  document
    .querySelector('footer.site')
    .replaceChildren(el('p', text === lang ? {} : { lang: text, dir: 'ltr' }, t.footer));
}

function switchTo(lang) {
  localStorage.setItem('lantern.lang', lang);
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
  render(lang);
  document.dispatchEvent(new CustomEvent('lantern-lang', { detail: lang }));
}

render(chosenLang());

// Follows <html lang>: a script of the platform's page that sets it switches the page too.
new MutationObserver(() => {
  const lang = match(document.documentElement.lang);
  if (lang && lang !== shown) switchTo(lang);
}).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
