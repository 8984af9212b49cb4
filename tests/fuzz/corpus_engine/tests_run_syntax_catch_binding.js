// Optional catch binding, rethrow and nested try.
try { JSON.parse('{'); } catch { console.log('caught without binding'); }
try {
  try { throw new TypeError('inner'); }
  catch (e) { if (e instanceof TypeError) throw new RangeError('wrapped ' + e.message); }
} catch (e) { console.log(e.name, e.message); }
try { throw { code: 42 }; } catch (e) { console.log(typeof e, e.code); }
try { throw 'a string'; } catch (e) { console.log(e); }
