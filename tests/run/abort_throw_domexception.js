// A DOMException thrown by the program: node's layout for a non-native error.
const ac = new AbortController();
ac.abort();
throw ac.signal.reason;
