"""XSS payloads in the style of the OWASP XSS Filter Evasion Cheat Sheet.

Each template runs `{js}`; it is filled with `alert(1)` (caught as a dialog) and with
`window.__xss=1` (checked after the page settles), giving more than 100 payloads.
All stay under 150 characters so they fit every CharField they are stored in.
"""

from __future__ import annotations

TEMPLATES = [
    "<script>{js}</script>",
    "<SCRIPT>{js}</SCRIPT>",
    "<ScRiPt>{js}</sCrIpT>",
    "<<SCRIPT>{js};//<</SCRIPT>",
    "<scr<script>ipt>{js}</scr</script>ipt>",
    '"><script>{js}</script>',
    "'><script>{js}</script>",
    "</script><script>{js}</script>",
    "</title><script>{js}</script>",
    "</textarea><script>{js}</script>",
    "</style><script>{js}</script>",
    "<img src=x onerror={js}>",
    '<img src=x onerror="{js}">',
    '<IMG SRC=/ onerror="{js}"></img>',
    "<img src onerror={js}>",
    '"><img src=x onerror={js}>',
    "'><img src=x onerror={js}>",
    "<img src=\"x\" onerror='{js}'/>",
    "<svg onload={js}>",
    "<svg/onload={js}>",
    "<svg><script>{js}</script></svg>",
    "<svg><animate onbegin={js} attributeName=x dur=1s>",
    "<body onload={js}>",
    "<details open ontoggle={js}>",
    '<video><source onerror="{js}"></video>',
    "<audio src=x onerror={js}>",
    "<input autofocus onfocus={js}>",
    "<select autofocus onfocus={js}>",
    "<textarea autofocus onfocus={js}>",
    "<marquee onstart={js}>x</marquee>",
    '<iframe src="javascript:{js}"></iframe>',
    '<iframe srcdoc="<script>parent.{js}</script>"></iframe>',
    '<object data="javascript:{js}"></object>',
    '<embed src="javascript:{js}">',
    '<a href="javascript:{js}">click</a>',
    '<a href="&#106;avascript:{js}">click</a>',
    '<form><button formaction="javascript:{js}">x</button></form>',
    "<math><mtext><table><mglyph><style><img src=x onerror={js}>",
    '<!--<img src="--><img src=x onerror={js}//">',
    '<div style="background:url(javascript:{js})">x</div>',
    '<meta http-equiv="refresh" content="0;url=javascript:{js}">',
    '<base href="javascript:{js}//">',
    "<x onmouseover={js}>hover</x>",
    "<style onload={js}></style>",
    '<link rel=stylesheet href="javascript:{js}">',
    '";{js};//',
    "';{js};//",
    '\\";{js};//',
    "{{{{constructor.constructor('{js}')()}}}}",
    "${{{js}}}",
    "javascript:{js}",
    "data:text/html,<script>{js}</script>",
    "&lt;script&gt;{js}&lt;/script&gt;",
    "&#60;script&#62;{js}&#60;/script&#62;",
    r"\u003cscript\u003e{js}\u003c/script\u003e",
    "<img src=x onerror=&#x61;&#x6C;&#x65;&#x72;&#x74;(1);{js}>",
]

ACTIONS = ["alert(1)", "window.__xss=1"]

PAYLOADS = [template.format(js=js) for template in TEMPLATES for js in ACTIONS]

assert len(PAYLOADS) >= 100 and len(set(PAYLOADS)) == len(PAYLOADS)
assert max(len(p) for p in PAYLOADS) < 150
