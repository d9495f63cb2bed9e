// Lists the notification outbox of the demo server (GET /demo/outbox). Text only: every value is
// set with textContent.
const WORDS = {
  en: {
    time: 'Queued',
    to: 'To',
    what: 'Message',
    empty: 'Nothing queued yet.',
    failed: 'Could not load the mailbox.',
    caption: 'Queued notifications',
  },
  'zh-CN': {
    time: '排队时间',
    to: '收件人',
    what: '内容',
    empty: '暂无消息。',
    failed: '无法加载邮箱。',
    caption: '排队中的通知',
  },
};

async function load() {
  const lang = document.documentElement.lang === 'zh-CN' ? 'zh-CN' : 'en';
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
    const response = await fetch('/demo/outbox', { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    const { messages } = await response.json();
    rows.replaceChildren(
      ...messages.map((m) => {
        const tr = document.createElement('tr');
        const time = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(m.createdAt),
        );
        for (const text of [time, `${m.channel}: ${m.recipient}`, m.text]) {
          const td = document.createElement('td');
          td.textContent = text;
          tr.append(td);
        }
        return tr;
      }),
    );
    status.textContent = messages.length === 0 ? w.empty : '';
  } catch {
    status.textContent = w.failed;
  }
}

load();
document.addEventListener('lantern-lang', load);
setInterval(load, 5000);
