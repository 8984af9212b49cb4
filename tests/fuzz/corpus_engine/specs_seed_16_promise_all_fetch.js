// Article "Asynchronous JavaScript", section "Promise.all()".
// PRELUDE: fetch (run with node -r tools/prelude.js)
//@ fetch "https://jsonplaceholder.typicode.com/users" => [{"id":1,"name":"Leanne"},{"id":2,"name":"Ervin"}]
//@ fetch "https://jsonplaceholder.typicode.com/posts" => [{"id":1,"userId":1,"title":"sunt aut facere"}]
//@ fetch "https://jsonplaceholder.typicode.com/albums" => [{"id":1,"userId":1,"title":"quidem molestiae enim"}]
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
