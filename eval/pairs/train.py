#!/usr/bin/env python3
"""Trains the pair model (src/main/resources/extract/pair-model.tsv) from candidate pairs and gold.

    python3 eval/pairs/train.py PAIRS.jsonl GOLD_DIR [--hold PREFIXES] [--out FILE] [--l2 X]

PAIRS.jsonl is what extraction appends with -Dkg.pairs.dump=FILE: one line per pair of mentions of
a sentence, with its features (the rules' edges between the two among them: type, direction,
method), the names of both entities and those edges again as `rule`. A pair's class is the gold
relation between the two entities in its document (type and direction relative to text order;
PARTNERS_WITH has one direction), else NONE.
The rules' edges are features, so the model learns both where the rules are wrong and what they
miss. Documents whose names start with one of the --hold prefixes are left out and reported apart;
what the model would add (edges no rule made, above a threshold) and what it would drop (rule edges
it finds unlikely; measured, not used by the extractor) is reported by leave-one-set-out
cross-validation, a set being dev or one holdout folder.
"""
import json, os, re, sys, unicodedata, collections
import numpy as np
from scipy import sparse, optimize

def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    return re.sub(r"[\s《》<>\"'“”‘’「」]", "", s)

def forms(name, aliases):
    return {norm(x) for x in [name] + list(aliases or []) if norm(x)}

def load_gold(dirs):
    gold = {}
    for d in dirs:
        for f in os.listdir(d):
            if f.endswith('.json') and f != 'usecases.json':
                g = json.load(open(os.path.join(d, f), encoding='utf-8'))
                byname = {norm(e['name']): forms(e['name'], e.get('aliases')) for e in g['entities']}
                rels = []
                for r in g['relations']:
                    s = byname.get(norm(r['source']), {norm(r['source'])})
                    t = byname.get(norm(r['target']), {norm(r['target'])})
                    rels.append((s, [r['type']] + list(r.get('alt_types') or []), t))
                gold[f[:-5]] = rels
    return gold

