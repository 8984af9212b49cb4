// an arrow at the top level of a module has no function to take new.target from
export const f = () => new.target;
