// Arrow-function fields keep `this` when detached; prototype methods do not.
class Button {
  label = 'OK';
  onClickArrow = () => this.label;
  onClickMethod() { return this === undefined ? 'lost this' : this.label; }
}
const b = new Button();
const { onClickArrow, onClickMethod } = b;
console.log(onClickArrow(), onClickMethod());
console.log(Object.keys(b));
