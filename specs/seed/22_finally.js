// Article "Asynchronous JavaScript", section "ES2018: .finally()" - one request that
// succeeds and one that fails; "done either way" runs for both.
// PRELUDE: fetch (run with node -r tools/prelude.js)
// RUNS: 200
//@ fetch "https://api.example.com/ok" => {"status":"fine"}
//@ fetch "https://api.example.com/broken" => fail
//@ expect-outputs 2
for (const url of ["https://api.example.com/ok", "https://api.example.com/broken"]) {
  fetch(url)
    .then((res) => res.json())
    .then((data) => console.log(data))
    .catch((err) => console.log(err))
    .finally(() => console.log("done either way"));
}
