// The demo mailbox (GET /demo/mailbox): what the demo's SMTP server received over SMTP, and the
// text messages. Every value is set with textContent; an email's HTML part is shown only inside a
// sandboxed frame (no scripts, no same-origin) loaded from a blob: URL, never in this page's DOM.
const WORDS = {
  en: {
    time: 'Received',
    to: 'To',
    what: 'Message',
    empty: 'Nothing received yet.',
    external: 'Email is delivered to the SMTP server in SMTP_URL; only text messages would show here.',
    failed: 'Could not load the mailbox.',
    caption: 'Received notifications',
    html: 'HTML version (sandboxed, no scripts)',
    htmlTitle: 'HTML version of the email',
    headers: 'Headers',
    email: 'email',
    sms: 'text message',
  },
  'zh-CN': {
    time: '接收时间',
    to: '收件人',
    what: '内容',
    empty: '暂无消息。',
    external: '邮件已投递到 SMTP_URL 指定的 SMTP 服务器；这里只会显示短信。',
    failed: '无法加载邮箱。',
    caption: '收到的通知',
    html: 'HTML 版本（沙盒，禁止脚本）',
    htmlTitle: '邮件的 HTML 版本',
    headers: '邮件头',
    email: '邮件',
    sms: '短信',
  },
  'zh-TW': {
    time: '接收時間',
    to: '收件者',
    what: '內容',
    empty: '尚未收到任何訊息。',
    external: '郵件已投遞到 SMTP_URL 指定的 SMTP 伺服器；這裡只會顯示簡訊。',
    failed: '無法載入信箱。',
    caption: '收到的通知',
    html: 'HTML 版本（沙箱，禁止指令碼）',
    htmlTitle: '郵件的 HTML 版本',
    headers: '郵件標頭',
    email: '郵件',
    sms: '簡訊',
  },
  ja: {
    time: '受信日時',
    to: '宛先',
    what: 'メッセージ',
    empty: 'まだ何も届いていません。',
    external:
      'メールは SMTP_URL の SMTP サーバーに配信されます。ここにはテキストメッセージだけが表示されます。',
    failed: 'メールボックスを読み込めませんでした。',
    caption: '受信したお知らせ',
    html: 'HTML 版（サンドボックス、スクリプトなし）',
    htmlTitle: 'メールの HTML 版',
    headers: 'ヘッダー',
    email: 'メール',
    sms: 'テキストメッセージ',
  },
  es: {
    time: 'Recibido',
    to: 'Para',
    what: 'Mensaje',
    empty: 'Todavía no se recibió nada.',
    external:
      'El correo se entrega al servidor SMTP de SMTP_URL; aquí solo aparecerían los mensajes de texto.',
    failed: 'No se pudo cargar el buzón.',
    caption: 'Notificaciones recibidas',
    html: 'Versión HTML (aislada, sin scripts)',
    htmlTitle: 'Versión HTML del correo',
    headers: 'Encabezados',
    email: 'correo',
    sms: 'mensaje de texto',
  },
  ar: {
    time: 'وقت الاستلام',
    to: 'إلى',
    what: 'الرسالة',
    empty: 'لم يصل شيء بعد.',
    external:
      'يُسلَّم البريد الإلكتروني إلى خادم \u2068SMTP\u2069 المحدد في \u2068SMTP_URL\u2069؛ ولن تظهر هنا إلا الرسائل النصية.',
    failed: 'تعذّر تحميل صندوق البريد.',
    caption: 'الإشعارات المستلمة',
    html: 'نسخة \u2068HTML\u2069 (معزولة، بلا نصوص برمجية)',
    htmlTitle: 'نسخة \u2068HTML\u2069 من الرسالة',
    headers: 'الترويسات',
    email: 'بريد إلكتروني',
    sms: 'رسالة نصية',
  },
};

let blobUrls = [];
let lastKey = '';

function el(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function emailCell(m, w) {
  const cell = el('td');
  cell.append(el('strong', m.subject));
  const dl = el('dl');
  dl.className = 'mail-headers';
  dl.setAttribute('aria-label', w.headers);
  for (const [name, value] of [['from', m.from], ...m.headers]) {
    dl.append(el('dt', name), el('dd', value));
  }
  const pre = el('pre', m.text);
  pre.className = 'mail-text';
  cell.append(dl, pre);
  if (m.html) {
    const details = el('details');
    const summary = el('summary', w.html);
    const frame = el('iframe');
    // No allow-* token: no scripts, no forms, no same-origin, no top navigation.
    frame.setAttribute('sandbox', '');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.title = w.htmlTitle;
    frame.className = 'mail-html';
    const url = URL.createObjectURL(new Blob([m.html], { type: 'text/html;charset=utf-8' }));
    blobUrls.push(url);
    frame.src = url;
    details.append(summary, frame);
    cell.append(details);
  }
  return cell;
}

async function load() {
  const lang = Object.hasOwn(WORDS, document.documentElement.lang) ? document.documentElement.lang : 'en';
  const w = WORDS[lang];
  for (const [id, key] of [
    ['h-time', 'time'],
    ['h-to', 'to'],
    ['h-what', 'what'],
    ['mail-caption', 'caption'],
  ]) {
    document.getElementById(id).textContent = w[key];
  }
  const status = document.getElementById('mail-status');
  const rows = document.getElementById('mail-rows');
  try {
    const response = await fetch(`/demo/mailbox?lang=${encodeURIComponent(lang)}`, {
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw new Error(String(response.status));
    const { external, messages } = await response.json();
    // Rebuild only when something changed (an open HTML frame stays open between polls).
    const key = `${lang}:${messages.map((m) => m.id).join(',')}`;
    if (key !== lastKey) {
      lastKey = key;
      for (const url of blobUrls) URL.revokeObjectURL(url);
      blobUrls = [];
      rows.replaceChildren(
        ...messages.map((m) => {
          const tr = el('tr');
          const time = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(
            new Date(m.receivedAt),
          );
          tr.append(el('td', time), el('td', `${m.kind === 'sms' ? w.sms : w.email}: ${m.to.join(', ')}`));
          tr.append(m.kind === 'email' ? emailCell(m, w) : el('td', m.text));
          return tr;
        }),
      );
    }
    status.textContent = messages.length === 0 ? (external ? w.external : w.empty) : '';
  } catch {
    status.textContent = w.failed;
  }
}

load();
document.addEventListener('lantern-lang', () => {
  lastKey = '';
  load();
});
setInterval(load, 2000);
