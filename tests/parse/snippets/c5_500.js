if (a) {} else if (b) {} else {}
