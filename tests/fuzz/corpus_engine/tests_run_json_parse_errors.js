// JSON.parse failures are SyntaxErrors.
for (const bad of ['{a:1}', "{'a':1}", '[1,]', '', 'undefined']) {
  try {
    JSON.parse(bad);
  } catch (e) {
    console.log(e.name, '|', e.message);
  }
}
