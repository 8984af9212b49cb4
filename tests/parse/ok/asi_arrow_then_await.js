async function main() {
  const f = () => 1
  await f()
  const g = async () => 2
  await g()
  console.log("done")
}
main()
