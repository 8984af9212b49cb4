const f = () => 1
const g = 2
