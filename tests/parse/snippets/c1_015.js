x => 
 x
