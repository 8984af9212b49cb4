o.if; o.class; o.new; o.typeof; o.await; o.yield; o.let
