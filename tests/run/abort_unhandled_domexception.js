// An unhandled rejection with a DOMException: node's layout for an error
// object that is not a native error.
const ac = new AbortController();
function go() { ac.abort(); }
go();
Promise.reject(ac.signal.reason);
