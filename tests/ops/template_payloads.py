"""Server-side template injection payloads (Jinja, Django, JS template literals and friends).

Articles come from untrusted feeds, so any text field may hold template syntax. Every payload
here must come out of a renderer as the same text, never evaluated. `CANARY` stands for a
directory the test watches: a payload that gets evaluated writes a file there (or runs `touch`),
so code execution is seen on disk, not only in the output. Call `payloads(canary_dir)`.
Each payload stays under 150 characters so it fits every CharField it is stored in, with the
suffixes tests/ops/world.py adds ("… offensive 99").
"""

from __future__ import annotations

from pathlib import Path

# Jinja2 (folium/branca render through it): expressions, statements, sandbox escapes, syntax
# errors and undefined names that crash a render, delimiters that close the surrounding block.
JINJA = [
    "{{ 7*7 }}",
    "{{7*'7'}}",
    "{{ 7 * 191 }}",
    "{{- 7*7 -}}",
    "{{ cycler.__init__.__globals__.os.system('touch CANARY/cycler') }}",
    "{{ joiner.__init__.__globals__.os.popen('touch CANARY/joiner; id').read() }}",
    "{{ namespace.__init__.__globals__.os.system('touch CANARY/namespace') }}",
    "{{ lipsum.__globals__['os'].system('touch CANARY/lipsum') }}",
    "{{ lipsum.__globals__.__builtins__.open('CANARY/open','w').write('x') }}",
    (
        "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.system('touch "
        "CANARY/ref') }}"
    ),
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ [].__class__.__base__.__subclasses__()[0] }}",
    "{{ 'a'|attr('__class__') }}",
    "{{ this }}{{ this.data_json }}{{ kwargs }}",
    "{{ this._parent.get_name() }}",
    "{{ config.items() }}",
    "{{ range(10)|list }}",
    "{{ x|nosuchfilter }}",
    "{{ undefined_thing.attr.deeper }}",
    "{{ 1/0 }}",
    "{% debug %}",
    "{%+ debug %}",
    "{% for i in range(3) %}loop{{ i }}{% endfor %}",
    "{% if true %}evaluated{% endif %}",
    "{%- if 1 -%}trimmed{%- endif -%}",
    "{% set x = 'set' %}{{ x }}",
    "{% include 'CANARY/include.html' %}",
    "{% import 'os' as os %}",
    "{% extends 'base.html' %}",
    "{% macro script(this, kwargs) %}x{% endmacro %}",
    "{% endmacro %}{% macro script(this, kwargs) %}",
    "{% endfor %}",
    "{% endraw %}{{ 7*7 }}{% raw %}",
    "{# hidden comment #}visible",
    "{{ unterminated",
    "{% unterminated",
    "{# unterminated",
    "}} %} #} stray closers",
    "{{ \"}}\" }}{{ '{{7*7}}' }}",
    "# for x in range(3)\n## line comment",
]

# Django template language.
DJANGO = [
    "{{ settings.SECRET_KEY }}",
    "{% load static %}{% static 'x' %}",
    "{% csrf_token %}",
    '{% now "Y" %}',
    "{% templatetag openvariable %} 7*7 {% templatetag closevariable %}",
    "{% verbatim %}{{ 7*7 }}{% endverbatim %}",
    "{{ block.super }}",
    "{% ssi '/etc/passwd' %}",
    "{{ request.user.password }}",
    "{% url 'admin:index' %}",
    "{% lorem 3 w %}",
]

# JavaScript template literals, client-side template engines, other server engines, shells.
OTHER_ENGINES = [
    "${7*7}",
    "${alert(1)}",
    "`${window.__tpl=1}`",
    "`;window.__tpl=1;`",
    "${{7*7}}",
    "#{7*7}",
    "*{7*7}",
    "[[${7*7}]]",
    "@(7*7)",
    "<%= 7*7 %>",
    "<%= File.open('CANARY/erb', 'w') %>",
    "{{constructor.constructor('window.__tpl=1')()}}",
    "{{=7*7}}",
    "{php}echo 7*7;{/php}",
    '<#assign ex="freemarker.template.utility.Execute"?new()>${ ex("id") }',
    "{0} {1} {name} {0.__class__} %s %d %(x)s %% {{}}",
    "$(touch CANARY/dollar)",
    "`touch CANARY/backtick`",
    "; touch CANARY/semicolon #",
]

# Breaking out of quotes, script elements, comments and CDATA around the data.
BREAKOUTS = [
    '"}}{{ 7*7 }}{{"',
    "'); window.__tpl=1; //",
    '"); window.__tpl=1; //',
    '\\"}); window.__tpl=1; //',
    '"]}]}); window.__tpl=1; //',
    "</script><script>window.__tpl=1</script>",
    "</SCRIPT ><script>alert(1)</script>",
    "<!--<script>",
    "]]></script><![CDATA[",
    "<img src=x onerror=alert(1)>{{ 7*7 }}",
    '"><svg onload=alert(1)>${7*7}',
    "<style>body{display:none}</style>",
    "\u2028window.__tpl=1\u2029",
    "\\' \\\" \\\\ \\n \\u0041",
    "\\u007b\\u007b 7*7 \\u007d\\u007d",
    "&#123;&#123;7*7&#125;&#125; &lt;/script&gt;",
    "\uff5b\uff5b7*7\uff5d\uff5d \uff05",
    # The export's own placeholders for the files it inlines.
    '<script src="conflictmap-inline:export.js"></script> conflictmap-inline:',
]

TEMPLATES = JINJA + DJANGO + OTHER_ENGINES + BREAKOUTS

# What `id` prints: seen anywhere in the output, a command ran.
COMMAND_OUTPUT = "uid="


def payloads(canary_dir: Path) -> list[str]:
    """The payloads with CANARY pointing into `canary_dir` (an absolute path)."""
    return [p.replace("CANARY", str(canary_dir)) for p in TEMPLATES]


assert len(TEMPLATES) >= 50 and len(set(TEMPLATES)) == len(TEMPLATES)
assert max(len(p) for p in TEMPLATES) < 120  # leaves room for a /tmp canary directory
