x = { m: function () { super.x } }
