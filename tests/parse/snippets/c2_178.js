x = () => class {}
