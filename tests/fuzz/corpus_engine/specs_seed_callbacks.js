// From the seed article "Asynchronous JavaScript", section "Callbacks".
// Node has EventTarget; a click is dispatched by hand.
const element = new EventTarget();
function submitForm() {
  console.log("form submitted");
}

element.addEventListener("click", submitForm);
// "When the user clicks, call submitForm"
setTimeout(() => element.dispatchEvent(new Event("click")), 100);
