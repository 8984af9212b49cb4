typeof a; void 0; delete a.b; a in b; a instanceof B
