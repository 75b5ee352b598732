#!/usr/bin/env python3
# Each crate's share of a wasm gzipped on its own: the function bodies of
# the items twiggy would name for that crate, concatenated and gzip -9ed,
# and the data section apart. Run on the wasm after wasm-bindgen and before
# wasm-opt (names kept), e.g. as bench/twiggy.sh makes it:
#   python3 bench/wasm-parts.py OUT/napcheck_web_bg.wasm
# The groups add up to more than the whole, each being compressed apart.
import sys, zlib, gzip, re, collections
d = open(sys.argv[1], 'rb').read()
def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i
i = 8; secs = []
while i < len(d):
    sid = d[i]; i += 1; size, i = leb(d, i); secs.append((sid, i, size)); i += size
nimp = 0; bodies = []; names = {}; data = b''
for sid, off, size in secs:
    b = d[off:off+size]
    if sid == 2:
        n, j = leb(b, 0)
        for _ in range(n):
            l, j = leb(b, j); j += l; l, j = leb(b, j); j += l
            kind = b[j]; j += 1
            if kind == 0: _, j = leb(b, j); nimp += 1
            elif kind == 1: j += 1; fl = b[j]; j += 1; _, j = leb(b, j); j = leb(b, j)[1] if fl & 1 else j
            elif kind == 2: fl = b[j]; j += 1; _, j = leb(b, j); j = leb(b, j)[1] if fl & 1 else j
            elif kind == 3: j += 2
    elif sid == 10:
        n, j = leb(b, 0)
        for _ in range(n):
            l, j = leb(b, j); bodies.append(b[j:j+l]); j += l
    elif sid == 11:
        data += b
    elif sid == 0:
        l, j = leb(b, 0); nm = b[j:j+l]; j += l
        if nm == b'name':
            while j < len(b):
                sub = b[j]; j += 1; sl, j = leb(b, j); end = j + sl
                if sub == 1:
                    n, k = leb(b, j)
                    for _ in range(n):
                        idx, k = leb(b, k); l, k = leb(b, k); names[idx] = b[k:k+l].decode('utf8', 'replace'); k += l
                j = end
def crate(name):
    s = re.sub(r'^(<|&mut |&|\*const |\*mut |\[|\(|dyn )+', '', name)
    m = re.match(r'([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::', s)
    return m.group(1) if m else '(other)'
groups = collections.defaultdict(list)
for k, body in enumerate(bodies):
    groups[crate(names.get(nimp + k, ''))].append(body)
groups['(data: strings, embedded JSON)'] = [data]
whole = sum(len(zlib.compress(b''.join(v), 9)) for v in groups.values())
allgz = len(gzip.compress(b''.join(b''.join(v) for v in groups.values()), 9))
print(f'| part | raw bytes | gzip -9 alone |')
print('|---|---:|---:|')
for c, v in sorted(groups.items(), key=lambda kv: -sum(map(len, kv[1]))):
    raw = sum(map(len, v))
    if raw < 2000: continue
    print(f'| {c} | {raw:,} | {len(gzip.compress(b"".join(v), 9)):,} |')
print(f'| all code and data together | {sum(len(b) for v in groups.values() for b in v):,} | {allgz:,} |')
