// A pragma with nothing after its marker.
console.log("x");
//@ 
