x = class extends B {}
