for (var i = 0, len = a.length; i < len; ++i) {}
