// From the seed article "Asynchronous JavaScript", section "Async/await — syntactic sugar".
// Uses the network through fetch; kept as in the article.
const url = "https://jsonplaceholder.typicode.com/users";

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
