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
