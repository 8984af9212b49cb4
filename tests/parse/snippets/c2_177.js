x = () => function () {}
