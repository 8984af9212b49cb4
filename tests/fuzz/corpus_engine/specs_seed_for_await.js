// From the seed article "Asynchronous JavaScript", section "ES2018: for await…of".
const urls = ["https://jsonplaceholder.typicode.com/users"];

async function getData() {
  const arrayOfPromises = urls.map((url) => fetch(url));

  for await (const request of arrayOfPromises) {
    const data = await request.json();
    console.log(data);
  }
}

getData();
