const re = /a/v;
