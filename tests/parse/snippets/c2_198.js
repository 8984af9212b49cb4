x = {__proto__, __proto__}
