const ok = /a/;
const bad = /a/gg;
