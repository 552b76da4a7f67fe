"""Markup and script that a participant might type, on purpose or by pasting.

Each payload that could run sets ``window.__xss`` or opens a dialog, so a test only has to
check that the sentinel stays unset and no dialog fired; each must also be shown literally.
"""

from __future__ import annotations

RLO = "\u202e"  # right-to-left override: makes "txt.exe" read as "exe.txt"

PAYLOADS: tuple[str, ...] = (
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=2">',
    "<svg onload=window.__xss=3>",
    "<svg><script>window.__xss=4</script></svg>",
    '<a href="javascript:window.__xss=5">my portfolio</a>',
    '<iframe src="javascript:parent.__xss=6"></iframe>',
    '<body onload="window.__xss=7">',
    "<details open ontoggle=window.__xss=8>",
    '"><img src=x onerror=window.__xss=9>',
    "'><svg onload=window.__xss=10>",
    "</textarea><script>window.__xss=11</script>",
    "</div></td></table><script>window.__xss=12</script>",
    "&lt;script&gt;window.__xss=13&lt;/script&gt;",
    "&#60;img src=x onerror=window.__xss=14&#62;",
    "<style>body{display:none}</style>Hidden?",
    '<div style="position:fixed;inset:0;background:red">cover</div>',
    '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=17">',
    "<!--<img src=x onerror=window.__xss=18>-->",
    "{{7*7}} ${7*7} <%= 7*7 %>",
    '=HYPERLINK("http://evil.example","click")',
    f"Report{RLO}fdp.exe",
    "<scr<script>ipt>window.__xss=22</scr</script>ipt>",
    "<img src=x onerror=window.__xss=23 " + "A" * 1_500 + ">",
    '<object data="javascript:window.__xss=24"></object>',
)
assert len(PAYLOADS) >= 20

# A payload long enough to test size limits and layout, built from the others.
LONG_PAYLOAD = (" ".join(PAYLOADS) * 3)[:4_000]
