// Q: Three requests fired at once, each logged when it completes. How many orders are
//    possible, and how does Promise.all change that?
// PRELUDE: fetch (run with node -r tools/prelude.js)
// RUNS: 1000
//@ expect-outputs 24
const urls = ['/a', '/b', '/c'];
urls.forEach((u) => fetch(u).then((r) => r.json()).then((d) => console.log('done', d.url)));
Promise.all(urls.map((u) => fetch(u))).then((rs) => console.log('all:', rs.map((r) => r.url).join(' ')));
