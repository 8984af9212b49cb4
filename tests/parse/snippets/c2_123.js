x = {async *gen() {}, async [k]() {}, get [k]() {}, set 'a'(v) {}, 1() {}}
