!function () {}()
