console.log("module")
if (true) {
  return
}
