// Article "Asynchronous JavaScript", section "ES2018: for await...of".
// Results come one at a time, in the order of the array, whatever the latencies.
// PRELUDE: fetch (run with node -r tools/prelude.js)
//@ latency fetch 1..30
const urls = [
  "https://jsonplaceholder.typicode.com/users",
  "https://jsonplaceholder.typicode.com/posts",
  "https://jsonplaceholder.typicode.com/albums",
];

async function getData() {
  const arrayOfPromises = urls.map((url) => fetch(url));

  for await (const request of arrayOfPromises) {
    const data = await request.json();
    console.log(data);
  }
}
getData();
