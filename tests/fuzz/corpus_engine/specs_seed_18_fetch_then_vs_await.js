// Article "Asynchronous JavaScript", section "Async/await - syntactic sugar": the same
// request with promises and with async/await.
// PRELUDE: fetch (run with node -r tools/prelude.js)
//@ fetch "https://api.example.com/data" => {"answer":42}
const url = "https://api.example.com/data";

// With promises
fetch(url)
  .then((res) => res.json())
  .then((data) => console.log(data));

// With async/await
async function fetchData() {
  const res = await fetch(url);
  const data = await res.json();
  console.log(data);
}
fetchData();
