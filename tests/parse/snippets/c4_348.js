while (false) ;
