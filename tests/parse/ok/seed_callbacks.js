element.addEventListener("click", submitForm);
// "When the user clicks, call submitForm"
