const s = "😀é"; const t = ;
