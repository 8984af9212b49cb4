for (x in y) for (z of w) ;
