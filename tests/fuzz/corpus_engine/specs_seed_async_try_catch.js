// From the seed article "Asynchronous JavaScript", section "Error handling with try/catch".
const url = "https://jsonplaceholder.typicode.com/users";
const urls = [url];

async function getData() {
  try {
    const res = await fetch(url);
    const data = await res.json();
    console.log(data);
  } catch (err) {
    console.log("oops:", err);
  }
}

async function getAll() {
  try {
    const [users, posts, albums] = await Promise.all(
      urls.map((url) => fetch(url).then((res) => res.json())),
    );
    console.log(users, posts, albums);
  } catch (err) {
    console.log("something failed:", err);
  }
}

getData().then(getAll);
