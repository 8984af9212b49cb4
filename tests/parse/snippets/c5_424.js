new (class {})()
