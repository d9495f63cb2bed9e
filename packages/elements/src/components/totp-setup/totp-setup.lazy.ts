/**
 * Everything `<recourse-totp-setup>` shows, as one dynamic `import()` requested as soon as it
 * connects (in parallel with the status request of the default backend, which is in the initial
 * chunk): the views, styles, words and QR maker (lean-qr nano), and the two ways of keeping the
 * backup codes (a download, a print). See bench/size.mjs and ADR 0013.
 * @module
 */
export { TOTP_SETUP_CATALOGS } from './i18n';
export { TotpSetupController } from './totp-setup.controller';
export { styles } from './totp-setup.styles';
export { totpSetupView } from './totp-setup.view';

/** Downloads `text` as a .txt file named `name` (a Blob URL, revoked at once). */
export function saveText(root: Node, text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Prints only `text` (a blank iframe filled through the DOM, then removed). */
export function printText(text: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;opacity:0';
  document.body.appendChild(frame);
  const win = frame.contentWindow;
  if (win) {
    const pre = win.document.createElement('pre');
    pre.style.font = '16px ui-monospace, monospace';
    pre.textContent = text;
    win.document.body.appendChild(pre);
    win.addEventListener('afterprint', () => frame.remove());
    win.focus();
    win.print();
  }
  setTimeout(() => frame.remove(), 60_000);
}
