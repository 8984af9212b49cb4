x = {get
 a() {}}
