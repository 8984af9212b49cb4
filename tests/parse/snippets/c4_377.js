x = void void 0
