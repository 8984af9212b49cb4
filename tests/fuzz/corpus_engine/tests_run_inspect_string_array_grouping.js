// Grouping also applies to arrays of short strings (more than 6 items).
console.log(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
console.log(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'twenty-one', 'twenty-two', 'twenty-three']);
