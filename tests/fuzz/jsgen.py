#!/usr/bin/env python3
"""jsgen.py - a grammar-based generator of random, syntactically valid
JavaScript programs for fuzzing the engine and the explorer.

usage: jsgen.py SEED [SIZE]      prints one program (the same for the same SEED)

The programs mix what the event loop and the VM find hard: promises and
their combinators, async/await, timers, immediates, nextTick, microtasks,
generators and async generators, classes (fields, accessors, statics,
inheritance, super, private members and brand checks), destructuring, try/catch/finally, labelled loops,
getters, toString/valueOf/Symbol.iterator tricks, deep recursion, large
arrays and strings (bounded), EventEmitter, errors thrown everywhere.
Every loop is bounded and every interval is cleared, so a program ends by
itself (in node, within a second) unless it throws.  Names are declared in
a prologue (v0.., f0..) so that most references resolve.
"""
import random
import sys

NVARS = 6
NFUNCS = 5


class Gen:
    def __init__(self, seed, size):
        self.r = random.Random(seed)
        self.size = size
        self.budget = size * 6  # statements left overall
        self.labels = []
        self.in_async = False
        self.in_gen = False
        self.in_loop = 0
        self.in_func = False
        self.uid = 0

    # --- helpers -----------------------------------------------------------
    def nested(self, fn, is_async=False, is_gen=False):
        """Runs fn() for the body of a nested function: no enclosing loop,
        label, await or yield reaches into it."""
        saved = (self.in_async, self.in_gen, self.in_func, self.in_loop, self.labels)
        self.in_async, self.in_gen, self.in_func, self.in_loop, self.labels = is_async, is_gen, True, 0, []
        try:
            return fn()
        finally:
            self.in_async, self.in_gen, self.in_func, self.in_loop, self.labels = saved

    def cb(self, n=2, is_async=False):
        """A callback body (a block of statements)."""
        return self.nested(lambda: self.block(n), is_async)

    def pick(self, *xs):
        return self.r.choice(xs)

    def chance(self, p):
        return self.r.random() < p

    def fresh(self, prefix='t'):
        self.uid += 1
        return f'{prefix}{self.uid}'

    def var(self):
        return f'v{self.r.randrange(NVARS)}'

    def func(self):
        return f'f{self.r.randrange(NFUNCS)}'

    def small(self):
        return self.r.choice(['0', '1', '2', '3', '5', '7', '10', '(-1)', '0.5', '255', '256', '65535', '2147483648', '4294967296', '1e21'])

    def ms(self):
        # sometimes an unknown delay: check explores it symbolically (zones)
        if self.chance(0.15):
            return self.pick('Math.random() * 10', '(Math.random() * 4 + 1)', 'Math.floor(Math.random() * 3)',
                             '(Math.random() < 0.5 ? 1 : 5)', 'Math.random() * 2 ** 32')
        return str(self.r.choice([0, 0, 1, 1, 2, 5, 10]))

    # --- expressions -------------------------------------------------------
    def lit(self):
        k = self.r.randrange(12)
        if k == 0: return self.small()
        if k == 1: return repr(self.r.choice(['', 'a', 'abc', 'x y', '\\u00e9', '\\ud83d\\ude00', '0', '-0', 'NaN', 'length', '__proto__', 'constructor']))
        if k == 2: return self.pick('true', 'false', 'null', 'undefined', 'NaN', 'Infinity', '(-0)')
        if k == 3: return '[' + ', '.join(self.expr(1) for _ in range(self.r.randrange(4))) + ']'
        if k == 4: return '({' + ', '.join(self.prop(1) for _ in range(self.r.randrange(4))) + '})'
        if k == 5: return '`' + self.pick('a', '', 'n=') + '${' + self.expr(1) + '}' + self.pick('', 'b') + '`'
        if k == 6: return self.pick('Symbol()', "Symbol('s')", 'Symbol.iterator', "Symbol.for('k')")
        if k == 7: return self.small()
        if k == 8: return self.pick('new Map([[1, 2]])', 'new Set([1, 1, 2])', 'new Date(0)', "new Error('e')",
                                    "new TypeError('t')", 'new WeakMap()', 'Object.create(null)')
        if k == 9: return self.pick('[1, , 3]', '[,]', 'Array(3)', '[..."ab"]', 'Array.from({length: 3}, (_, i) => i * i)')
        if k == 10: return self.pick('process.argv.length', '(typeof require)', '(globalThis === this)', 'Math.max()', 'Number.MAX_SAFE_INTEGER')
        return self.var()

    def prop(self, d):
        k = self.r.randrange(7)
        if k == 0: return f'{self.pick("a", "b", "length", "0", "then", "toString", "valueOf")}: {self.expr(d)}'
        if k == 1: return f'[{self.expr(d)}]: {self.expr(d)}'
        if k == 2: return f'...{self.expr(d)}'
        if k == 3: return self.nested(lambda: f'get {self.pick("a", "g", "then")}() {{ {self.small_body()} return {self.expr(d)}; }}')
        if k == 4: return self.nested(lambda: f'set {self.pick("a", "s")}(x) {{ {self.small_body()} }}')
        if k == 5: return self.nested(lambda: f'{self.pick("m", "toString", "valueOf", "[Symbol.iterator]", "[Symbol.toPrimitive]")}() {{ {self.small_body()} return {self.expr(d)}; }}')
        return self.var()

    def small_body(self):
        if self.chance(0.5): return ''
        return f'{self.var()} = {self.expr(1)};' if self.chance(0.5) else f'console.log({self.expr(1)});'

    def expr(self, d=0):
        if d > 3 or self.chance(0.3): return self.lit()
        d += 1
        k = self.r.randrange(30)
        e = self.expr
        if k == 0: return f'({e(d)} {self.pick("+", "-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>")} {e(d)})'
        if k == 1: return f'({e(d)} {self.pick("==", "===", "!=", "!==", "<", ">", "<=", ">=", "in", "instanceof")} {e(d)})'
        if k == 2: return f'({e(d)} {self.pick("&&", "||", "??")} {e(d)})'
        if k == 3: return f'({e(d)} ? {e(d)} : {e(d)})'
        if k == 4: return f'({self.pick("typeof ", "!", "-", "+", "~", "void ")}{e(d)})'
        if k == 5: return f'{self.func()}({", ".join(e(d) for _ in range(self.r.randrange(3)))})'
        if k == 6: return f'{e(d)}?.{self.pick("a", "b", "length", "then", "x")}'
        if k == 7: return f'{e(d)}[{e(d)}]'
        if k == 8: return f'({self.var()} = {e(d)})'
        if k == 9: return f'({self.var()} {self.pick("+=", "-=", "||=", "&&=", "??=", "*=")} {e(d)})'
        if k == 10: return self.arrow(d)
        if k == 11: return self.promise_expr(d)
        if k == 12: return f'String({e(d)})'
        if k == 13: return f'JSON.stringify({e(d)})'
        if k == 14: return f'Object.keys({e(d)} ?? {{}})'
        if k == 15: return f'[...{self.iterable(d)}]'
        if k == 16: return f'new C{self.r.randrange(3)}({e(d)})'
        if k == 17: return self.string_op(d)
        if k == 18: return self.array_op(d)
        if k == 19 and self.in_async: return f'(await {e(d)})'
        if k == 20 and self.in_gen: return f'(yield {e(d)})'
        if k == 21: return f'({self.var()}{self.pick("++", "--")})'
        if k == 22: return f'({e(d)}, {e(d)})'
        if k == 23: return f'Object.assign({{}}, {e(d)})'
        if k == 24: return f'{self.pick("Number", "Boolean", "parseInt", "parseFloat", "isNaN")}({e(d)})'
        if k == 25: return f'{self.pick("Math.floor", "Math.abs", "Math.sign", "Math.random")}({e(d)})'
        if k == 26: return f'{self.pick("Object.entries", "Array.isArray", "Object.freeze", "Object.getPrototypeOf", "Object.getOwnPropertyNames")}({e(d)})'
        if k == 27: return f'(function () {{ "use strict"; return this; }}).call({e(d)})'
        if k == 28: return f'{self.func()}.{self.pick("call", "apply", "bind")}({e(d)}, {e(d)})'
        return self.lit()

    def iterable(self, d):
        return self.pick('[1, 2, 3]', "'ab'", 'new Set([1, 2])', 'new Map([[1, 2]]).entries()', 'g0()',
                         f'Object.entries({self.expr(d)} ?? {{}})', '{[Symbol.iterator]: function* () { yield 1; yield 2; }}')

    def string_op(self, d):
        n = self.r.choice([0, 1, 3, 100, 1000, 1 << 16])
        return self.pick(
            f"'ab'.repeat({n})",
            f"String({self.expr(d)}).padStart({n}, '-')",
            f"[{self.expr(d)}, {self.expr(d)}].join({self.lit()})",
            f"String({self.expr(d)}).split('')",
            f"String({self.expr(d)}).slice({self.small()}, {self.small()})",
            f"String({self.expr(d)}).replace('a', 'b')",
            f"String({self.expr(d)}).at({self.small()})",
            f"String({self.expr(d)}).charCodeAt({self.small()})",
            f"String({self.expr(d)}).toUpperCase()",
            f"String.fromCharCode(0xd800, {self.small()})")

    def array_op(self, d):
        n = self.r.choice([0, 1, 3, 100, 10000, 100000])
        a = self.pick('[3, 1, 2]', f'Array({n}).fill({self.lit()})', f'Array.from({{length: {n}}})', self.var())
        m = self.pick('map((x, i) => x)', 'filter(Boolean)', 'reduce((a, b) => a + b, 0)', 'sort()',
                      'sort((a, b) => b - a)', 'reverse()', 'flat(Infinity)', 'indexOf(2)', 'includes(NaN)',
                      'slice(-2)', 'splice(1, 1)', 'concat([9])', 'join()', 'keys()', 'at(-1)', 'find(x => x)',
                      'findLast(x => x)', 'every(x => x)', 'some(x => x)', 'flatMap(x => [x, x])', 'fill(0)',
                      'copyWithin(0, 1)', 'push(1, 2)', 'pop()', 'shift()', 'unshift(0)', 'length')
        return f'({a})?.{m}'

    def arrow(self, d):
        if self.chance(0.5): return self.nested(lambda: f'(() => {self.expr(d)})')
        is_async = self.chance(0.5)
        body = self.cb(2, is_async)
        return f'({"async " if is_async else ""}(x, ...rest) => {{ {body} }})'

    def promise_expr(self, d):
        e = self.expr
        k = self.r.randrange(9)
        if k == 0: return f'Promise.resolve({e(d)})'
        if k == 1: return f'Promise.reject({e(d)})'
        if k == 2: return f'Promise.{self.pick("all", "race", "allSettled", "any")}([{", ".join(self.promise_expr(d + 1) if d < 3 else e(d) for _ in range(self.r.randrange(3)))}])'
        if k == 3: return self.nested(lambda: f'new Promise((res, rej) => {{ {self.pick("res", "rej")}({e(d)}); {self.pick("", "res(1);", "throw 1;", "setTimeout(res, " + self.ms() + ");")} }})')
        if k == 4: return f'{self.promise_expr(d + 1) if d < 3 else "Promise.resolve()"}.then({self.arrow(d)}, {self.pick("undefined", "e => e", "console.log")})'
        if k == 5: return f'{self.promise_expr(d + 1) if d < 3 else "Promise.reject(0)"}.catch({self.arrow(d)})'
        if k == 6: return f'{self.promise_expr(d + 1) if d < 3 else "Promise.resolve()"}.finally({self.arrow(d)})'
        if k == 7: return f'a{self.r.randrange(2)}({e(d)})'
        return f"require('timers/promises').setTimeout({self.ms()}, {e(d)})"

    # --- statements --------------------------------------------------------
    def block(self, n):
        return ' '.join(self.stmt() for _ in range(self.r.randrange(1, n + 1)))

    def pattern(self):
        k = self.r.randrange(5)
        if k == 0: return self.fresh()
        if k == 1: return f'[{self.fresh()}, , ...{self.fresh()}]'
        if k == 2: return f'{{a: {self.fresh()} = {self.lit()}, ...{self.fresh()}}}'
        if k == 3: return f'[{self.fresh()} = 1, [{self.fresh()}] = [2]]'
        return f'{{[{self.lit()}]: {self.fresh()}, b: {{c: {self.fresh()}}} = {{}}}}'

    def stmt(self):
        self.budget -= 1
        if self.budget <= 0: return f'console.log({self.expr(2)});'
        k = self.r.randrange(34)
        e = self.expr
        if k < 4: return f'console.log({", ".join(e() for _ in range(self.r.randrange(1, 3)))});'
        if k == 4: return f'{self.var()} = {e()};'
        if k == 5: return f'if ({e()}) {{ {self.block(2)} }} else {{ {self.block(2)} }}'
        if k == 6:
            i = self.fresh('i')
            self.in_loop += 1
            body = self.block(2)
            self.in_loop -= 1
            return f'for (let {i} = 0; {i} < {self.r.choice([2, 3, 10, 1000])}; {i}++) {{ {body} }}'
        if k == 7:
            self.in_loop += 1
            body = self.block(2)
            self.in_loop -= 1
            return f'for (const {self.pattern() if self.chance(0.3) else self.fresh()} of {self.iterable(1)}) {{ {body} }}'
        if k == 8:
            lab = self.fresh('L')
            self.labels.append(lab)
            self.in_loop += 1
            i, j = self.fresh('i'), self.fresh('j')
            body = self.block(2)
            jump = self.pick('break', 'continue')
            self.in_loop -= 1
            self.labels.pop()
            return (f'{lab}: for (let {i} = 0; {i} < 3; {i}++) {{ for (let {j} = 0; {j} < 3; {j}++) '
                    f'{{ if ({j} === {self.r.randrange(3)}) {jump} {lab}; {body} }} }}')
        if k == 9: return f'try {{ {self.block(2)} }} catch ({self.pick("e", "{message}", "[x]")}) {{ {self.block(1)} }} finally {{ {self.block(1)} }}'
        if k == 10: return f'try {{ {self.block(2)} }} finally {{ {self.block(1)} }}'
        if k == 11: return f'throw {e()};' if self.chance(0.3) else f"if ({e()}) throw new Error('x');"
        if k == 12: return f'setTimeout(() => {{ {self.cb()} }}, {self.ms()});'
        if k == 13: return f'setImmediate(() => {{ {self.cb()} }});'
        if k == 14: return f'process.nextTick(() => {{ {self.cb()} }});'
        if k == 15: return f'queueMicrotask(() => {{ {self.cb()} }});'
        if k == 16:
            t, c = self.fresh('iv'), self.fresh('n')
            return f'{{ let {c} = 0; const {t} = setInterval(() => {{ if (++{c} > {self.r.randrange(1, 4)}) clearInterval({t}); {self.cb(1)} }}, {self.ms()}); }}'
        if k == 17: return f'{self.promise_expr(0)}.then(v => console.log("then", v), e => console.log("rej", String(e)));'
        if k == 18: return f'{self.promise_expr(0)};'
        if k == 19: return f'let {self.pattern()} = {e()} ?? {{}};' if self.chance(0.5) else f'var {self.fresh()} = {e()};'
        if k == 20 and self.in_loop: return self.pick('break;', 'continue;') if not self.labels or self.chance(0.5) else f'continue {self.labels[-1]};'
        if k == 21 and self.in_func: return f'return {e()};'
        if k == 22 and self.in_async: return f'await {e()};' if self.chance(0.7) else f'for await (const x of [{e()}, Promise.resolve(1)]) console.log(x);'
        if k == 23 and self.in_gen: return f'yield {e()};' if self.chance(0.7) else f'yield* [{e()}];'
        if k == 24: return f"ee.{self.pick('on', 'once', 'prependListener')}('ev', (...a) => {{ {self.cb(1)} }}); ee.emit('ev', {e()});"
        if k == 25: return f'{self.func()}({e()});'
        if k == 26: return f'a{self.r.randrange(2)}({e()}).then(console.log, console.log);'
        if k == 27: return f'{{ const it = g{self.r.randrange(2)}(); for (let n = 0; n < 3; n++) console.log(it.next({e()})); }}'
        if k == 28: return f'Object.defineProperty({self.var()} ?? {{}}, {self.lit()}, {{ get() {{ return {self.nested(e)}; }}, configurable: true }});' if self.chance(0.5) else f'try {{ Object.defineProperty({self.var()}, "p", {{ value: {e()} }}); }} catch {{}}'
        if k == 29: return f"process.on('{self.pick('unhandledRejection', 'uncaughtException', 'exit', 'beforeExit')}', (x) => {{ {self.cb(1)} }});" if self.chance(0.3) else f'console.log(deep({self.r.choice([10, 100, 1000, 20000])}));'
        if k == 30: return f'switch ({e()}) {{ case {self.lit()}: {self.block(1)} break; case {self.lit()}: {self.block(1)} default: {self.block(1)} }}'
        if k == 31:
            c = self.fresh('w')
            return f'{{ let {c} = 0; while ({c}++ < {self.r.randrange(1, 5)}) {{ {self.block(1)} }} }}'
        if k == 32: return f'console.{self.pick("log", "error", "warn", "info", "dir", "table")}({e()});'
        if k == 33:
            lab = self.fresh('B')
            return f'{lab}: {{ {self.block(1)} if ({e()}) break {lab}; {self.block(1)} }}'
        return f'console.log({e()});'

    # --- the program -------------------------------------------------------
    def function(self, name, kind):
        body = self.nested(lambda: self.block(4), kind in ('async', 'asyncgen'), kind in ('gen', 'asyncgen'))
        pre = {'plain': 'function', 'async': 'async function', 'gen': 'function*', 'asyncgen': 'async function*'}[kind]
        return f'{pre} {name}(x, y = {self.lit()}, ...rest) {{ {body} }}'

    def klass(self, i):
        ext = f' extends C{i - 1}' if i > 0 and self.chance(0.6) else (' extends Array' if self.chance(0.1) else '')
        sup = 'super(x); ' if ext else ''
        n = self.nested
        members = [
            n(lambda: f'constructor(x) {{ {sup}this.x = x; {self.small_body()} }}'),
            f'p = {n(self.lit)};',
            n(lambda: f'get g() {{ return {self.expr(1)}; }}'),
            n(lambda: f'set g(v) {{ {self.small_body()} }}'),
            f'static s = {n(lambda: self.expr(1))};',
            f'f = {n(lambda: self.expr(1))};',
            f'm() {{ {"return super.m?.() ?? " if ext and not ext.endswith("Array") else "return "}this.p; }}',
            n(lambda: f'async am() {{ await null; return {self.expr(1)}; }}', True),
            n(lambda: f'*[Symbol.iterator]() {{ yield this.x; yield {self.lit()}; }}', False, True),
            n(lambda: f'toString() {{ return {self.expr(1)}; }}'),
        ]
        chosen = members[:2] + self.r.sample(members[2:], self.r.randrange(len(members) - 1))
        if self.chance(0.4):  # private members: each class body has names of its own
            chosen += [f'#q = {n(self.lit)};', n(lambda: f'#pm() {{ return [this.#q, {self.expr(1)}]; }}'),
                       'get pq() { return this.#pm(); }', 'set pq(v) { this.#q = v; }',
                       f'static #sq = {n(self.lit)};', 'static sq(o) { return #sq in o ? o.#sq : #q in o; }',
                       'static #bump(o) { o.#q = String(o.#q) + 1; return o.#q; }', 'static bump(o) { return C%d.#bump(o); }' % i]
        return f'class C{i}{ext} {{ {" ".join(chosen)} }}'

    def program(self):
        out = ["'use strict';" if self.chance(0.2) else '// sloppy',
               "const EventEmitter = require('events'); const ee = new EventEmitter();",
               'function deep(n) { return n <= 0 ? 0 : 1 + deep(n - 1); }']
        consts = ['0', '1', "'abc'", '[1, 2, 3]', '({a: 1, b: [2]})', 'null', 'undefined', "'x'.repeat(3)", '[]', '({})']
        out.append('let ' + ', '.join(f'v{i} = {self.r.choice(consts)}' for i in range(NVARS)) + ';')
        kinds = ['plain', 'plain', 'async', 'gen', 'asyncgen']
        for i in range(NFUNCS):
            out.append(self.function(f'f{i}', self.r.choice(kinds)))
        for i in range(2):
            out.append(self.function(f'a{i}', 'async'))
            out.append(self.function(f'g{i}', self.pick('gen', 'gen', 'asyncgen')))
        for i in range(3):
            out.append(self.klass(i))
        for _ in range(self.size):
            st = self.stmt()
            if self.chance(0.6):  # keep going after most exceptions
                st = f"try {{ {st} }} catch (e) {{ console.log('caught', String(e?.message ?? e).slice(0, 40)); }}"
            out.append(st)
        return '\n'.join(out) + '\n'


def main():
    if len(sys.argv) < 2:
        print('usage: jsgen.py SEED [SIZE]', file=sys.stderr)
        sys.exit(2)
    seed = int(sys.argv[1])
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    sys.stdout.write(Gen(seed, size).program())


if __name__ == '__main__':
    main()
