// Article "Asynchronous JavaScript", section "Error handling with try/catch" - combining with Promise.all.
// PRELUDE: fetch (run with node -r tools/prelude.js)
//@ fetch "https://jsonplaceholder.typicode.com/users" => [{"id":1,"name":"Leanne"}]
//@ fetch "https://jsonplaceholder.typicode.com/posts" => [{"id":1,"title":"sunt aut facere"}]
//@ fetch "https://jsonplaceholder.typicode.com/albums" => [{"id":1,"title":"quidem"}]
const urls = [
  "https://jsonplaceholder.typicode.com/users",
  "https://jsonplaceholder.typicode.com/posts",
  "https://jsonplaceholder.typicode.com/albums",
];

async function getData() {
  try {
    const [users, posts, albums] = await Promise.all(
      urls.map((url) => fetch(url).then((res) => res.json())),
    );
    console.log(users, posts, albums);
  } catch (err) {
    console.log("something failed:", err);
  }
}
getData();
