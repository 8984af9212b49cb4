// A realistic semicolon-free program.
const log = console.log
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

class Queue {
  items = []
  push(x) { this.items.push(x) }
  get size() { return this.items.length }
}

async function worker(id, q) {
  for (let i = 0; i < 2; i++) {
    await sleep(id * 10)
    q.push(`${id}:${i}`)
  }
  return id
}

const q = new Queue()
let total = 0
const ids = [1, 2, 3]
;(async () => {
  const done = await Promise.all(ids.map((id) => worker(id, q)))
  total = done.reduce((a, b) => a + b, 0)
  log(total, q.size)
})()
const obj = { a: 1, b: { c: [1, 2, 3] } }
const { a, b: { c: [first, ...rest] } } = obj
log(a, first, rest)
let n = 0
while (n < 3) n++
log(n)
