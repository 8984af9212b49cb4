// -0 in different positions.
console.log(-0, [-0], { z: -0 });
console.log(String(-0), `${-0}`, JSON.stringify(-0), (-0).toFixed(1));
console.log(Object.is(-0, 0), -0 === 0);