def set_of(doc):
    m = re.match(r'h(\d+)_', doc)
    return 'dev' if not m else 'h%d' % ((int(m.group(1)) - 1) // 8 + 1)

def classes_of(row, gold):
    """The classes the gold accepts for a pair (a type and its alternatives), [] for none, None without gold."""
    rels = gold.get(os.path.splitext(row['doc'])[0])
    if rels is None:
        return None
    a = forms(row['a']['name'], row['a']['aliases'])
    b = forms(row['b']['name'], row['b']['aliases'])
    out = []
    for s, types, t in rels:
        for ty in types:
            if ty == 'PARTNERS_WITH' and ((s & a and t & b) or (s & b and t & a)):
                out.append('PARTNERS_WITH>')
            elif s & a and t & b:
                out.append(ty + '>')
            elif s & b and t & a:
                out.append(ty + '<')
    return out

def rule_edges(row):
    """The rules' edges of a pair as (class, method)."""
    edges = []
    for x in row['rule'].split():
        c, m = x.split('@', 1)
        if c == 'PARTNERS_WITH<':
            c = 'PARTNERS_WITH>'
        edges.append((c, m))
    return edges

def features(row):
    """What the model reads of a pair: the features the extractor wrote, the rules' edges among them."""
    return list(dict.fromkeys(row['f']))

def train(X, y, ncls, l2):
    n, d = X.shape
    Y = np.zeros((n, ncls)); Y[np.arange(n), y] = 1
    def f(w):
        W = w.reshape(d, ncls)
        S = X @ W
        S -= S.max(axis=1, keepdims=True)
        P = np.exp(S); P /= P.sum(axis=1, keepdims=True)
        loss = -np.sum(Y * np.log(P + 1e-12)) + 0.5 * l2 * np.sum(W * W)
        return loss, (X.T @ (P - Y) + l2 * W).ravel()
    return optimize.minimize(f, np.zeros(d * ncls), jac=True, method='L-BFGS-B', options={'maxiter': 400}).x.reshape(d, ncls)

def matrix(rows, vocab):
    data, ind, ptr = [], [], [0]
    for r in rows:
        idx = sorted({vocab[f] for f in r['x'] if f in vocab})
        ind += idx; data += [1.0] * len(idx); ptr.append(len(ind))
    return sparse.csr_matrix((data, ind, ptr), shape=(len(rows), len(vocab)))

def vocabulary(rows, min_docs):
    """Features seen in at least min_docs documents: a word of one text (a name the segmenter split) never becomes one."""
    docs = collections.defaultdict(set)
    for r in rows:
        for f in r['x']:
            docs[f].add(r['doc'])
    return {f: i for i, f in enumerate(sorted(f for f, ds in docs.items() if len(ds) >= min_docs))}

def probabilities(W, X):
    S = X @ W
    S -= S.max(axis=1, keepdims=True)
    P = np.exp(S)
    return P / P.sum(axis=1, keepdims=True)

def decisions(rows, P, classes):
    """Per document and pair: the best class no rule made with its probability, and per rule class the best probability."""
    cid = {c: k for k, c in enumerate(classes)}
    add, keep = {}, {}
    for r, p in zip(rows, P):
        key = (r['doc'], r['a']['name'], r['b']['name'])
        ruled = {c for c, _ in rule_edges(r)}
        for k in np.argsort(-p)[:2]:
            c = classes[k]
            if c != 'NONE' and c not in ruled and not ruled:
                if add.get(key + (c,), (0,))[0] < p[k]:
                    add[key + (c,)] = (p[k], c in r['y'])
        for c in ruled:
            pk = p[cid[c]] if c in cid else 0.0
            if keep.get(key + (c,), (-1,))[0] < pk:
                keep[key + (c,)] = (pk, c in r['y'])
    return add, keep

def report(name, add, keep):
    print(name)
    for t in [0.5, 0.6, 0.7, 0.8, 0.9]:
        sel = [ok for p, ok in add.values() if p >= t]
        print('  add at >= %.1f: %4d edges, %4d right (%.2f)' % (t, len(sel), sum(sel), sum(sel) / max(1, len(sel))))
    for t in [0.05, 0.1, 0.2, 0.3]:
        sel = [ok for p, ok in keep.values() if p < t]
        print('  drop below %.2f: %4d rule edges, %4d of them wrong (%.2f)' % (t, len(sel), len(sel) - sum(sel), (len(sel) - sum(sel)) / max(1, len(sel))))

def main(argv):
    hold, out, l2, min_docs, thresholds = [], None, 1.0, 3, (0.6,)
    args, i = [], 0
    while i < len(argv):
        if argv[i] == '--hold': hold = argv[i + 1].split(','); i += 2
        elif argv[i] == '--out': out = argv[i + 1]; i += 2
        elif argv[i] == '--l2': l2 = float(argv[i + 1]); i += 2
        elif argv[i] == '--min-docs': min_docs = int(argv[i + 1]); i += 2
        elif argv[i] == '--thresholds': thresholds = tuple(float(x) for x in argv[i + 1].split(',')); i += 2
        else: args.append(argv[i]); i += 1
    gold = load_gold(args[1:])
    rows = []
    for line in open(args[0], encoding='utf-8'):
        r = json.loads(line)
        r['y'] = classes_of(r, gold)
        if r['y'] is None:
            continue
        r['set'] = set_of(r['doc']); r['x'] = features(r)
        rows.append(r)
    held = [r for r in rows if any(r['doc'].startswith(h) for h in hold)]
    rows = [r for r in rows if not any(r['doc'].startswith(h) for h in hold)]
    classes = ['NONE'] + sorted({c for r in rows for c in r['y']})
    cid = {c: k for k, c in enumerate(classes)}
    y = lambda rs: np.array([cid[r['y'][0]] if r['y'] and r['y'][0] in cid else 0 for r in rs])
    print('pairs: %d for training, %d held out' % (len(rows), len(held)))
    add, keep = {}, {}
    for s in sorted({r['set'] for r in rows}):
        tr = [r for r in rows if r['set'] != s]; te = [r for r in rows if r['set'] == s]
        v = vocabulary(tr, min_docs)
        a, k = decisions(te, probabilities(train(matrix(tr, v), y(tr), len(classes), l2), matrix(te, v)), classes)
        add.update(a); keep.update(k)
    report('leave one set out:', add, keep)
    v = vocabulary(rows, min_docs)
    W = train(matrix(rows, v), y(rows), len(classes), l2)
    if held:
        report('held out (%s):' % ','.join(hold), *decisions(held, probabilities(W, matrix(held, v)), classes))
    if out:
        with open(out, 'w', encoding='utf-8') as fh:
            fh.write('classes\t' + '\t'.join(classes) + '\n')
            fh.write('add\t%g\n' % thresholds[0])
            for f, k in sorted(v.items()):
                if np.abs(W[k]).max() >= 0.01:
                    fh.write(f + '\t' + '\t'.join(('%.3f' % x).rstrip('0').rstrip('.') for x in W[k]) + '\n')
        print('wrote %s: %d features, add at %g' % (out, len(v), thresholds[0]))

if __name__ == '__main__':
    main(sys.argv[1:])
