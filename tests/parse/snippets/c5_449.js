for (var x of y) ;
