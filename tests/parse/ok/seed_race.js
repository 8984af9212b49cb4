async function race() {
  const first = await Promise.race([promiseA(), promiseB(), promiseC()]);
  return first;
}
