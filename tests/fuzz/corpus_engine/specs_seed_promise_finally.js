// From the seed article "Asynchronous JavaScript", section "ES2018: .finally()".
const url = "https://jsonplaceholder.typicode.com/users";

fetch(url)
  .then((res) => res.json())
  .then((data) => console.log(data))
  .catch((err) => console.log(err))
  .finally(() => console.log("done either way"));
