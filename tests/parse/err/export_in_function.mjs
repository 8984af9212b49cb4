function f() {
  export const a = 1;
}
