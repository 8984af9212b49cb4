class A extends mixin(B) {}
