x = { get 'a'() {}, set [b](v) {}, get 1() {} }
