x = `${ function() { return {} } }`
