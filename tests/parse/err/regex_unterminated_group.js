const re = /ab(c/gi
