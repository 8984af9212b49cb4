x = { async set() {}, async static() {} }
