// Where number printing switches to exponent form.
for (const n of [1e20, 1e21, 123e19, 1e-6, 1e-7, 0.00001234, 2 ** 64, -1e-7]) console.log(n);
