// Lantern Wallet help center: language switch, shared header and footer. Plain DOM, no framework.
const LANGS = ['en', 'zh-CN'];
const NAV = [
  ['index.html', 'Help center', '帮助中心'],
  ['report.html', 'My account was stolen', '我的账号被盗了'],
  ['track.html', 'Track my case', '查看案件进度'],
  ['secure.html', 'Secure my account', '保护我的账号'],
  ['desk.html', 'Support desk', '客服工作台'],
  ['mailbox.html', 'Demo mailbox', '演示邮箱'],
  ['platform.html', 'Platform webhooks', '平台 Webhook'],
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
};

function chosenLang() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (LANGS.includes(fromUrl)) return fromUrl;
  const saved = localStorage.getItem('lantern.lang');
  if (LANGS.includes(saved)) return saved;
  return navigator.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
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

function render(lang) {
  const t = TEXT[lang];
  document.documentElement.lang = lang;
  const title = document.querySelector(`meta[name="title-${lang}"]`)?.content;
  if (title) document.title = title;
  for (const node of document.querySelectorAll('[data-lang]')) node.hidden = node.dataset.lang !== lang;

  const page = location.pathname.split('/').pop() || 'index.html';
  const list = el('ul');
  for (const [href, en, zh] of NAV) {
    const a = el('a', { href: `${href}?lang=${lang}` }, lang === 'en' ? en : zh);
    if (href === page) a.setAttribute('aria-current', 'page');
    list.append(el('li', {}, a));
  }
  const buttons = el('div', { class: 'lang', role: 'group', 'aria-label': t.lang });
  for (const [code, label] of [
    ['en', 'English'],
    ['zh-CN', '简体中文'],
  ]) {
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
  document.querySelector('footer.site').replaceChildren(el('p', {}, t.footer));
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
