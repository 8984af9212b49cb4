for (let of x) {}
