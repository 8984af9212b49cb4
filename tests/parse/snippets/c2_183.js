function* g() { const f = () => yield }
