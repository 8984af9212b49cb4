if ('x' in o) {}
