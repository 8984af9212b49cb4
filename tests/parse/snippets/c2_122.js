x = {async() {}, get() {}, set() {}, static() {}}
