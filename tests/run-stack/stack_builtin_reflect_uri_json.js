// Errors thrown inside Reflect's functions, decodeURIComponent and
// JSON.stringify (a cycle) carry V8's built-in frame "at X (<anonymous>)".
try { Reflect.ownKeys(1); } catch (e) { console.log(e.stack); }
try { Reflect.defineProperty({}, 'x', { get: 5 }); } catch (e) { console.log(e.stack); }
try { Reflect.setPrototypeOf({}, 3); } catch (e) { console.log(e.stack); }
try { decodeURIComponent('%E0%A4%A'); } catch (e) { console.log(e.stack); }
try { encodeURI('\ud800'); } catch (e) { console.log(e.stack); }
const o = { list: [] };
o.list.push({ back: o });
try { JSON.stringify(o); } catch (e) { console.log(e.stack); }
decodeURI('%');
