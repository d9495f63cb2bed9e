// "Secure my account": the demo sign-in (POST /demo/sign-in, an HttpOnly session cookie), then
// <recourse-totp-setup> for the signed-in account. The password goes only in the request body;
// nothing is stored. Every value is set with textContent. A locked account is refused (423,
// `account_locked`, with its case number): the page says why and links the case.
const WORDS = {
  en: {
    who: (name) => `Signed in as ${name}`,
    missing: 'Enter your username and password.',
    wrong: 'That username and password do not match a demo account.',
    limited: 'Too many tries. Wait a few minutes, then try again.',
    failed: 'Could not reach the server. Check your connection and try again.',
    locked: 'This account is locked.',
    lockedCase: (number) => `case ${number}`,
  },
  'zh-CN': {
    who: (name) => `已登录：${name}`,
    missing: '请输入用户名和密码。',
    wrong: '用户名或密码与演示账号不符。',
    limited: '尝试次数过多，请过几分钟再试。',
    failed: '无法连接服务器，请检查网络后重试。',
    locked: '此账号已锁定。',
    lockedCase: (number) => `案件 ${number}`,
  },
  'zh-TW': {
    who: (name) => `已登入：${name}`,
    missing: '請輸入使用者名稱和密碼。',
    wrong: '使用者名稱或密碼與示範帳號不符。',
    limited: '嘗試次數過多，請過幾分鐘再試。',
    failed: '無法連線到伺服器，請檢查網路後再試一次。',
    locked: '此帳戶已鎖定。',
    lockedCase: (number) => `案件 ${number}`,
  },
  ja: {
    who: (name) => `${name} としてログイン中`,
    missing: 'ユーザー名とパスワードを入力してください。',
    wrong: 'そのユーザー名とパスワードに一致するデモ用アカウントはありません。',
    limited: '試行回数が多すぎます。数分待ってから、もう一度お試しください。',
    failed: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
    locked: 'このアカウントはロックされています。',
    lockedCase: (number) => `ケース ${number}`,
  },
  es: {
    who: (name) => `Sesión iniciada como ${name}`,
    missing: 'Ingrese su usuario y su contraseña.',
    wrong: 'Ese usuario y esa contraseña no coinciden con ninguna cuenta de demostración.',
    limited: 'Demasiados intentos. Espere unos minutos y vuelva a intentarlo.',
    failed: 'No se pudo conectar con el servidor. Revise su conexión y vuelva a intentarlo.',
    locked: 'Esta cuenta está bloqueada.',
    lockedCase: (number) => `caso ${number}`,
  },
  ar: {
    who: (name) => `تم تسجيل الدخول باسم \u2068${name}\u2069`,
    missing: 'أدخِل اسم المستخدم وكلمة المرور.',
    wrong: 'اسم المستخدم وكلمة المرور هذان لا يطابقان أي حساب في العرض التوضيحي.',
    limited: 'محاولات كثيرة جدًا. انتظر بضع دقائق، ثم حاول مرة أخرى.',
    failed: 'تعذّر الوصول إلى الخادم. تحقق من اتصالك وحاول مرة أخرى.',
    locked: 'هذا الحساب مقفل.',
    lockedCase: (number) => `البلاغ \u2068${number}\u2069`,
  },
};

const form = document.getElementById('sign-in');
const panel = document.getElementById('signed-in');
const who = document.getElementById('who');
const error = document.getElementById('sign-in-error');
const slot = document.getElementById('totp-slot');
const lockedBox = document.getElementById('locked');
let account = null;
let problem = null;
/** The case number of a refused, locked account (null: not locked). */
let lockedCase = null;

const words = () =>
  Object.hasOwn(WORDS, document.documentElement.lang) ? WORDS[document.documentElement.lang] : WORDS.en;

function paint() {
  const w = words();
  const lang = document.documentElement.lang === 'zh-CN' ? 'zh-CN' : 'en';
  error.textContent = problem ? w[problem] : '';
  who.textContent = account ? w.who(account.accountName) : '';
  lockedBox.hidden = problem !== 'locked';
  document.getElementById('locked-case').textContent = lockedCase ? w.lockedCase(lockedCase) : '';
  document.getElementById('locked-track').href = `track.html?lang=${lang}`;
  document.getElementById('locked-report').href = `report.html?lang=${lang}`;
}

/** The case number in a refused sign-in's answer, if it says the account is locked. */
async function lockedCaseOf(response) {
  if (response.status !== 423) return null;
  try {
    const body = await response.json();
    const number = typeof body.caseNumber === 'string' ? body.caseNumber : '';
    return /^[A-Z0-9-]{1,40}$/.test(number) ? number : '';
  } catch {
    return '';
  }
}

function show(me, focus) {
  account = me;
  problem = null;
  form.hidden = me !== null;
  panel.hidden = me === null;
  if (me) {
    if (!slot.firstElementChild) {
      const setup = document.createElement('recourse-totp-setup');
      setup.setAttribute('api-base', '/');
      slot.append(setup);
    }
  } else {
    slot.replaceChildren();
  }
  paint();
  if (focus) (me ? who : form.elements.namedItem('username')).focus();
}

async function call(method, path, body) {
  return fetch(path, {
    method,
    credentials: 'same-origin',
    cache: 'no-store',
    headers: body
      ? { 'content-type': 'application/json', accept: 'application/json' }
      : { accept: 'application/json' },
    body: body ? JSON.stringify(body) : null,
  });
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const username = form.elements.namedItem('username').value.trim();
  const password = form.elements.namedItem('password');
  if (!username || !password.value) {
    problem = 'missing';
    paint();
    return;
  }
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    const response = await call('POST', '/demo/sign-in', { username, password: password.value });
    lockedCase = await lockedCaseOf(response);
    if (response.ok) {
      password.value = '';
      show(await response.json(), true);
    } else if (lockedCase !== null) {
      password.value = '';
      problem = 'locked';
      paint();
      lockedBox.focus();
    } else {
      problem = response.status === 429 ? 'limited' : response.status === 401 ? 'wrong' : 'failed';
      paint();
    }
  } catch {
    problem = 'failed';
    paint();
  } finally {
    button.disabled = false;
  }
});

document.getElementById('sign-out').addEventListener('click', async () => {
  try {
    await call('POST', '/demo/sign-out');
  } catch {
    // The session ends on the server when it can; the page forgets it now.
  }
  show(null, true);
});

document.addEventListener('lantern-lang', paint);

who.tabIndex = -1;
try {
  const response = await call('GET', '/demo/me');
  const me = response.ok ? await response.json() : null;
  show(me?.signedIn ? me : null, false);
} catch {
  show(null, false);
}
