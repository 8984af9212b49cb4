// RUNS: 200
// PRELUDE: fetch
// REDUCES: yes
//@ fetch "https://api.example.com/a" => {"v": 1}
//@ fetch "https://api.example.com/b" => {"v": 2}
//@ fetch "https://api.example.com/c" => {"v": 3}
//@ fetch "https://api.example.com/d" => {"v": 4}
//@ fetch "https://api.example.com/e" => {"v": 5}
// Five fetches, each logging on its own: after the first lands the others
// commute.
for (const k of ["a", "b", "c", "d", "e"])
  fetch(`https://api.example.com/${k}`)
    .then((r) => r.json())
    .then((j) => console.log(k, j.v));
