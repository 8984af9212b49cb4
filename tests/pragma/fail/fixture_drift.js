// The fixture fixture_drift.expected lists the other order only.
fetch('/a').then(() => console.log('a'));
fetch('/b').then(() => console.log('b'));
