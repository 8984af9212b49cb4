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
