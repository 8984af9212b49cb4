// try/catch/finally flow, rethrow, finally overriding return, error types.
function f() { try { return 'try'; } finally { console.log('finally runs'); } }
function g() { try { throw new Error('x'); } catch (e) { return 'caught ' + e.message; } finally { console.log('g finally'); } }
function h() { try { return 1; } finally { return 2; } }
console.log(f(), g(), h());
try { null.f(); } catch (e) { console.log(e instanceof TypeError, e.name, e.message); }
try { undefinedVariable; } catch (e) { console.log(e.name, e.message); }
try { JSON.parse('{'); } catch ({ name, message }) { console.log(name, message); }
try { throw { custom: true }; } catch (e) { console.log(e, typeof e); }
try { new Array(-5); } catch (e) { console.log(String(e)); }
const err = new Error('with props');
err.code = 'E42';
console.log(err.code, err.message, Object.keys(err), err instanceof Object);
