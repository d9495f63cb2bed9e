// "Secure my account": the demo sign-in (POST /demo/sign-in, an HttpOnly session cookie), then
// <recourse-totp-setup> for the signed-in account. The password goes only in the request body;
// nothing is stored. Every value is set with textContent.
const WORDS = {
  en: {
    who: (name) => `Signed in as ${name}`,
    missing: 'Enter your username and password.',
    wrong: 'That username and password do not match a demo account.',
    limited: 'Too many tries. Wait a few minutes, then try again.',
    failed: 'Could not reach the server. Check your connection and try again.',
  },
  'zh-CN': {
    who: (name) => `已登录：${name}`,
    missing: '请输入用户名和密码。',
    wrong: '用户名或密码与演示账号不符。',
    limited: '尝试次数过多，请过几分钟再试。',
    failed: '无法连接服务器，请检查网络后重试。',
  },
  'zh-TW': {
    who: (name) => `已登入：${name}`,
    missing: '請輸入使用者名稱和密碼。',
    wrong: '使用者名稱或密碼與示範帳號不符。',
    limited: '嘗試次數過多，請過幾分鐘再試。',
    failed: '無法連線到伺服器，請檢查網路後再試一次。',
  },
  ja: {
    who: (name) => `${name} としてログイン中`,
    missing: 'ユーザー名とパスワードを入力してください。',
    wrong: 'そのユーザー名とパスワードに一致するデモ用アカウントはありません。',
    limited: '試行回数が多すぎます。数分待ってから、もう一度お試しください。',
    failed: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
  },
  es: {
    who: (name) => `Sesión iniciada como ${name}`,
    missing: 'Ingrese su usuario y su contraseña.',
    wrong: 'Ese usuario y esa contraseña no coinciden con ninguna cuenta de demostración.',
    limited: 'Demasiados intentos. Espere unos minutos y vuelva a intentarlo.',
    failed: 'No se pudo conectar con el servidor. Revise su conexión y vuelva a intentarlo.',
  },
  ar: {
    who: (name) => `تم تسجيل الدخول باسم \u2068${name}\u2069`,
    missing: 'أدخِل اسم المستخدم وكلمة المرور.',
    wrong: 'اسم المستخدم وكلمة المرور هذان لا يطابقان أي حساب في العرض التوضيحي.',
    limited: 'محاولات كثيرة جدًا. انتظر بضع دقائق، ثم حاول مرة أخرى.',
    failed: 'تعذّر الوصول إلى الخادم. تحقق من اتصالك وحاول مرة أخرى.',
  },
};

const form = document.getElementById('sign-in');
const panel = document.getElementById('signed-in');
const who = document.getElementById('who');
const error = document.getElementById('sign-in-error');
const slot = document.getElementById('totp-slot');
let account = null;
let problem = null;

const words = () =>
  Object.hasOwn(WORDS, document.documentElement.lang) ? WORDS[document.documentElement.lang] : WORDS.en;

function paint() {
  const w = words();
  error.textContent = problem ? w[problem] : '';
  who.textContent = account ? w.who(account.accountName) : '';
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
    if (response.ok) {
      password.value = '';
      show(await response.json(), true);
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
