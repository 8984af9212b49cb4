const re = /[a-z
