let 
 x = 1
