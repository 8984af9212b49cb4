x = { set a(...b) {} }
