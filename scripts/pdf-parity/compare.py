# Drafts each text and its PDF; prints texts whose mandates (paragraph, actor, due) differ.
import json, os, sys, subprocess
B = os.environ.get('B', 'target/release/oic-track')
src, out = sys.argv[1], sys.argv[2]
ext = sys.argv[3] if len(sys.argv) > 3 else 'pdf'
def draft(p):
    r = subprocess.run([B, 'draft', '--format', 'json', '--today', '2026-12-06', p], capture_output=True, text=True)
    if r.returncode != 0: return None, r.stderr.strip()[:200]
    j = json.loads(r.stdout)
    return [(m['paragraph'], tuple(m['actor']), m['due']) for m in j['mandates']], j.get('adopted')
n = same = ta = tb = common = 0
for f in sorted(os.listdir(src)):
    if not f.endswith('.txt'): continue
    p = os.path.join(out, f[:-4] + '.' + ext)
    if not os.path.exists(p): print('MISSING', p); continue
    a, ad_a = draft(os.path.join(src, f)); b, ad_b = draft(p)
    n += 1
    if a is None or b is None: print('ERR', f, ad_a if a is None else ad_b); continue
    ta += len(a); tb += len(b)
    if os.environ.get('NOPARA'):
        a = [(0,)+x[1:] for x in a]; b = [(0,)+x[1:] for x in b]
    sa, sb = set(a), set(b); common += len(sa & sb)
    if sa == sb and ad_a == ad_b: same += 1; continue
    print('DIFF', f, len(a), len(b), 'adopted', ad_a, ad_b)
    for x in sorted(sa - sb, key=str): print('  text only', x)
    for x in sorted(sb - sa, key=str): print('  pdf only ', x)
print(f'{n} texts, {same} the same; mandates from text {ta}, from {ext} {tb}, in both {common}')
