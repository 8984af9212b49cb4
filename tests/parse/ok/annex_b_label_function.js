label: function f() {}
