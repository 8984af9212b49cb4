// From the seed article "Asynchronous JavaScript", section "Promise.all()".
// Uses the network through fetch; kept as in the article.
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
