// Lists what the demo platform's webhook receiver got (GET /demo/platform) and whether each
// signature held. Text only: every value is set with textContent.
const WORDS = {
  en: {
    time: 'Received',
    event: 'Event',
    case: 'Case · step',
    check: 'Signature',
    ok: 'Verified',
    duplicate: 'Verified (repeat, ignored)',
    refused: 'Refused',
    empty: 'Nothing received yet. File a report or act on a case at the desk.',
    failed: 'Could not load the receiver log.',
    caption: 'Webhooks received by the platform',
  },
  'zh-CN': {
    time: '接收时间',
    event: '事件',
    case: '案件 · 序号',
    check: '签名',
    ok: '已验证',
    duplicate: '已验证（重复，已忽略）',
    refused: '已拒绝',
    empty: '尚未收到任何事件。请提交一份报告，或在客服工作台处理案件。',
    failed: '无法加载接收记录。',
    caption: '平台收到的 Webhook',
  },
};

async function load() {
  const lang = document.documentElement.lang === 'zh-CN' ? 'zh-CN' : 'en';
  const w = WORDS[lang];
  for (const [id, key] of [
    ['h-time', 'time'],
    ['h-event', 'event'],
    ['h-case', 'case'],
    ['h-check', 'check'],
    ['hook-caption', 'caption'],
  ]) {
    document.getElementById(id).textContent = w[key];
  }
  const status = document.getElementById('hook-status');
  const rows = document.getElementById('hook-rows');
  try {
    const response = await fetch('/demo/platform', { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    const { received } = await response.json();
    const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' });
    rows.replaceChildren(
      ...received.map((r) => {
        const tr = document.createElement('tr');
        const check = r.verified ? (r.duplicate ? w.duplicate : w.ok) : `${w.refused}: ${r.error ?? ''}`;
        const cells = [
          when.format(new Date(r.receivedAt)),
          r.type ?? '—',
          r.verified ? `${r.caseNumber} · ${r.seq}` : '—',
          `${check} (v1 × ${r.signatures})`,
        ];
        for (const text of cells) {
          const td = document.createElement('td');
          td.textContent = text;
          tr.append(td);
        }
        return tr;
      }),
    );
    status.textContent = received.length === 0 ? w.empty : '';
  } catch {
    status.textContent = w.failed;
  }
}

load();
document.addEventListener('lantern-lang', load);
setInterval(load, 5000);
