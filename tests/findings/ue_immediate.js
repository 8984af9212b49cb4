// A throw escaping an immediate callback.
setImmediate(() => { JSON.parse('{not json'); });
setImmediate(() => console.log('next immediate'));
