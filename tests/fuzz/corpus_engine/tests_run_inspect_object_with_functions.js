// Objects holding methods, arrows and classes.
class Widget {}
console.log({ render() {}, onClick: () => {}, Widget, name: 'w' });
console.log({ fn: function () {} });
