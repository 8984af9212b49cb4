async function getData() {
  const arrayOfPromises = urls.map((url) => fetch(url));

  for await (const request of arrayOfPromises) {
    const data = await request.json();
    console.log(data);
  }
}
