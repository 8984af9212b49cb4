// Article "Asynchronous JavaScript", section "Error handling with try/catch" (request succeeds).
// PRELUDE: fetch (run with node -r tools/prelude.js)
//@ fetch "https://api.example.com/data" => {"items":[1,2,3]}
const url = "https://api.example.com/data";

async function getData() {
  try {
    const res = await fetch(url);
    const data = await res.json();
    console.log(data);
  } catch (err) {
    console.log("oops:", err);
  }
}
getData();
