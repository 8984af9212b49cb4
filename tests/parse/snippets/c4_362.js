x = async ()
=> 1
