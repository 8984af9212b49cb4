// Article "Asynchronous JavaScript", section "Promise.all()" - "if any single promise
// rejects, Promise.all() short-circuits and rejects immediately".
// PRELUDE: fetch (run with node -r tools/prelude.js)
//@ fetch "https://jsonplaceholder.typicode.com/users" => [{"id":1,"name":"Leanne"}]
//@ fetch "https://jsonplaceholder.typicode.com/posts" => fail
//@ fetch "https://jsonplaceholder.typicode.com/albums" => [{"id":1,"title":"quidem"}]
const urls = [
  "https://jsonplaceholder.typicode.com/users",
  "https://jsonplaceholder.typicode.com/posts",
  "https://jsonplaceholder.typicode.com/albums",
];

Promise.all(urls.map((url) => fetch(url).then((res) => res.json())))
  .then(([users, posts, albums]) => {
    console.log(users);
    console.log(posts);
    console.log(albums);
  })
  .catch((err) => console.log("something failed", err));
