// Number.prototype.toLocaleString for |x| >= 1e21: ICU prints the shortest
// round-trip digits padded with zeros, grouped like the rest; zero keeps its sign.
for (const x of [1e21, 1.5e21, -1.2345e22, 123456789012345678901234, 1.7976931348623157e308, 9.99e20, 5e-324, -0, 1234.5678])
  console.log(x.toLocaleString());
console.log((-0).toLocaleString(), (-0.0001).toLocaleString(), (-0.0004).toLocaleString(), [-0].toLocaleString(), (-1e-10).toLocaleString(), (0.0004).toLocaleString(), (-0.0005).toLocaleString(), (1234.5).toLocaleString())
