// toUpperCase/toLowerCase beyond ASCII: special casing (ß, ligatures, İ), final sigma, Latin Extended.
const samples = ['straße', 'ﬁnish', 'İstanbul', 'ΟΔΟΣ ΟΔΟΣ', 'Σ', 'ÀÉÎÕÜ àéîõü ÿ µ', 'ĀāĞğŁłŒœŽž ı ſ', 'Tiếng Việt', 'ПРИВЕТ мир ёЁ', 'Ελληνικά ΆΈΉΊΌΎΏ', 'ＡＢＣ ａｂｃ', 'ŉ', 'ΐΰ', 'Հայերեն'];
for (const s of samples) console.log(s.toUpperCase(), s.toLowerCase(), s.toUpperCase().length, s.toLowerCase().length);
console.log("a\ud800b".isWellFormed(), "ab".isWellFormed(), JSON.stringify("a\ud800b\udc00".toWellFormed()), "😀".isWellFormed(), "".trimLeft === "".trimStart, String.prototype.trimRight.name);
