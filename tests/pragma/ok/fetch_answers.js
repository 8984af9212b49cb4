// `//@ fetch "URL" => ...`: declared answers (JSON, status N JSON, fail); others echo the URL.
// PRELUDE: fetch (run with node -r tools/prelude.js)
//@ fetch "/users" => [{"id":1,"name":"Ada"}]
//@ fetch "/gone" => status 404 {"error":"gone"}
//@ fetch "/down" => fail
//@ latency fetch 1..1
//@ deterministic
(async () => {
  for (const url of ['/users', '/gone', '/down', '/other']) {
    try {
      const res = await fetch(url);
      console.log(url, res.status, res.ok, await res.json());
    } catch (e) {
      console.log(url, e);
    }
  }
})();
