while (1) { function f() { break } }
