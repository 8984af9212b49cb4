// Article "Asynchronous JavaScript", section "Callbacks" - addEventListener("click", submitForm).
// Node has no DOM: an EventTarget stands for the element and a dispatched 'click'
// event stands for the user's click, which arrives later (here: a timer).
const element = new EventTarget();

function submitForm(event) {
  console.log('submitForm called for a', event.type);
}

element.addEventListener("click", submitForm);
// "When the user clicks, call submitForm"
setTimeout(() => element.dispatchEvent(new Event("click")), 10);
console.log('listener registered');
