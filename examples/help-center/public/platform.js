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
  'zh-TW': {
    time: '接收時間',
    event: '事件',
    case: '案件 · 序號',
    check: '簽章',
    ok: '已驗證',
    duplicate: '已驗證（重複，已忽略）',
    refused: '已拒絕',
    empty: '尚未收到任何事件。請提交一份報告，或在客服工作台處理案件。',
    failed: '無法載入接收紀錄。',
    caption: '平台收到的 Webhook',
  },
  ja: {
    time: '受信日時',
    event: 'イベント',
    case: 'ケース · 番号',
    check: '署名',
    ok: '検証済み',
    duplicate: '検証済み（重複、無視）',
    refused: '拒否',
    empty: 'まだ何も届いていません。報告を送るか、サポートデスクでケースを処理してください。',
    failed: '受信記録を読み込めませんでした。',
    caption: 'プラットフォームが受信した Webhook',
  },
  es: {
    time: 'Recibido',
    event: 'Evento',
    case: 'Caso · paso',
    check: 'Firma',
    ok: 'Verificada',
    duplicate: 'Verificada (repetida, ignorada)',
    refused: 'Rechazada',
    empty: 'Todavía no se recibió nada. Envíe un reporte o actúe sobre un caso en la mesa de soporte.',
    failed: 'No se pudo cargar el registro del receptor.',
    caption: 'Webhooks recibidos por la plataforma',
  },
  ar: {
    time: 'وقت الاستلام',
    event: 'الحدث',
    case: 'الحالة · الخطوة',
    check: 'التوقيع',
    ok: 'تم التحقق',
    duplicate: 'تم التحقق (مكرر، تم تجاهله)',
    refused: 'مرفوض',
    empty: 'لم يصل شيء بعد. قدّم بلاغًا أو اتخذ إجراءً بشأن حالة في مكتب الدعم.',
    failed: 'تعذّر تحميل سجل المستقبِل.',
    caption: 'خطافات الويب التي استلمتها المنصة',
  },
};

async function load() {
  const lang = Object.hasOwn(WORDS, document.documentElement.lang) ? document.documentElement.lang : 'en';
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
